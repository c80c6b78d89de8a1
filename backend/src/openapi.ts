// Writes the OpenAPI document to backend/openapi.json without a database or Redis (preview mode), so the
// frontend's typed client can be generated offline and CI can check it is current.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig } from './platform/config/config';
import { openApiDocument } from './platform/http/setup';

async function main(): Promise<void> {
  const config = loadConfig({
    DATABASE_URL: 'postgres://preview@127.0.0.1/preview',
    APP_ROLE: 'api',
    NODE_ENV: 'development',
  });
  const app = await NestFactory.create(AppModule.forRole(config), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  const doc = openApiDocument(app);
  const out = path.resolve(__dirname, '..', 'openapi.json');
  writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
  await app.close();
  process.stdout.write(`wrote ${out}\n`);
}

void main();
