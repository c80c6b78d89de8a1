import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The connection's options. Entities are not listed here: at run time each feature registers its own
 * (TypeOrmModule.forFeature, collected by autoLoadEntities), and the migration CLI finds every *.entity file.
 * The migrations are the application's schema history; the composition root hands them in.
 */
export function dataSourceOptions(
  databaseUrl: string,
  migrations: DataSourceOptions['migrations'] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: false,
    // A connection not free within 10 s is an error the caller sees, not a request that waits forever.
    // JIT off: our queries are short; on matching's one query over 50,000 seekers JIT compiled for ~100 ms of a
    // 330 ms run (145 ms without it), so every connection turns it off (docs/operations.md, Benchmarks).
    extra: {
      max: 10,
      connectionTimeoutMillis: 10_000,
      application_name: 'hanttihommat',
      options: '-c jit=off',
    },
  };
}
