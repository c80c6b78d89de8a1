// Privacy against the real PostgreSQL and Redis: a seeker with data in every feature downloads it, asks to be
// erased, and a coordinator carries it out. Afterwards nothing that identifies them (name, e-mail address,
// phone number) is left in any table or in the queues, they cannot sign in, and the funders' report is unchanged.
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import { EarningsService } from '../../src/earnings/earnings.service';
import type { ConfirmedCompletion } from '../../src/gigs/gigs.events';
import type { AppConfig } from '../../src/platform/config/config';
import { QueueRegistry } from '../../src/platform/queues/queue-registry';
import { PrivacyJobs } from '../../src/privacy/privacy.jobs';
import { Agent, insertOrganisation, insertUser, PASSWORD, sessionCookie } from '../support/http';
import { REDIS_URL } from '../support/names';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

const NAME = 'Erkki Poistettava';
const EMAIL = 'erkki.poistettava@example.fi';
const PHONE = '040 765 4321';
const NEEDLES = [NAME, EMAIL, PHONE, 'Poistettava'];
const REPORT = '/api/coordinator/reports?from=2026-11-01&to=2026-11-30';

/** Every table of the schema, each row as text, searched for each needle: [table, needle] of each hit. */
async function hitsInDatabase(world: TestWorld): Promise<string[]> {
  const { rows: tables } = await world.db.query(
    `SELECT DISTINCT c.table_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       AND (c.data_type IN ('text', 'json', 'jsonb', 'character varying', 'ARRAY'))`,
  );
  expect(tables.length).toBeGreaterThanOrEqual(30);
  const hits: string[] = [];
  for (const { table_name: table } of tables)
    for (const needle of NEEDLES) {
      const { rows } = await world.db.query(
        `SELECT count(*)::int AS n FROM "${table}" t WHERE t::text ILIKE $1`,
        [`%${needle}%`],
      );
      if (rows[0].n > 0) hits.push(`${table}: ${needle}`);
    }
  return hits;
}

/** Every value of every key of this run's queues in Redis, searched for each needle. */
async function hitsInRedis(world: TestWorld): Promise<string[]> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${world.queuePrefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    let all = '';
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'string') all += await redis.get(key);
      else if (type === 'hash') all += JSON.stringify(await redis.hgetall(key));
      else if (type === 'list') all += JSON.stringify(await redis.lrange(key, 0, -1));
      else if (type === 'set') all += JSON.stringify(await redis.smembers(key));
      else if (type === 'zset') all += JSON.stringify(await redis.zrange(key, '0', '-1'));
      else if (type === 'stream') all += JSON.stringify(await redis.xrange(key, '-', '+'));
      all += '\n';
    }
    return NEEDLES.filter((n) => all.toLowerCase().includes(n.toLowerCase()));
  } finally {
    redis.disconnect();
  }
}

describe('privacy: download and erasure', () => {
  let world: TestWorld;
  let config: AppConfig;
  let app: NestExpressApplication;
  let seekerId: string;
  let seeker: Agent;
  let coordinator: Agent;
  let coordinatorId: string;
  let memberId: string;
  let org: string;

  const agentOf = async (id: string) => {
    const agent = new Agent(app);
    agent.cookie = await sessionCookie(world, config, id);
    return agent;
  };
  const q = (sql: string, params: unknown[] = []) => world.db.query(sql, params);

  beforeAll(async () => {
    world = await createWorld();
    config = testConfig(world, { APP_ROLE: 'api' });
    app = await createApp(config);
    memberId = await insertUser(world, 'jasen@example.fi', 'organisation', 'Maija Jäsen');
    org = await insertOrganisation(world, 'Oma ry', memberId);
    coordinatorId = await insertUser(
      world,
      'koordinaattori@example.fi',
      'coordinator',
      'Kaisa Koordinaattori',
    );
    coordinator = await agentOf(coordinatorId);
    seekerId = await insertUser(world, EMAIL, 'seeker', NAME);
    seeker = await agentOf(seekerId);

    // A gig worked, its booking, confirmed completion, ledger entry and feedback both ways.
    const day = '2026-11-10';
    const { rows: gigs } = await q(
      `INSERT INTO gigs (organisation_id, title, description, category, district, starts_at, ends_at,
         estimated_minutes, pay_cents, places, status, published_at)
       VALUES ($1, 'Haravointi', 'Testi', 'yard', 'Pori', $2::date + time '08:00', $2::date + time '10:00', 120,
         4000, 1, 'done', now()) RETURNING id`,
      [org, day],
    );
    const gigId = gigs[0].id;
    const { rows: bookings } = await q(
      `INSERT INTO bookings (gig_id, seeker_id, status) VALUES ($1, $2, 'completed') RETURNING id`,
      [gigId, seekerId],
    );
    const bookingId = bookings[0].id;
    await q(
      `INSERT INTO completions (booking_id, gig_id, seeker_id, status, minutes, amount_cents, work_date,
         payment_date, confirmed_at, dispute_reason) VALUES ($1, $2, $3, 'confirmed', 120, 4000, $4, $4, now(), $5)`,
      [bookingId, gigId, seekerId, day, `Soittakaa ${PHONE}`],
    );
    await app.get(EarningsService).fromCompletion({
      bookingId,
      gig: { id: gigId, organisationId: org, organisationName: 'Oma ry', title: 'Haravointi' },
      seekerId,
      payer: { organisationId: org, name: 'Oma ry', kind: 'association' },
      amountCents: 4000,
      minutes: 120,
      workDate: day,
      paymentDate: day,
      automatic: false,
    } as unknown as ConfirmedCompletion);
    await q(
      `INSERT INTO ledger_entries (seeker_id, kind, payer_name, amount_cents, work_date, payment_date, reason,
         recorded_by) VALUES ($1, 'outside', 'Naapuri', 2500, $2, $2, $3, $1)`,
      [seekerId, day, `${NAME} haravoi naapurille`],
    );
    await q(
      `INSERT INTO feedback (booking_id, author_role, author_id, went_well, note) VALUES
         ($1, 'organisation', $2, $3, 'Kiitos'), ($1, 'seeker', $4, 'Mukavaa', $5)`,
      [bookingId, memberId, `${NAME} oli täsmällinen`, seekerId, `Minut saa kiinni ${PHONE}`],
    );
    await q(`INSERT INTO gig_messages (gig_id, sender_id, body) VALUES ($1, $2, $3), ($1, $4, $5)`, [
      gigId,
      seekerId,
      `Olen myöhässä, soita ${PHONE}`,
      memberId,
      `Hei ${NAME}, ei haittaa`,
    ]);
    // Work profile, help card, path note, self-assessment, a limit choice.
    await q(
      `INSERT INTO match_preferences (user_id, accessibility_needs, birth_year, home_latitude, home_longitude, max_km)
       VALUES ($1, $2, 1999, 61.48, 21.8, 10)`,
      [seekerId, `Selkä kipeä, kysy ${PHONE}`],
    );
    await q(`INSERT INTO help_cards (seeker_id, text, times) VALUES ($1, $2, 'aamuisin')`, [
      seekerId,
      `Autan pihatöissä, ${NAME}, ${PHONE}`,
    ]);
    await q(
      `INSERT INTO path_notes (seeker_id, step, day, note, recorded_by) VALUES ($1, 'coaching', $2, $3, $4)`,
      [seekerId, day, `${NAME} tuli ajoissa, puhelin ${PHONE}`, coordinatorId],
    );
    await q(
      `INSERT INTO work_ability_assessments (seeker_id, day, coping, routines, confidence, skills)
       VALUES ($1, $2, 3, 4, 3, 4)`,
      [seekerId, day],
    );
    // Copies of the name and address: notices (theirs and the organisation's), outbox events, the audit log,
    // a sign-in link and code, and a kept job in the queue.
    await q(
      `INSERT INTO notifications (user_id, kind, params, link, dedupe_key) VALUES
         ($1, 'booking.made', $2, '/org', 'e1:m'), ($3, 'booking.confirmed', $4, '/me/gigs', 'e1:s')`,
      [
        memberId,
        JSON.stringify({ seekerName: NAME, title: 'Haravointi' }),
        seekerId,
        JSON.stringify({ name: NAME }),
      ],
    );
    await q(
      `INSERT INTO outbox_events (type, payload, dispatched_at) VALUES ('booking.made', $1, now()),
               ('account.created', $2, NULL)`,
      [
        JSON.stringify({ bookingId, seekerId, seekerName: NAME }),
        JSON.stringify({ userId: seekerId, email: EMAIL, name: NAME }),
      ],
    );
    await q(
      `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, before, after)
       VALUES ($1, 'role.changed', 'user', $2, $3, $4)`,
      [coordinatorId, seekerId, JSON.stringify({ name: NAME }), JSON.stringify({ email: EMAIL })],
    );
    await q(
      `INSERT INTO magic_links (token_hash, email, purpose, payload, expires_at)
       VALUES ('x-hash', $1, 'sign_in', $2, now() + interval '1 hour')`,
      [EMAIL, JSON.stringify({ name: NAME })],
    );
    await q(`INSERT INTO auth_mails (address_hash) VALUES ('unrelated')`);
    const queue = app.get(QueueRegistry).get('notifications');
    await queue!.add(
      'event',
      { id: 'e-test', type: 'booking.made', payload: { seekerName: NAME, email: EMAIL } },
      {
        jobId: 'erasure-test-job',
        delay: 3_600_000,
      },
    );
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });

  it('gives the seeker their data as JSON and records the download in the audit log', async () => {
    const res = await seeker.get('/api/me/data');
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject({ id: seekerId, name: NAME, email: EMAIL });
    expect(res.body.workProfile).toMatchObject({ accessibility_needs: `Selkä kipeä, kysy ${PHONE}` });
    expect(res.body.card).toMatchObject({ times: 'aamuisin' });
    expect(res.body.bookings).toHaveLength(1);
    expect(res.body.bookings[0]).toMatchObject({ gigTitle: 'Haravointi', status: 'completed' });
    expect(res.body.completions).toHaveLength(1);
    expect(res.body.feedback).toHaveLength(2);
    expect(res.body.messages.map((m: { body: string }) => m.body)).toEqual([`Olen myöhässä, soita ${PHONE}`]);
    expect(res.body.ledger.map((e: { amount_cents: number }) => e.amount_cents).sort()).toEqual([2500, 4000]);
    expect(res.body.notices).toHaveLength(1);
    expect(res.body.pathNotes).toHaveLength(1);
    expect(res.body.selfAssessments).toHaveLength(1);
    expect(Array.isArray(res.body.limits)).toBe(true);
    const { rows } = await q(
      `SELECT actor_id FROM audit_events WHERE action = 'export_data' AND subject_id = $1`,
      [seekerId],
    );
    expect(rows).toEqual([{ actor_id: seekerId }]);
  });

  it('erases the person everywhere on request, keeps the rows and the report, and they cannot sign in', async () => {
    const before = await coordinator.get(REPORT);
    expect(before.status).toBe(200);
    expect(await hitsInDatabase(world)).toEqual(
      expect.arrayContaining([`users: ${NAME}`, `outbox_events: ${EMAIL}`]),
    );
    expect(await hitsInRedis(world)).toEqual(expect.arrayContaining([NAME, EMAIL]));

    expect((await seeker.get('/api/me/erasure')).body).toEqual({ requestedAt: null, carriedOutAt: null });
    const asked = await seeker.post('/api/me/erasure');
    expect(asked.status).toBe(200);
    expect(asked.body.requestedAt).toEqual(expect.any(String));
    expect((await seeker.post('/api/me/erasure')).body.requestedAt).toBe(asked.body.requestedAt);

    const open = await coordinator.get('/api/coordinator/erasures');
    expect(open.status).toBe(200);
    expect(open.body).toEqual([expect.objectContaining({ seekerId, name: NAME, email: EMAIL })]);
    const id = open.body[0].id;
    const done = await coordinator.post(`/api/coordinator/erasures/${id}/carry-out`);
    expect(done.status).toBe(204);
    expect((await coordinator.post(`/api/coordinator/erasures/${id}/carry-out`)).status).toBe(409);
    expect((await coordinator.get('/api/coordinator/erasures')).body).toEqual([]);

    expect(await hitsInDatabase(world)).toEqual([]);
    expect(await hitsInRedis(world)).toEqual([]);

    // The rows are still there, without identity, and the funders' figures did not move.
    const { rows } = await q(
      `SELECT (SELECT count(*)::int FROM bookings WHERE seeker_id = $1) AS bookings,
              (SELECT count(*)::int FROM completions WHERE seeker_id = $1) AS completions,
              (SELECT sum(amount_cents)::int FROM ledger_entries WHERE seeker_id = $1) AS ledger,
              (SELECT count(*)::int FROM path_notes WHERE seeker_id = $1) AS notes`,
      [seekerId],
    );
    expect(rows[0]).toEqual({ bookings: 1, completions: 1, ledger: 6500, notes: 1 });
    // Where the person lives goes too (coordinates are not a name, so the text search above cannot see them).
    const home = await q(
      `SELECT home_latitude, home_longitude, max_km FROM match_preferences WHERE user_id = $1`,
      [seekerId],
    );
    expect(home.rows).toEqual([{ home_latitude: null, home_longitude: null, max_km: null }]);
    const after = await coordinator.get(REPORT);
    expect(after.body).toEqual(before.body);

    // The old session is gone and the address no longer signs in.
    expect((await seeker.get('/api/me')).status).toBe(401);
    const signIn = await new Agent(app).post('/api/auth/password', { email: EMAIL, password: PASSWORD });
    expect(signIn.status).toBeGreaterThanOrEqual(400);
    const { rows: audit } = await q(`SELECT actor_id FROM audit_events WHERE action = 'erase_person'`);
    expect(audit).toEqual([{ actor_id: coordinatorId }]);
    const job = await app.get(QueueRegistry).get('notifications')!.getJob('erasure-test-job');
    expect(job?.data.payload).toEqual({ seekerName: '[poistettu]', email: '[poistettu]' });
    // The queues were scrubbed at once, so no scrub is left pending (and the words are not kept).
    const { rows: pending } = await q(`SELECT queue_needles FROM erasure_requests WHERE id = $1`, [id]);
    expect(pending).toEqual([{ queue_needles: null }]);
  });

  it('keeps the ledger append-only: words change only in an erasure, amounts never', async () => {
    await expect(
      q(`UPDATE ledger_entries SET reason = 'x' WHERE seeker_id = $1`, [seekerId]),
    ).rejects.toThrow(/append-only/);
    await q('BEGIN');
    try {
      await q(`SELECT set_config('hh.erasure', 'on', true)`);
      await expect(
        q(`UPDATE ledger_entries SET amount_cents = 1 WHERE seeker_id = $1`, [seekerId]),
      ).rejects.toThrow(/append-only/);
    } finally {
      await q('ROLLBACK');
    }
    await expect(q(`DELETE FROM ledger_entries WHERE seeker_id = $1`, [seekerId])).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses an erasure to anyone but coordinators, and an unknown request', async () => {
    const member = await agentOf(memberId);
    const fake = '00000000-0000-4000-8000-000000000000';
    expect((await member.get('/api/coordinator/erasures')).status).toBe(403);
    expect((await member.post(`/api/coordinator/erasures/${fake}/carry-out`)).status).toBe(403);
    expect((await coordinator.post(`/api/coordinator/erasures/${fake}/carry-out`)).status).toBe(404);
    expect((await member.get('/api/me/data')).status).toBe(403);
  });
});

describe('privacy: an erasure while Redis is away', () => {
  let world: TestWorld;
  let away: NestExpressApplication;
  let worker: NestExpressApplication;
  let requestId: string;
  let coordinator: Agent;

  beforeAll(async () => {
    world = await createWorld();
    // The same world (database and queue prefix) seen by an API that cannot reach Redis and by one that can.
    const awayConfig = testConfig(world, { APP_ROLE: 'api', REDIS_URL: 'redis://127.0.0.1:1' });
    away = await createApp(awayConfig);
    worker = await createApp(testConfig(world, { APP_ROLE: 'api' }));
    const coordinatorId = await insertUser(world, 'koordinaattori@example.fi', 'coordinator', 'Kaisa K');
    coordinator = new Agent(away);
    coordinator.cookie = await sessionCookie(world, awayConfig, coordinatorId);
    const seekerId = await insertUser(world, EMAIL, 'seeker', NAME);
    const { rows } = await world.db.query(
      `INSERT INTO erasure_requests (seeker_id) VALUES ($1) RETURNING id`,
      [seekerId],
    );
    requestId = rows[0].id;
    await worker
      .get(QueueRegistry)
      .get('notifications')!
      .add(
        'event',
        { id: 'e-away', type: 'booking.made', payload: { seekerName: NAME, email: EMAIL } },
        {
          jobId: 'erasure-away-job',
          delay: 3_600_000,
        },
      );
  });
  afterAll(async () => {
    await away?.close();
    await worker?.close();
    await world?.drop();
  });

  it('answers the coordinator as done, keeps the queue scrub pending, and the scheduled job finishes it', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      const done = await coordinator.post(`/api/coordinator/erasures/${requestId}/carry-out`);
      expect(done.status).toBe(204);
      const warned = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes(requestId));
      expect(warned).toEqual([expect.stringContaining('queues not scrubbed yet')]);
      for (const needle of NEEDLES)
        expect(warned.join(' ').toLowerCase()).not.toContain(needle.toLowerCase());
    } finally {
      warn.mockRestore();
    }

    // The database is scrubbed but for the words waiting on the request; the job in Redis still has them.
    const { rows } = await world.db.query(
      `SELECT carried_out_at, queue_needles FROM erasure_requests WHERE id = $1`,
      [requestId],
    );
    expect(rows[0].carried_out_at).toEqual(expect.any(Date));
    expect(rows[0].queue_needles).toEqual(expect.arrayContaining([NAME, EMAIL]));
    expect((await hitsInDatabase(world)).every((hit) => hit.startsWith('erasure_requests: '))).toBe(true);
    expect(await hitsInRedis(world)).toEqual(expect.arrayContaining([NAME, EMAIL]));

    // Redis answers again: the privacy queue's scheduled job scrubs the jobs and forgets the words.
    const scrub = worker.get(PrivacyJobs).jobs['scrub-queues'];
    expect(await scrub()).toBe(1);
    expect(await hitsInRedis(world)).toEqual([]);
    expect(await hitsInDatabase(world)).toEqual([]);
    const job = await worker.get(QueueRegistry).get('notifications')!.getJob('erasure-away-job');
    expect(job?.data.payload).toEqual({ seekerName: '[poistettu]', email: '[poistettu]' });
    // Idempotent: a second run finds nothing pending and changes nothing.
    expect(await scrub()).toBe(0);
    expect((await world.db.query(`SELECT queue_needles FROM erasure_requests`)).rows).toEqual([
      { queue_needles: null },
    ]);
  }, 30_000);
});
