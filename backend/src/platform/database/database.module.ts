import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';
import { oneConnectionPerTransaction } from './one-connection';
import { SeedRun } from './seed-run.entity';

@Module({})
export class DatabaseModule {
  /** `migrations`: the schema's history, in order (src/migrations), applied at start by migrate.ts. */
  static forRoot(migrations: DataSourceOptions['migrations']): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.databaseUrl, migrations),
            // Each feature module registers its entities with TypeOrmModule.forFeature.
            autoLoadEntities: true,
            retryAttempts: 3,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (options) =>
            oneConnectionPerTransaction(await new DataSource(options!).initialize()),
        }),
        TypeOrmModule.forFeature([SeedRun]),
      ],
    };
  }
}
