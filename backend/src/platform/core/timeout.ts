// Waiting on Redis or another service with a bound: while it is away its client may queue a command for ever.

/** The promise's outcome, or a rejection naming `what` once `ms` have passed without one. */
export function withTimeout<T>(p: Promise<T>, ms: number, what = 'queue'): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<T>((_, reject) => {
      t = setTimeout(() => reject(new Error(`${what} did not answer in ${ms} ms`)), ms);
      t.unref();
    }),
  ]);
}
