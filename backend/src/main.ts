// Starts the backend in the role APP_ROLE names: api (HTTP), worker (queues) or all (both, for npm start).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { demoBanner, seedDemo } from './demo/demo.seed';
import { AppConfig, ConfigError, loadConfig } from './platform/config/config';
import { runMigrations } from './platform/database/migrate';
import { httpAppOptions, setupHttp } from './platform/http/setup';

function config(): AppConfig {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee .env.example for every variable and its meaning.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
}

async function bootstrap(): Promise<void> {
  const cfg = config();
  // Said first and plainly, so nobody runs development mode (demo, open mailbox) on a server by mistake.
  process.stdout.write(
    `[hanttihommat] mode: ${cfg.env}${cfg.env === 'production' ? '' : ' (demo accounts and the development mailbox may be on; never expose this to a network)'}\n`,
  );
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRole(cfg),
    httpAppOptions({ bufferLogs: true, forceCloseConnections: false }),
  );
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.enableShutdownHooks();

  // Every role migrates under an advisory lock, so whichever process starts first brings the schema up to date.
  const db = app.get<DataSource>(getDataSourceToken());
  const applied = await runMigrations(db);
  if (applied.length) logger.log(`applied migrations: ${applied.join(', ')}`, 'Database');

  if (cfg.role !== 'worker') {
    if (cfg.demoSeed && (await seedDemo(db))) logger.log('demo data loaded', 'Demo');
    setupHttp(app, cfg);
    await app.listen(cfg.port, cfg.host);
    logger.log(`api listening on ${cfg.host}:${cfg.port}`, 'Main');
    if (cfg.demoSeed) process.stdout.write(demoBanner(cfg.publicUrl) + '\n');
  } else {
    await app.init();
  }
  if (cfg.role !== 'api') logger.log('worker running', 'Main');
}

void bootstrap().catch((e: Error) => {
  process.stderr.write(`could not start: ${e.message}\n`);
  process.exit(1);
});
