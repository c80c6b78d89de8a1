// The data source for the TypeORM CLI (migration:generate and the drift check). It finds every feature's
// entities by their file name, so a new feature's tables need no change here.
import 'reflect-metadata';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';

const src = path.join(__dirname, '..', '..');

export default new DataSource({
  ...dataSourceOptions(loadConfig().databaseUrl, [path.join(src, 'migrations', '[0-9]*-*.{ts,js}')]),
  entities: [path.join(src, '**', '*.entity.{ts,js}')],
});
