import { loadConfig, ConfigError, DEFAULT_SESSION_SECRET } from './config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' };

describe('loadConfig', () => {
  it('fills defaults for a minimal development environment', () => {
    const c = loadConfig(base);
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

  it('treats empty values as unset', () => {
    expect(loadConfig({ ...base, SMTP_URL: '' }).smtpUrl).toBeUndefined();
  });
});
