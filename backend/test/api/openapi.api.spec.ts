// The committed OpenAPI document is what the frontend's typed client is generated from: it must be current.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/platform/config/config';
import { openApiDocument } from '../../src/platform/http/setup';

describe('OpenAPI document', () => {
  it('matches backend/openapi.json (regenerate with `npm run openapi -w backend`)', async () => {
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
    const doc = JSON.parse(JSON.stringify(openApiDocument(app)));
    await app.close();
    const committed = JSON.parse(readFileSync(path.join(__dirname, '../../openapi.json'), 'utf8'));
    expect(doc).toEqual(committed);
    // Every operation says who may call it: signed-in routes carry the session cookie security scheme.
    expect(doc.paths['/api/me'].get.security).toEqual([{ session: [] }]);
  });
});
