import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DevMailbox } from '../../src/platform/mail/dev-mailbox';
import { hashPassword } from '../../src/accounts/password';
import { hashToken, newToken } from '../../src/accounts/tokens';
import { SESSION_COOKIE } from '../../src/platform/auth/access';
import type { AppConfig } from '../../src/platform/config/config';
import type { TestWorld } from './test-env';

export const CSRF = { 'x-csrf-protection': '1' };

/** A browser-like client: keeps the session cookie between calls and sends the CSRF header. */
export class Agent {
  cookie?: string;
  constructor(private readonly app: NestExpressApplication) {}

  private with(r: request.Test): request.Test {
    r.set(CSRF);
    if (this.cookie) r.set('Cookie', this.cookie);
    return r.on('response', (res: { headers: Record<string, string[] | undefined> }) => {
      const set = res.headers['set-cookie']?.find((c) => c.startsWith('hh_session='));
      if (set)
        this.cookie = /hh_session=;|Expires=Thu, 01 Jan 1970/.test(set) ? undefined : set.split(';')[0];
    });
  }
  get(url: string) {
    return this.with(request(this.app.getHttpServer()).get(url));
  }
  post(url: string, body?: object) {
    return this.with(
      request(this.app.getHttpServer())
        .post(url)
        .send(body ?? {}),
    );
  }
  patch(url: string, body: object) {
    return this.with(request(this.app.getHttpServer()).patch(url).send(body));
  }
  deleteRequest(url: string) {
    return this.with(request(this.app.getHttpServer()).delete(url));
  }
  put(url: string, body: object) {
    return this.with(request(this.app.getHttpServer()).put(url).send(body));
  }
}

export async function mails(world: TestWorld) {
  const box = new DevMailbox(path.join(world.dataDir, 'mail'));
  const list = await box.list();
  return Promise.all(list.map(async (m) => (await box.get(m.id))!));
}

/** The token of the newest link mailed to `to`. */
export async function latestToken(world: TestWorld, to: string): Promise<string> {
  const mine = (await mails(world)).filter((m) => m.to === to);
  const token = /token=([A-Za-z0-9_-]+)/.exec(mine[0]?.text ?? '')?.[1];
  if (!token) throw new Error(`no link mailed to ${to}`);
  return token;
}

let hashed: Promise<string> | undefined;
export const PASSWORD = 'testi-salasana-123';

/** Inserts a user straight into the database (for tests about what a role may do). */
export async function insertUser(
  world: TestWorld,
  email: string,
  role: string,
  name = 'Testi Henkilö',
): Promise<string> {
  hashed ??= hashPassword(PASSWORD);
  const { rows } = await world.db.query(
    `INSERT INTO users (email, name, role, locale, password_hash) VALUES ($1, $2, $3, 'fi', $4) RETURNING id`,
    [email, name, role, await hashed],
  );
  return rows[0].id;
}

export async function insertOrganisation(world: TestWorld, name: string, memberId?: string): Promise<string> {
  const { rows } = await world.db.query(
    `INSERT INTO organisations (name, kind) VALUES ($1, 'association') RETURNING id`,
    [name],
  );
  if (memberId) {
    await world.db.query(
      `INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`,
      [rows[0].id, memberId],
    );
  }
  return rows[0].id;
}

export async function signedIn(app: NestExpressApplication, email: string): Promise<Agent> {
  const agent = new Agent(app);
  const res = await agent.post('/api/auth/password', { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return agent;
}

/** Inserts a published gig straight into the database (for tests about who may see or take it). */
export async function insertGig(
  world: TestWorld,
  organisationId: string,
  g: Partial<{
    title: string;
    category: string;
    district: string;
    hoursFromNow: number;
    hours: number;
    payCents: number;
    places: number;
    status: string;
  }> = {},
): Promise<string> {
  const { rows } = await world.db.query(
    `INSERT INTO gigs (organisation_id, title, description, category, district, starts_at, ends_at, estimated_minutes,
       pay_cents, places, status, published_at)
     VALUES ($1, $2, 'Testikeikka', $3, $4, now() + make_interval(hours => $5), now() + make_interval(hours => $5 + $6),
       $6 * 60, $7, $8, $9, CASE WHEN $9 = 'published' THEN now() END)
     RETURNING id`,
    [
      organisationId,
      g.title ?? 'Haravointi',
      g.category ?? 'yard',
      g.district ?? 'Pori',
      g.hoursFromNow ?? 24,
      g.hours ?? 2,
      g.payCents ?? 3000,
      g.places ?? 1,
      g.status ?? 'published',
    ],
  );
  return rows[0].id;
}

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/**
 * A valid body for POST /api/organisations/:orgId/gigs: a fixed-time yard gig two days ahead, 2 h for 45 €,
 * published at once. `startsInHours`/`hours` move it; anything else overrides a field.
 */
export function gigBody(over: Record<string, unknown> & { startsInHours?: number; hours?: number } = {}) {
  const { startsInHours = 48, hours = 2, ...rest } = over;
  // Given times of its own, the estimate is their span (at most 24 h).
  const span =
    typeof rest.startsAt === 'string' && typeof rest.endsAt === 'string'
      ? Math.min(
          1440,
          Math.max(15, Math.round((Date.parse(rest.endsAt) - Date.parse(rest.startsAt)) / 60_000)),
        )
      : Math.round(hours * 60);
  return {
    title: 'Haravointi',
    description: 'Lehtien haravointi pihalla.',
    category: 'yard',
    district: 'Pori, Väinölä',
    postalCode: '28100',
    streetAddress: 'Koivukuja 3',
    timeKind: 'fixed',
    startsAt: inHours(startsInHours),
    endsAt: inHours(startsInHours + hours),
    estimatedMinutes: span,
    payKind: 'per_gig',
    payCents: 4500,
    places: 1,
    selection: 'first_come',
    skills: [],
    languages: ['fi'],
    physicalLoad: 'light',
    setting: 'outdoors',
    toolsProvided: true,
    accessibilityNotes: '',
    contactName: 'Pirjo',
    contactPhone: '040 123 4567',
    supported: false,
    supportPerson: '',
    supportNotes: '',
    withdrawHours: 24,
    attendanceHours: 12,
    publish: true,
    ...rest,
  };
}

/** A valid body for PUT /api/organisations/:orgId/gigs/:gigId (the fields without the posting options). */
export function gigFields(over: Parameters<typeof gigBody>[0] = {}) {
  const { publish: _publish, ...fields } = gigBody(over);
  return fields;
}

/**
 * A new session of `userId`, inserted straight into the database (no sign-in request, no password), as the
 * `Cookie` header value. For tests that need many sessions, or whose requests end sessions or change passwords.
 */
export async function sessionCookie(world: TestWorld, config: AppConfig, userId: string): Promise<string> {
  const token = newToken();
  await world.db.query(
    `INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [userId, hashToken(config.sessionSecret, token)],
  );
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Signs a new person up as the product does: the address only, the mailed link, then the account's choices in
 * the session that link opened. Returns the signed-in agent and the finished account.
 */
export async function signUp(
  app: NestExpressApplication,
  world: TestWorld,
  email: string,
  account: Record<string, unknown>,
  locale = 'fi',
) {
  const agent = new Agent(app);
  const sent = await agent.post('/api/auth/sign-up', { email, locale });
  if (sent.status !== 202) throw new Error(`sign-up failed: ${sent.status} ${JSON.stringify(sent.body)}`);
  const verified = await agent.post('/api/auth/magic-link/verify', {
    token: await latestToken(world, email),
  });
  if (verified.status !== 200) throw new Error(`verify failed: ${verified.status}`);
  const finished = await agent.put('/api/me/account', account);
  return { agent, finished };
}
