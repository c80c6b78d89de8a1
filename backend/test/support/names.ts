// Names of what one test run creates, so that parallel runs never touch each other's databases or keys,
// and leftovers of crashed runs can be recognised (their process is gone) and removed.

export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function runId(): string {
  const id = process.env.HH_TEST_RUN;
  if (!id) throw new Error('HH_TEST_RUN is not set: run the tests through jest (global setup)');
  return id;
}

export const templateName = (run: string) => `hh_tpl_${run}`;
export const RUN_PATTERN = /^hh_(?:tpl|test|e2e)_(\d+)_/;

export function dbUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
