// Writes the OpenAPI document to backend/openapi.json, offline, for the frontend's typed client.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { loadConfig } from './platform/config/config';
import { openApiDocument } from './platform/http/setup';

/**
 * The OpenAPI document of the API role, built without a database or Redis (Nest's preview mode instantiates
 * nothing), so it can be written and checked offline.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
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
  await app.close();
  return JSON.parse(JSON.stringify(doc)) as OpenAPIObject;
}

if (require.main === module) {
  void previewOpenApiDocument().then((doc) => {
    const out = path.resolve(__dirname, '..', 'openapi.json');
    writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
    process.stdout.write(`wrote ${out}\n`);
  });
}
