// Writes the OpenAPI document to backend/openapi.json, offline, for the frontend's typed client.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { previewOpenApiDocument } from './platform/http/openapi-preview';

void previewOpenApiDocument().then((doc) => {
  const out = path.resolve(__dirname, '..', 'openapi.json');
  writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
  process.stdout.write(`wrote ${out}\n`);
});
