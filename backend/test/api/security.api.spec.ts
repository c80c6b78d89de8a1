// The threat model of docs/security.md, one describe per point: each test is the proof named there.
import request from 'supertest';
import { hashPassword } from '../../src/accounts/password';
import { notificationMail } from '../../src/notifications/notification.mails';
import { NotificationService } from '../../src/notifications/notification.service';
import { MAX_WAIT_MS, waitAfter } from '../../src/platform/redis/attempt-limiter';
import type { Job } from 'bullmq';
import { ConsumerRegistry } from '../../src/platform/worker/consumer-registry';
import { Processors } from '../../src/platform/worker/processors';
import { Retention } from '../../src/platform/worker/retention';
import {
  Agent,
  CSRF,
  gigBody,
  insertOrganisation,
  insertUser,
  latestToken,
  mails,
  PASSWORD,
  sessionCookie,
  signedIn,
} from '../support/http';
import { drained } from '../support/queues';
import { until } from '../support/wait';
import { testConfig, useApp } from '../support/test-env';

const DEMO_PASSWORD = 'demo-salasana-2026';

describe('1. pre-hijacking: nothing chosen before the address is proved is kept', () => {
  const t = useApp({ APP_ROLE: 'api' });

  it('never lets a password chosen by an outsider at sign-up sign anyone in', async () => {
    const outsider = new Agent(t.app);
    // What used to prepare an account for someone else's address is refused outright…
    const prepared = await outsider.post('/api/auth/sign-up', {
      email: 'uhri@example.fi',
      locale: 'fi',
      name: 'Ulkopuolinen',
      accountType: 'organisation',
      password: 'ulkopuolisen-salasana',
    });
    expect(prepared.status).toBe(400);
    // …and the address alone stores nothing the outsider chose.
    expect(
      (await outsider.post('/api/auth/sign-up', { email: 'uhri@example.fi', locale: 'en' })).status,
    ).toBe(202);

    // The owner follows the link: a pending account, without name, password or organisation.
    const owner = new Agent(t.app);
    const me = await owner.post('/api/auth/magic-link/verify', {
      token: await latestToken(t.world, 'uhri@example.fi'),
    });
    expect(me.body).toMatchObject({ name: '', hasPassword: false, pending: true, memberships: [] });
    // The outsider can neither sign in with a password of theirs nor finish the account without the session.
    const tries = await outsider.post('/api/auth/password', {
      email: 'uhri@example.fi',
      password: 'ulkopuolisen-salasana',
    });
    expect(tries.status).toBe(401);
    expect((await outsider.put('/api/me/account', { name: 'X', accountType: 'seeker' })).status).toBe(401);

    const finished = await owner.put('/api/me/account', {
      name: 'Oikea Omistaja',
      accountType: 'seeker',
      password: 'omistajan-oma-salasana',
    });
    expect(finished.body).toMatchObject({ name: 'Oikea Omistaja', role: 'seeker', pending: false });
    const signIn = await new Agent(t.app).post('/api/auth/password', {
      email: 'uhri@example.fi',
      password: 'omistajan-oma-salasana',
    });
    expect(signIn.status).toBe(200);
  });

  it('lets an owner replace a password they do not know, with a fresh link instead of the current password', async () => {
    const id = await insertUser(t.world, 'unohtunut@example.fi', 'seeker');
    const agent = new Agent(t.app);
    await agent.post('/api/auth/magic-link', { email: 'unohtunut@example.fi' });
    await agent.post('/api/auth/magic-link/verify', {
      token: await latestToken(t.world, 'unohtunut@example.fi'),
    });
    expect((await agent.put('/api/me/password', { newPassword: 'uusi-oma-salasana' })).status).toBe(204);
    expect(
      (
        await new Agent(t.app).post('/api/auth/password', {
          email: 'unohtunut@example.fi',
          password: PASSWORD,
        })
      ).status,
    ).toBe(401);
    expect(id).toEqual(expect.any(String));
  });
});

describe('2. enumeration and targeted lock-out: answers do not depend on the address', () => {
  const t = useApp({ APP_ROLE: 'api', AUTH_MAILS_PER_ADDRESS: '3' });

  it('answers ten link requests for a known and an unknown address identically, and caps the mails silently', async () => {
    await insertUser(t.world, 'tunnettu@example.fi', 'seeker');
    const answers = { known: [] as string[], unknown: [] as string[] };
    for (let i = 0; i < 10; i++) {
      for (const [which, email] of [
        ['known', 'tunnettu@example.fi'],
        ['unknown', 'tuntematon@example.fi'],
      ] as const) {
        const res = await new Agent(t.app).post('/api/auth/magic-link', { email, locale: 'fi' });
        answers[which].push(`${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(answers.known).toEqual(Array(10).fill('202 {"sent":true}'));
    expect(answers.unknown).toEqual(answers.known);
    // At most AUTH_MAILS_PER_ADDRESS mails each, sign-in links and "no account here" notes alike.
    const all = await mails(t.world);
    expect(all.filter((m) => m.to === 'tunnettu@example.fi')).toHaveLength(3);
    expect(all.filter((m) => m.to === 'tuntematon@example.fi')).toHaveLength(3);
  });

  it('answers sign-ups for a taken and a free address identically, and the owner can still sign in', async () => {
    await insertUser(t.world, 'varattu@example.fi', 'seeker');
    const taken: string[] = [];
    const free: string[] = [];
    for (let i = 0; i < 10; i++) {
      const a = await new Agent(t.app).post('/api/auth/sign-up', {
        email: 'varattu@example.fi',
        locale: 'fi',
      });
      const b = await new Agent(t.app).post('/api/auth/sign-up', { email: 'vapaa@example.fi', locale: 'fi' });
      taken.push(`${a.status} ${JSON.stringify(a.body)}`);
      free.push(`${b.status} ${JSON.stringify(b.body)}`);
    }
    expect(free).toEqual(taken);
    // Ten requests by someone else do not lock the owner out: the password (and the links already sent) work.
    expect((await signedIn(t.app, 'varattu@example.fi')).cookie).toBeDefined();
  });
});

describe('3. brute force: per account, per client, all routes together', () => {
  const t = useApp({ APP_ROLE: 'api', PASSWORD_FREE_TRIES: '3' });

  it('makes further password tries for one address wait, known or not, while a link still signs in', async () => {
    const id = await insertUser(t.world, 'arvattava@example.fi', 'seeker');
    const statuses = async (email: string, password: string) => {
      const out: number[] = [];
      for (let i = 0; i < 4; i++)
        out.push((await new Agent(t.app).post('/api/auth/password', { email, password })).status);
      return out;
    };
    expect(await statuses('arvattava@example.fi', 'väärä-arvaus')).toEqual([401, 401, 401, 429]);
    // Even the right password waits now: the guesser cannot tell it was right.
    const right = await new Agent(t.app).post('/api/auth/password', {
      email: 'arvattava@example.fi',
      password: PASSWORD,
    });
    expect([right.status, right.body.code]).toEqual([429, 'rate_limited']);
    // An address without an account is answered alike.
    expect(await statuses('ei-tilia@example.fi', 'väärä-arvaus')).toEqual([401, 401, 401, 429]);
    // The owner is never locked out: a mailed link signs in at once.
    const owner = new Agent(t.app);
    await owner.post('/api/auth/magic-link', { email: 'arvattava@example.fi' });
    const viaLink = await owner.post('/api/auth/magic-link/verify', {
      token: await latestToken(t.world, 'arvattava@example.fi'),
    });
    expect([viaLink.status, viaLink.body.id]).toEqual([200, id]);
  });

  it('grows the wait, but never past a minute however long an outsider keeps trying', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => waitAfter(n, 3))).toEqual([0, 0, 5000, 10000, 20000, 40000]);
    expect(waitAfter(10_000, 3)).toBe(MAX_WAIT_MS);
    expect(MAX_WAIT_MS).toBe(60_000);
  });
});

describe('3. the global limit counts every route together', () => {
  const t = useApp({ APP_ROLE: 'api', RATE_LIMIT_GLOBAL: '4' });

  it('answers 429 on a fifth route after four requests to four others', async () => {
    const http = request(t.app.getHttpServer());
    expect((await http.get('/api/health')).status).toBeLessThan(429);
    expect((await http.get('/api/me')).status).toBe(401);
    expect((await http.get('/api/gigs')).status).toBe(401);
    expect((await http.post('/api/auth/magic-link').set(CSRF).send({})).status).toBe(400);
    expect((await http.get('/api/notifications')).status).toBe(429);
  });
});

describe('3. client addresses behind the trusted proxy', () => {
  const t = useApp({ APP_ROLE: 'api', RATE_LIMIT_AUTH: '2', TRUST_PROXY: 'loopback' });

  it('gives each client behind the proxy (X-Forwarded-For from loopback) a budget of its own', async () => {
    const ask = (client: string) =>
      request(t.app.getHttpServer())
        .post('/api/auth/magic-link')
        .set(CSRF)
        .set('X-Forwarded-For', client)
        .send({ email: 'a@example.fi' });
    expect([(await ask('203.0.113.1')).status, (await ask('203.0.113.1')).status]).toEqual([202, 202]);
    expect((await ask('203.0.113.1')).status).toBe(429);
    // Someone else behind the same proxy (a school network, say) still gets in.
    expect((await ask('203.0.113.2')).status).toBe(202);
  });

  it('shows the development mailbox (sign-in links) only to clients on this machine', async () => {
    const http = () => request(t.app.getHttpServer());
    expect((await http().get('/api/dev/mail')).status).toBe(200);
    expect((await http().get('/api/dev/mail').set('X-Forwarded-For', '203.0.113.9')).status).toBe(404);
  });
});

describe('3. sign-in limits with Redis away', () => {
  const t = useApp({
    APP_ROLE: 'api',
    REDIS_URL: 'redis://127.0.0.1:1',
    RATE_LIMIT_AUTH: '3',
    PASSWORD_FREE_TRIES: '2',
  });

  it('falls back to a limiter in the process instead of letting every try through', async () => {
    await insertUser(t.world, 'ilman-redista@example.fi', 'seeker');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await new Agent(t.app).post('/api/auth/password', {
        email: 'ilman-redista@example.fi',
        password: 'väärä-arvaus',
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 429, 429]);
  });
});

describe('4. sessions: fresh proof, other sessions end, idle and absolute expiry', () => {
  const t = useApp({ APP_ROLE: 'api' });
  const config = () => testConfig(t.world, { APP_ROLE: 'api' });

  it('ends the other sessions when the password changes: the other session gets 401', async () => {
    await insertUser(t.world, 'vaihtaja@example.fi', 'seeker');
    const phone = await signedIn(t.app, 'vaihtaja@example.fi');
    const laptop = await signedIn(t.app, 'vaihtaja@example.fi');
    const changed = await laptop.put('/api/me/password', {
      newPassword: 'aivan-uusi-salasana',
      currentPassword: PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);
  });

  it('asks a fresh proof for a first password: a link session younger than FRESH_PROOF_MINUTES', async () => {
    const id = await insertUser(t.world, 'ensimmainen@example.fi', 'seeker');
    await t.world.db.query('UPDATE users SET password_hash = NULL WHERE id = $1', [id]);
    // A session that no link opened just now (a stolen cookie, say) cannot set one.
    const old = new Agent(t.app);
    old.cookie = await sessionCookie(t.world, config(), id);
    const refused = await old.put('/api/me/password', { newPassword: 'ensimmainen-salasana' });
    expect([refused.status, refused.body.code]).toEqual([403, 'proof_required']);

    const fresh = new Agent(t.app);
    await fresh.post('/api/auth/magic-link', { email: 'ensimmainen@example.fi' });
    await fresh.post('/api/auth/magic-link/verify', {
      token: await latestToken(t.world, 'ensimmainen@example.fi'),
    });
    await t.world.db.query(
      `UPDATE sessions SET created_at = now() - interval '16 minutes' WHERE user_id = $1 AND proof = 'link'`,
      [id],
    );
    expect((await fresh.put('/api/me/password', { newPassword: 'ensimmainen-salasana' })).status).toBe(403);
    await t.world.db.query(`UPDATE sessions SET created_at = now() WHERE user_id = $1 AND proof = 'link'`, [
      id,
    ]);
    expect((await fresh.put('/api/me/password', { newPassword: 'ensimmainen-salasana' })).status).toBe(204);
    // …and the older session ended with it.
    expect((await old.get('/api/me')).status).toBe(401);
  });

  it('voids the links still waiting in the mail when the person signs out everywhere', async () => {
    await insertUser(t.world, 'kaikkialta@example.fi', 'seeker');
    const agent = await signedIn(t.app, 'kaikkialta@example.fi');
    await new Agent(t.app).post('/api/auth/magic-link', { email: 'kaikkialta@example.fi' });
    const token = await latestToken(t.world, 'kaikkialta@example.fi');
    expect((await agent.post('/api/auth/sign-out-everywhere')).status).toBe(204);
    const late = await new Agent(t.app).post('/api/auth/magic-link/verify', { token });
    expect([late.status, late.body.code]).toEqual([400, 'link_invalid']);
  });

  it('ends a session unused for SESSION_IDLE_DAYS, and any session after its absolute expiry', async () => {
    const id = await insertUser(t.world, 'joutilas@example.fi', 'seeker');
    const idle = new Agent(t.app);
    idle.cookie = await sessionCookie(t.world, config(), id);
    const expired = new Agent(t.app);
    expired.cookie = await sessionCookie(t.world, config(), id);
    expect((await idle.get('/api/me')).status).toBe(200);
    await t.world.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '15 days', expires_at = now() + interval '10 days'
       WHERE id = (SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at LIMIT 1)`,
      [id],
    );
    await t.world.db.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second'
       WHERE id = (SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1)`,
      [id],
    );
    // Changed outside the API (as another process would): its session cache hears of it by NOTIFY.
    await until(async () => (await idle.get('/api/me')).status === 401, 2000, 'the idle session to end');
    expect((await expired.get('/api/me')).status).toBe(401);
  });
});

describe('5 and 8. a production installation: demo accounts, the API pages, the queue board', () => {
  const t = useApp({
    APP_ROLE: 'api',
    NODE_ENV: 'production',
    SESSION_SECRET: 'a-secret-of-our-own-for-this-test-0123456789',
    SMTP_URL: 'smtp://127.0.0.1:1',
  });

  it('never signs a demo account in, even with its known password', async () => {
    const hash = await hashPassword(DEMO_PASSWORD);
    await t.world.db.query(
      `INSERT INTO users (email, name, role, locale, password_hash, is_demo)
       VALUES ('admin@demo.hanttihommat.fi', 'Demo', 'admin', 'fi', $1, true),
              ('oikea@example.fi', 'Oikea', 'seeker', 'fi', $1, false)`,
      [hash],
    );
    const demo = await new Agent(t.app).post('/api/auth/password', {
      email: 'admin@demo.hanttihommat.fi',
      password: DEMO_PASSWORD,
    });
    expect([demo.status, demo.body.code]).toEqual([401, 'bad_credentials']);
    const real = await new Agent(t.app).post('/api/auth/password', {
      email: 'oikea@example.fi',
      password: DEMO_PASSWORD,
    });
    expect(real.status).toBe(200);
  });

  it('serves no OpenAPI pages unless OPENAPI_DOCS turns them on, and keeps the queue board for admins', async () => {
    expect((await request(t.app.getHttpServer()).get('/api/docs/openapi.json')).status).toBe(404);
    expect((await request(t.app.getHttpServer()).get('/api/docs')).status).toBe(404);
    await insertUser(t.world, 'seeker@example.fi', 'seeker');
    await insertUser(t.world, 'admin@example.fi', 'admin');
    const seeker = await signedIn(t.app, 'seeker@example.fi');
    const admin = await signedIn(t.app, 'admin@example.fi');
    expect((await request(t.app.getHttpServer()).get('/admin/queues')).status).toBe(401);
    expect((await seeker.get('/admin/queues')).status).toBe(403);
    expect((await admin.get('/admin/queues')).status).toBe(200);
  });
});

describe('6 and 7. mail abuse and retention', () => {
  const t = useApp({ APP_ROLE: 'all' });

  it('sends the organisation one mail, not twenty, when a seeker books and withdraws ten times', async () => {
    const memberId = await insertUser(t.world, 'jasen@example.fi', 'organisation');
    const org = await insertOrganisation(t.world, 'Kohde ry', memberId);
    await t.world.db.query('UPDATE organisations SET verified_at = now() WHERE id = $1', [org]);
    await insertUser(t.world, 'hakija@example.fi', 'seeker');
    const member = await signedIn(t.app, 'jasen@example.fi');
    const seeker = await signedIn(t.app, 'hakija@example.fi');
    const gig = await member.post(`/api/organisations/${org}/gigs`, gigBody({ startsInHours: 96 }));
    expect(gig.status).toBe(201);
    for (let i = 0; i < 10; i++) {
      expect((await seeker.post(`/api/gigs/${gig.body.id}/booking`)).status).toBe(200);
      expect((await seeker.deleteRequest(`/api/gigs/${gig.body.id}/booking`)).status).toBe(200);
    }
    await drained(t.app, t.world.db, 60_000);
    expect((await mails(t.world)).filter((m) => m.to === 'jasen@example.fi')).toHaveLength(1);
    // Every change is still in the app.
    const notices = await member.get('/api/notifications');
    expect(notices.body.items.length).toBe(20);
  }, 90_000);

  it('puts names in mails only as quoted data, never in the subject', () => {
    const mail = notificationMail({
      kind: 'booking_made',
      to: 'x@example.fi',
      locale: 'fi',
      params: { seekerName: 'Voitit 1000 €, avaa linkki', gigTitle: 'Haravointi', startsAt: Date.now() },
      url: 'http://localhost:3000/x',
      preferencesUrl: 'http://localhost:3000/notifications/settings',
      messageId: '<x@hanttihommat>',
    });
    expect(mail.subject).toBe('Keikalle tuli tekijä');
    expect(mail.text).toContain('”Voitit 1000 €, avaa linkki” otti keikan: ”Haravointi”');
  });

  it('keeps no e-mail address in the error a failed job leaves behind', async () => {
    const registry = t.app.get(ConsumerRegistry);
    const spy = jest.spyOn(registry, 'handler').mockReturnValue(() => {
      throw new Error('550 5.1.1 <maija.meikalainen@example.fi>: mailbox unavailable');
    });
    try {
      const job = { name: 'purge-expired', data: {}, id: '1', attemptsMade: 0 } as unknown as Job;
      const error = await t.app
        .get(Processors)
        .run('accounts', job)
        .catch((e: Error) => e);
      expect((error as Error).message).toBe('550 5.1.1 <[address]>: mailbox unavailable');
      expect((error as Error).stack).not.toContain('@example.fi');
    } finally {
      spy.mockRestore();
    }
  });

  it('prunes sent outbox events, finished jobs and old notices after their configured ages', async () => {
    const userId = await insertUser(t.world, 'vanha@example.fi', 'seeker');
    await t.world.db.query(
      `INSERT INTO outbox_events (type, payload, dispatched_at, created_at) VALUES
         ('retention.test', '{}', now() - interval '8 days', now() - interval '8 days'),
         ('retention.test', '{}', now() - interval '1 day', now() - interval '1 day'),
         ('retention.test', '{}', NULL, now() - interval '30 days')`,
    );
    await t.world.db.query(
      `INSERT INTO notifications (user_id, kind, params, link, dedupe_key, created_at) VALUES
         ($1, 'match', '{}', '/gigs', 'old', now() - interval '181 days'),
         ($1, 'match', '{}', '/gigs', 'new', now() - interval '1 day')`,
      [userId],
    );
    const pruned = await t.app.get(Retention).prune();
    expect(pruned.outbox).toBe(1);
    // The recent one stays, and so does the one that was not handed out yet, however old.
    const left = await t.world.db.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'retention.test'`,
    );
    expect(left.rows[0].n).toBe(2);
    expect(await t.app.get(NotificationService).pruneOld()).toBeGreaterThanOrEqual(1);
    const notices = await t.world.db.query(`SELECT dedupe_key FROM notifications WHERE user_id = $1`, [
      userId,
    ]);
    expect(notices.rows.map((r) => r.dedupe_key)).toEqual(['new']);
  });
});
