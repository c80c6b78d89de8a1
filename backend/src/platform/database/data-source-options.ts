import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The connection's options. Entities are not listed here: at run time each feature registers its own
 * (TypeOrmModule.forFeature, collected by autoLoadEntities), and the migration CLI finds every *.entity file.
 * The migrations are the application's schema history; the composition root hands them in.
 */
/** Settings of every connection of the API's and worker's pool (and of the benchmarks that stand in for them). */
export const CONNECTION_SETTINGS = '-c jit=off -c random_page_cost=1.1';

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
    // 330 ms run (145 ms without it). random_page_cost 1.1 instead of 4: the data sits on SSDs and mostly in
    // memory, where an index probe costs little more than a sequential read; at 4, a vacuumed database read all
    // open gigs to find a seeker's 64 "For you" matches (6.4 ms instead of 0.7 ms). (docs/operations.md)
    extra: {
      max: 10,
      connectionTimeoutMillis: 10_000,
      application_name: 'hanttihommat',
      options: CONNECTION_SETTINGS,
    },
  };
}
