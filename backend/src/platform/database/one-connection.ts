// A transaction holds one connection of the pool until it ends. Code inside it that queries through anything
// but the transaction's own manager borrows a second connection while holding the first: with as many
// transactions at once as the pool has connections, each waits for a second that none will give back, and the
// whole API stops (50 seekers tapping one gig did exactly that). So inside a transaction every query goes
// through its manager, and this guard makes any other query fail at once, loudly, in every environment, so
// tests meet the mistake on the first run instead of under load.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

const inTransaction = new AsyncLocalStorage<true>();

export class SecondConnectionError extends Error {
  constructor() {
    super(
      'A query inside a transaction asked the pool for a second connection. Query through the transaction’s ' +
        'manager, or read what you need before the transaction starts.',
    );
    this.name = 'SecondConnectionError';
  }
}

/** Makes `ds` refuse a new connection asked for from inside one of its transactions. Returns `ds`. */
export function oneConnectionPerTransaction(ds: DataSource): DataSource {
  const manager = ds.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  type Work = (m: EntityManager) => Promise<unknown>;
  // transaction(work) or transaction(isolationLevel, work); DataSource.transaction passes both, one undefined.
  manager.transaction = ((first: unknown, second?: unknown) => {
    const [isolation, work] =
      typeof first === 'function' ? [undefined, first as Work] : [first, second as Work];
    const guarded: Work = (m) => inTransaction.run(true, () => work(m));
    return isolation === undefined ? transaction(guarded) : transaction(isolation, guarded);
  }) as EntityManager['transaction'];

  const driver = ds.driver as unknown as { obtainMasterConnection(): Promise<unknown> };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () => {
    if (inTransaction.getStore()) return Promise.reject(new SecondConnectionError());
    return obtain();
  };
  return ds;
}
