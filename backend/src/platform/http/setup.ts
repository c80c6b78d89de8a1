import { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppConfig } from '../config/config';
import { jsonBody } from './body';
import { validationPipe } from './validation';
import { mountQueueBoard } from '../queues/queue-board';

/**
 * The options every HTTP app is created with (main.ts and the API tests): Nest's own body parsers are off,
 * because `setupHttp` installs the API's one parser, which limits the depth of nesting (see ./body.ts).
 */
export function httpAppOptions<T extends NestApplicationOptions>(options: T): T & { bodyParser: false } {
  return { ...options, bodyParser: false };
}

/** Everything an HTTP app needs besides its modules; shared by main.ts and the API tests. */
export function setupHttp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', trustProxy(config.trustProxy));
  app.disable('x-powered-by');
  // No ETag: every answer is personal and nobody revalidates one, and Express would hash each body (SHA-1).
  app.set('etag', false);
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use(cookieParser());
  app.use(jsonBody());
  mountQueueBoard(app, config);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(validationPipe());
  // The API's own map is for developers: off in production unless OPENAPI_DOCS turns it on.
  if (config.openApiDocs) {
    SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  }
}

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const doc = new DocumentBuilder()
    .setTitle('Hanttihommat API')
    .setDescription(
      'Small gigs between organisations and job seekers. Sessions are httpOnly cookies; every POST, PUT, PATCH and DELETE needs the header `x-csrf-protection: 1`.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('hh_session', { type: 'apiKey', in: 'cookie', name: 'hh_session' }, 'session')
    .build();
  return SwaggerModule.createDocument(app, doc, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

function trustProxy(v: string): boolean | number | string {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
