// The data source for the TypeORM CLI (migration:generate and the drift check). It finds every feature's
// entities by their file name, so a new feature's tables need no change here.
import 'reflect-metadata';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';

const src = path.join(__dirname, '..', '..');
// A developer's tool that only connects to DATABASE_URL: it runs as development unless told otherwise (the
// backend itself treats an unset NODE_ENV as production and would ask for a secret and SMTP here).
const config = loadConfig({ NODE_ENV: 'development', ...process.env });

export default new DataSource({
  ...dataSourceOptions(config.databaseUrl, [path.join(src, 'migrations', '[0-9]*-*.{ts,js}')]),
  entities: [path.join(src, '**', '*.entity.{ts,js}')],
});
