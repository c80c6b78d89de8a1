import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// Starts the real entry point, as `npm start` and compose do, with a broken environment.
function start(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', path.join(__dirname, '../../src/main.ts')],
    {
      cwd: path.join(__dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 60000,
    },
  );
}

describe('starting with a bad configuration', () => {
  it('stops at once and names the bad variable', () => {
    const r = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x', PORT: 'kolmetuhatta' });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('PORT must be a whole number');
  });

  it('names a missing DATABASE_URL', () => {
    const r = start({});
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('DATABASE_URL is required');
  });

  it('refuses the default secret in production', () => {
    const r = start({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://mail:25',
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('SESSION_SECRET must be set to a secret of your own in production');
  });

  it('refuses to start with NODE_ENV unset, the default secret and a non-loopback address', () => {
    const r = start({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
      HOST: '0.0.0.0',
      SMTP_URL: 'smtp://mail:25',
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain(
      'SESSION_SECRET must be a secret of your own when the API listens on 0.0.0.0 (reachable from other machines)',
    );
    // Unset NODE_ENV is production: the demo and the development mailbox stay off, the secret is required.
    expect(r.stderr).toContain('SESSION_SECRET must be set to a secret of your own in production');
  });

  it('refuses the default secret on a non-loopback address in development too', () => {
    const r = start({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
      NODE_ENV: 'development',
      HOST: '192.0.2.10',
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain(
      'SESSION_SECRET must be a secret of your own when the API listens on 192.0.2.10',
    );
  });
});
