// The guard against pool deadlocks: inside a transaction, only the transaction's own manager may query.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/platform/database/data-source-options';
import {
  oneConnectionPerTransaction,
  SecondConnectionError,
} from '../../src/platform/database/one-connection';
import { createWorld, TestWorld } from '../support/test-env';

describe('one connection per transaction', () => {
  let world: TestWorld;
  let ds: DataSource;
  beforeAll(async () => {
    world = await createWorld();
    ds = oneConnectionPerTransaction(await new DataSource(dataSourceOptions(world.databaseUrl)).initialize());
  });
  afterAll(async () => {
    await ds.destroy();
    await world.drop();
  });

  it('refuses a second connection asked for inside a transaction, and rolls the transaction back', async () => {
    await ds.query('CREATE TABLE guard_probe (n int)');
    const attempt = ds.transaction(async (m) => {
      await m.query('INSERT INTO guard_probe VALUES (1)');
      await ds.query('SELECT 1'); // through the pool, not the transaction
    });
    await expect(attempt).rejects.toBeInstanceOf(SecondConnectionError);
    expect(await ds.query('SELECT count(*)::int AS n FROM guard_probe')).toEqual([{ n: 0 }]);
  });

  it('lets the transaction’s own manager, its savepoints, and work outside any transaction query freely', async () => {
    const inside = await ds.transaction(async (m) => {
      await m.transaction(async (inner) => inner.query('SELECT 1'));
      return m.query('SELECT 2 AS two');
    });
    expect(inside).toEqual([{ two: 2 }]);
    // Many at once outside transactions, more than the pool holds: they queue and all finish.
    const many = await Promise.all(
      Array.from({ length: 30 }, (_, i) => ds.query('SELECT $1::int AS i', [i])),
    );
    expect(many.map((r) => r[0].i)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    // And a query that was already under way when the transaction began is not affected.
    const [a, b] = await Promise.all([
      ds.query('SELECT pg_sleep(0.05), 1 AS one'),
      ds.transaction((m) => m.query('SELECT 2 AS two')),
    ]);
    expect([a[0].one, b[0].two]).toEqual([1, 2]);
  });
});
