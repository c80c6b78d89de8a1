// The one typed configuration of the backend: parsed and validated from the environment at start.
// Nothing else in the backend reads process.env.
import { z } from 'zod';
import * as path from 'node:path';

export const DEFAULT_SESSION_SECRET = 'dev-only-insecure-session-secret-change-me';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => p + '//').join(' or ')}` },
  );

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number' })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { message: `must be at least ${min}` })
        .max(max, { message: `must be at most ${max}` }),
    );

const schema = z
  .object({
    // Unset means production: a server someone forgot to configure must not run the demo and the open mailbox.
    // `npm start` sets development itself.
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().min(1).optional(),
    APP_ROLE: z.enum(['api', 'worker', 'all']).default('all'),
    PORT: int(1, 65535).default(3001),
    PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
    DATABASE_URL: url(['postgres:', 'postgresql:']),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/, { message: 'use 1-40 lowercase letters, digits, _ or -' })
      .default('hh'),
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: z.string().min(3).default('Hanttihommat <noreply@hanttihommat.local>'),
    DATA_DIR: z.string().min(1).default('.data'),
    SESSION_SECRET: z
      .string()
      .min(32, { message: 'must be at least 32 characters' })
      .default(DEFAULT_SESSION_SECRET),
    SESSION_TTL_DAYS: int(1, 365).default(30),
    SESSION_IDLE_DAYS: int(1, 365).default(14),
    FRESH_PROOF_MINUTES: int(1, 1440).default(15),
    AUTH_MAILS_PER_ADDRESS: int(1, 1000).default(5),
    PASSWORD_FREE_TRIES: int(1, 1000).default(5),
    OPENAPI_DOCS: bool.optional(),
    RETAIN_OUTBOX_DAYS: int(1, 3650).default(7),
    RETAIN_JOBS_DAYS: int(1, 3650).default(14),
    RETAIN_NOTIFICATIONS_DAYS: int(1, 3650).default(180),
    MAGIC_LINK_TTL_MINUTES: int(1, 1440).default(15),
    DEMO_SEED: bool.optional(),
    RATE_LIMIT_AUTH: int(1, 100000).default(20),
    RATE_LIMIT_GLOBAL: int(1, 1000000).default(600),
    TRUST_PROXY: z.string().min(1).default('loopback'),
    MIN_HOURLY_PAY_CENTS: int(0, 100000).default(1000),
    MATCH_WAVE_SIZE: int(1, 1000).default(10),
    MATCH_WAVE_INTERVAL_MINUTES: int(1, 10080).default(120),
    WORKER_CONCURRENCY: int(1, 100).default(5),
    WORKER_LOCK_MS: int(1000, 600000).default(30000),
    JOB_BACKOFF_MS: int(10, 3600000).default(2000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (!isLoopback(listenHost(c.NODE_ENV, c.HOST)) && c.SESSION_SECRET === DEFAULT_SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: `must be a secret of your own when the API listens on ${listenHost(c.NODE_ENV, c.HOST)} (reachable from other machines)`,
      });
    }
    if (c.NODE_ENV !== 'production') return;
    if (c.SESSION_SECRET === DEFAULT_SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'must be set to a secret of your own in production',
      });
    }
    if (c.DEMO_SEED) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_SEED'],
        message: 'must be false in production (the demo has known passwords)',
      });
    }
    if (!c.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'is required in production (the development mailbox is not served there)',
      });
    }
  });

/** Where the API listens: loopback only in development and tests unless HOST says otherwise. */
function listenHost(env: string, host: string | undefined): string {
  return host ?? (env === 'production' ? '0.0.0.0' : '127.0.0.1');
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  role: 'api' | 'worker' | 'all';
  port: number;
  publicUrl: string;
  publicOrigin: string;
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  smtpUrl?: string;
  mailFrom: string;
  dataDir: string;
  mailDir: string;
  sessionSecret: string;
  sessionTtlDays: number;
  /** A session unused this long ends, whatever its absolute expiry. */
  sessionIdleDays: number;
  /** How young a link-opened session must be to set or change a password without the current one. */
  freshProofMinutes: number;
  /** Sign-in, welcome and "no account" mails one address gets per 15 minutes; beyond it, silently none. */
  authMailsPerAddress: number;
  /** Wrong passwords for one address before each further try waits, the wait doubling each time. */
  passwordFreeTries: number;
  /** Whether /api/docs serves the OpenAPI pages (off in production unless OPENAPI_DOCS=true). */
  openApiDocs: boolean;
  /** Ages after which the retention job deletes sent outbox events, finished jobs and notifications. */
  retainOutboxDays: number;
  retainJobsDays: number;
  retainNotificationsDays: number;
  magicLinkTtlMinutes: number;
  demoSeed: boolean;
  rateLimitAuth: number;
  rateLimitGlobal: number;
  trustProxy: string;
  logLevel: string;
  /** The lowest gross pay per hour a gig may offer (for the estimated time), refusing exploitative offers. */
  minHourlyPayCents: number;
  /** How many seekers one matching wave tells, and how long before the next wave while places stay open. */
  matchWaveSize: number;
  matchWaveIntervalMinutes: number;
  /** Jobs one worker process runs at once per queue, and how long a job's lock lasts before it counts as stalled. */
  workerConcurrency: number;
  workerLockMs: number;
  /** First retry delay of a failed job; doubles each try. */
  jobBackoffMs: number;
  /** The development mailbox is used (and served at /api/dev/mail) only outside production without SMTP. */
  devMailbox: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Treat empty strings as unset, as .env files write "NAME=" for "no value".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? 'configuration');
      const message = i.code === 'invalid_type' && cleaned[name] === undefined ? 'is required' : i.message;
      return `  ${name} ${message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.DATA_DIR);
  return {
    env: c.NODE_ENV,
    host: listenHost(c.NODE_ENV, c.HOST),
    role: c.APP_ROLE,
    port: c.PORT,
    publicUrl: c.PUBLIC_URL.replace(/\/$/, ''),
    publicOrigin: new URL(c.PUBLIC_URL).origin,
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    queuePrefix: c.QUEUE_PREFIX,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    dataDir,
    mailDir: path.join(dataDir, 'mail'),
    sessionSecret: c.SESSION_SECRET,
    sessionTtlDays: c.SESSION_TTL_DAYS,
    sessionIdleDays: c.SESSION_IDLE_DAYS,
    freshProofMinutes: c.FRESH_PROOF_MINUTES,
    authMailsPerAddress: c.AUTH_MAILS_PER_ADDRESS,
    passwordFreeTries: c.PASSWORD_FREE_TRIES,
    openApiDocs: c.OPENAPI_DOCS ?? c.NODE_ENV !== 'production',
    retainOutboxDays: c.RETAIN_OUTBOX_DAYS,
    retainJobsDays: c.RETAIN_JOBS_DAYS,
    retainNotificationsDays: c.RETAIN_NOTIFICATIONS_DAYS,
    magicLinkTtlMinutes: c.MAGIC_LINK_TTL_MINUTES,
    demoSeed: c.DEMO_SEED ?? c.NODE_ENV === 'development',
    rateLimitAuth: c.RATE_LIMIT_AUTH,
    rateLimitGlobal: c.RATE_LIMIT_GLOBAL,
    trustProxy: c.TRUST_PROXY,
    logLevel: c.LOG_LEVEL,
    minHourlyPayCents: c.MIN_HOURLY_PAY_CENTS,
    matchWaveSize: c.MATCH_WAVE_SIZE,
    matchWaveIntervalMinutes: c.MATCH_WAVE_INTERVAL_MINUTES,
    workerConcurrency: c.WORKER_CONCURRENCY,
    workerLockMs: c.WORKER_LOCK_MS,
    jobBackoffMs: c.JOB_BACKOFF_MS,
    devMailbox: c.NODE_ENV !== 'production' && !c.SMTP_URL,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
