import { loadConfig, ConfigError, DEFAULT_SESSION_SECRET } from './config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' };

describe('loadConfig', () => {
  it('fills defaults for a minimal development environment, listening on loopback only', () => {
    const c = loadConfig({ ...base, NODE_ENV: 'development' });
    expect(c.host).toBe('127.0.0.1');
    expect(c.openApiDocs).toBe(true);
    expect(c.sessionIdleDays).toBe(14);
    expect(c.port).toBe(3001);
    expect(c.publicOrigin).toBe('http://localhost:3000');
    expect(c.demoSeed).toBe(true);
    expect(c.devMailbox).toBe(true);
  });

  it('names a missing DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL is required/);
  });

  it('names a bad value and says what is wrong with it', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ ...base, REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL must be a URL/);
    expect(() => loadConfig({ ...base, APP_ROLE: 'web' })).toThrow(ConfigError);
  });

  it('refuses the default secret, the demo and a missing SMTP server in production', () => {
    let message = '';
    try {
      loadConfig({ ...base, NODE_ENV: 'production', DEMO_SEED: 'true' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/SESSION_SECRET must be set to a secret of your own/);
    expect(message).toMatch(/DEMO_SEED must be false/);
    expect(message).toMatch(/SMTP_URL is required in production/);
  });

  it('accepts a complete production configuration', () => {
    const c = loadConfig({
      ...base,
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtp://mail:25',
    });
    expect(c.demoSeed).toBe(false);
    expect(c.devMailbox).toBe(false);
    expect(c.sessionSecret).not.toBe(DEFAULT_SESSION_SECRET);
  });

  it('takes an unset NODE_ENV as production, with the demo, the mailbox and the API docs off', () => {
    let message = '';
    try {
      loadConfig(base);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/SESSION_SECRET must be a secret of your own when the API listens on 0\.0\.0\.0/);
    const c = loadConfig({ ...base, SESSION_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://mail:25' });
    expect([c.env, c.demoSeed, c.devMailbox, c.openApiDocs]).toEqual(['production', false, false, false]);
    expect(
      loadConfig({ ...base, SESSION_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://m:25', OPENAPI_DOCS: 'true' })
        .openApiDocs,
    ).toBe(true);
  });

  it('refuses the default secret on a reachable address even in development', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'development', HOST: '0.0.0.0' })).toThrow(
      /SESSION_SECRET must be a secret/,
    );
    expect(loadConfig({ ...base, NODE_ENV: 'development', HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'development', SMTP_URL: '' }).smtpUrl).toBeUndefined();
  });
});
