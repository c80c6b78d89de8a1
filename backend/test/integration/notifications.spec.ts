// Notifications end to end on the real PostgreSQL and Redis: nothing lost while Redis is away, nothing sent
// twice when jobs retry, and the mail server's refusals survived.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { GigsJobs } from '../../src/gigs/gigs.jobs';
import { NotificationService } from '../../src/notifications/notification.service';
import { RemindersService } from '../../src/notifications/reminders.service';
import { OutboxRelay } from '../../src/platform/outbox/outbox.relay';
import { Agent, gigBody, insertOrganisation, insertUser, mails, signedIn } from '../support/http';
import { drained, rerunCompletedJobs } from '../support/queues';
import { SmtpSink } from '../support/smtp-sink';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';
import { until } from '../support/wait';

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const gig = (over: object = {}) =>
  gigBody({
    title: 'Lumityöt',
    description: 'Lumen luontia.',
    category: 'snow',
    district: 'Pori',
    startsInHours: 30,
    payCents: 3000,
    places: 2,
    ...over,
  });

async function setUp(world: TestWorld, seekers: number) {
  const m = await insertUser(world, 'jasen@example.fi', 'organisation');
  const org = await insertOrganisation(world, 'Oma ry', m);
  await world.db.query(`UPDATE organisations SET verified_at = now() WHERE id = $1`, [org]);
  const ids: string[] = [];
  for (let i = 1; i <= seekers; i++)
    ids.push(await insertUser(world, `hakija${i}@example.fi`, 'seeker', `Hakija ${i}`));
  return { org, seekers: ids };
}

describe('with Redis away', () => {
  let world: TestWorld;
  beforeAll(async () => (world = await createWorld()));
  afterAll(() => world.drop());

  it('still publishes a gig, and once Redis answers, matching runs and each mail arrives once', async () => {
    const { org } = await setUp(world, 3);
    const api = await createApp(testConfig(world, { APP_ROLE: 'api', REDIS_URL: 'redis://127.0.0.1:1' }));
    let gigId: string;
    try {
      const member = await signedIn(api, 'jasen@example.fi');
      const res = await member.post(`/api/organisations/${org}/gigs`, gig());
      expect(res.status).toBe(201);
      gigId = res.body.id;
    } finally {
      await api.close();
    }
    const pending = await world.db.query(`SELECT type FROM outbox_events WHERE dispatched_at IS NULL`);
    expect(pending.rows.map((r) => r.type)).toEqual(['gig.published']);

    const worker = await createApp(testConfig(world, { APP_ROLE: 'worker' }));
    try {
      const matchMails = async () =>
        (await mails(world)).filter(
          (m) => m.subject === 'Uusi keikka sinulle' && m.text.includes('”Lumityöt”'),
        );
      await until(async () => (await matchMails()).length === 3, 15000, 'three match mails');
      expect((await matchMails()).map((m) => m.to).sort()).toEqual([
        'hakija1@example.fi',
        'hakija2@example.fi',
        'hakija3@example.fi',
      ]);
      const inApp = await world.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'match'`);
      expect(inApp.rows[0].n).toBe(3);

      // Everything again: the relay hands every event out once more, and every completed job — the wave and
      // the notice — really runs its handler a second time.
      await drained(worker, world.db);
      await world.db.query(`UPDATE outbox_events SET dispatched_at = NULL`);
      await worker.get(OutboxRelay).dispatchBatch();
      await drained(worker, world.db);
      expect(await rerunCompletedJobs(worker)).toBeGreaterThanOrEqual(2);
      await drained(worker, world.db);
      const matched = await world.db.query(`SELECT id FROM outbox_events WHERE type = 'gig.matched'`);
      expect(matched.rows).toHaveLength(1);
      expect(await matchMails()).toHaveLength(3);
      const again = await world.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'match'`);
      expect(again.rows[0].n).toBe(3);
      expect(
        (await world.db.query(`SELECT count(*)::int AS n FROM matches WHERE gig_id = $1`, [gigId!])).rows[0]
          .n,
      ).toBe(3);
    } finally {
      await worker.close();
    }
  });
});

describe('a mail server that refuses', () => {
  let world: TestWorld;
  let sink: SmtpSink;
  beforeAll(async () => {
    world = await createWorld();
    sink = new SmtpSink();
  });
  afterAll(async () => {
    await sink.stop();
    await world.drop();
  });

  it('twice, then accepts: exactly one mail is delivered, and the staff see a job that ran out of tries', async () => {
    const smtp = await sink.start();
    sink.decide = (n) => (n <= 2 ? 'refuse' : 'accept');
    const { org } = await setUp(world, 1);
    const app = await createApp(testConfig(world, { APP_ROLE: 'all', SMTP_URL: smtp, JOB_BACKOFF_MS: '50' }));
    try {
      const member = await signedIn(app, 'jasen@example.fi');
      expect((await member.post(`/api/organisations/${org}/gigs`, gig())).status).toBe(201);
      await until(() => sink.to('hakija1@example.fi').length > 0, 15000, 'the match mail');
      await drained(app, world.db);
      expect(sink.attempts).toBe(3);
      expect(sink.to('hakija1@example.fi')).toHaveLength(1);
      expect(sink.delivered[0].raw).toMatch(
        /List-Unsubscribe: <http:\/\/localhost:3000\/notifications\/settings>/,
      );
      const queue = app.get<Queue>(getQueueToken('notifications'));
      expect(await queue.getJobCounts('completed', 'failed')).toEqual({ completed: 1, failed: 0 });

      // A mail server that never accepts: after the last try the job is kept as failed, the staff are told in
      // the app, and a coordinator can retry it once the server works.
      sink.decide = () => 'refuse';
      await insertUser(world, 'koordinaattori@example.fi', 'coordinator');
      await world.db.query(
        `INSERT INTO notification_preferences (user_id, kind, in_app, mail) SELECT id, 'organisation_awaiting', true, 'each' FROM users WHERE role = 'coordinator'`,
      );
      // The mail server refuses the sign-up mail: the person is told at once (503), nothing is kept.
      await new Agent(app).post('/api/auth/sign-up', { email: 'x@example.fi', locale: 'fi' }).expect(503);
      await world.db.query(`INSERT INTO organisations (name, kind) VALUES ('Uusi ry', 'company')`);
      const orgId = (await world.db.query(`SELECT id FROM organisations WHERE name = 'Uusi ry'`)).rows[0].id;
      await world.db.query(
        `INSERT INTO outbox_events (type, payload) VALUES ('organisation.registered', $1)`,
        [{ organisationId: orgId, organisationName: 'Uusi ry', userId: orgId }],
      );
      await until(
        async () => (await queue.getJobCounts('failed')).failed === 1,
        20000,
        'the job to run out of tries',
      );
      const coordinator = await signedIn(app, 'koordinaattori@example.fi');
      const notices = await until(
        async () => {
          const r = await coordinator.get('/api/notifications');
          return r.body.items.some((n: { kind: string }) => n.kind === 'delivery_failed')
            ? r.body
            : undefined;
        },
        10000,
        'the delivery_failed notice',
      );
      expect(notices.unread).toBeGreaterThan(0);
      const failed = await coordinator.get('/api/coordinator/jobs/failed');
      expect(failed.body).toEqual([
        expect.objectContaining({ queue: 'notifications', name: 'event', attemptsMade: 6 }),
      ]);
      sink.decide = () => 'accept';
      expect(
        (await coordinator.post(`/api/coordinator/jobs/notifications/${failed.body[0].id}/retry`)).status,
      ).toBe(204);
      await until(() => sink.to('koordinaattori@example.fi').length === 1, 10000, 'the retried mail');
      expect(
        (await coordinator.post(`/api/coordinator/jobs/notifications/${failed.body[0].id}/retry`)).status,
      ).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe('in-app notices, preferences and reminders', () => {
  let world: TestWorld;
  let app: NestExpressApplication;
  let org: string;
  beforeAll(async () => {
    world = await createWorld();
    ({ org } = await setUp(world, 2));
    app = await createApp(testConfig(world, { APP_ROLE: 'all' }));
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });

  it('shows notices with an unread count, marks them read, and keeps each person to their own', async () => {
    const member = await signedIn(app, 'jasen@example.fi');
    const created = await member.post(`/api/organisations/${org}/gigs`, gig({ title: 'Kantoapu' }));
    const aino = await signedIn(app, 'hakija1@example.fi');
    const list = await until(
      async () => {
        const r = await aino.get('/api/notifications');
        return r.body.items.length ? r.body : undefined;
      },
      10000,
      'a match notice',
    );
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: 'match',
      link: `/gigs/${created.body.id}`,
      title: 'Uusi keikka sinulle: Kantoapu',
      body: expect.stringContaining('Palkka: 30,00\u00a0€.'),
    });
    // The same notice in the language the page asks for.
    const inSwedish = await aino.get('/api/notifications?locale=sv');
    expect(inSwedish.body.items[0].title).toBe('Nytt uppdrag för dig: Kantoapu');
    expect((await aino.get('/api/notifications?locale=de')).status).toBe(400);
    expect((await aino.get('/api/notifications/unread')).body).toEqual({ unread: 1 });
    // Someone else cannot mark Aino's notice.
    const bertta = await signedIn(app, 'hakija2@example.fi');
    expect((await bertta.post(`/api/notifications/${list.items[0].id}/read`)).status).toBe(404);
    expect((await aino.post(`/api/notifications/${list.items[0].id}/read`)).status).toBe(204);
    expect((await aino.get('/api/notifications/unread')).body).toEqual({ unread: 0 });
  });

  it('sends a reminder before the gig to a booked seeker, in the app and by mail, and none after withdrawing', async () => {
    const member = await signedIn(app, 'jasen@example.fi');
    const soon = await member.post(
      `/api/organisations/${org}/gigs`,
      gig({ title: 'Pian alkava', startsAt: inHours(1.5), endsAt: inHours(3) }),
    );
    const later = await member.post(
      `/api/organisations/${org}/gigs`,
      gig({ title: 'Myöhemmin', startsAt: inHours(1.6), endsAt: inHours(3), withdrawHours: 1 }),
    );
    const aino = await signedIn(app, 'hakija1@example.fi');
    const bertta = await signedIn(app, 'hakija2@example.fi');
    expect((await aino.post(`/api/gigs/${soon.body.id}/booking`)).status).toBe(200);
    expect((await bertta.post(`/api/gigs/${later.body.id}/booking`)).status).toBe(200);
    expect((await bertta.deleteRequest(`/api/gigs/${later.body.id}/booking`)).status).toBe(200);
    const reminder = await until(
      async () =>
        (await mails(world)).find((m) => m.to === 'hakija1@example.fi' && m.subject.startsWith('Muistutus')),
      10000,
      'the reminder mail',
    );
    // The subject holds fixed words only; the gig's title is in the mail as quoted data.
    expect(reminder.subject).toBe('Muistutus keikasta');
    expect(reminder.text).toContain('Muistutus: ”Pian alkava” alkaa pian');
    const notices = (await aino.get('/api/notifications')).body.items;
    expect(notices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'reminder', title: 'Muistutus: Pian alkava alkaa pian' }),
      ]),
    );
    // The organisation hears of the booking and of the withdrawal (the worker may still be on its way).
    const orgNotices = await until(
      async () => {
        const kinds: string[] = (await member.get('/api/notifications')).body.items.map(
          (n: { kind: string }) => n.kind,
        );
        return kinds.includes('booking_withdrawn') ? kinds : undefined;
      },
      10000,
      'the withdrawal notice',
    );
    expect(orgNotices).toEqual(expect.arrayContaining(['booking_made', 'booking_withdrawn']));
    // Bertta withdrew before the reminder job ran or the job found her booking gone: no reminder for her.
    const withdrawn = await world.db.query(
      `SELECT payload FROM outbox_events WHERE type = 'booking.withdrawn'`,
    );
    expect(await app.get(RemindersService).remind({ ...withdrawn.rows[0].payload, hours: 2 })).toBe(0);
    expect(
      (await mails(world)).filter((m) => m.to === 'hakija2@example.fi' && m.subject.startsWith('Muistutus')),
    ).toHaveLength(0);
  });

  it('lets a seeker take matches as a daily digest instead of one mail each', async () => {
    const bertta = await signedIn(app, 'hakija2@example.fi');
    const prefs = await bertta.get('/api/notifications/preferences');
    expect(prefs.body.map((p: { kind: string }) => p.kind)).toEqual([
      'match',
      'gig_invitation',
      'place_given',
      'application_declined',
      'confirm_attendance',
      'reminder',
      'place_released',
      'gig_changed',
      'gig_cancelled',
      'completion_to_confirm',
      'gig_completed',
      'feedback_received',
      'limit_reached',
      'work_ability_due',
      'gig_message',
    ]);
    expect(
      (
        await bertta.put('/api/notifications/preferences', {
          preferences: [{ kind: 'reminder', inApp: true, mail: 'digest' }],
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await bertta.put('/api/notifications/preferences', {
          preferences: [{ kind: 'limit_alert', inApp: true, mail: 'each' }],
        })
      ).status,
    ).toBe(400);
    const saved = await bertta.put('/api/notifications/preferences', {
      preferences: [{ kind: 'match', inApp: true, mail: 'digest' }],
    });
    expect(saved.body[0]).toMatchObject({ kind: 'match', mail: 'digest', digestAvailable: true });

    const before = (await mails(world)).filter((m) => m.to === 'hakija2@example.fi').length;
    const member = await signedIn(app, 'jasen@example.fi');
    await member.post(`/api/organisations/${org}/gigs`, gig({ title: 'Digestiin' }));
    await until(
      async () =>
        (await bertta.get('/api/notifications')).body.items.some((n: { title: string }) =>
          n.title.includes('Digestiin'),
        ),
      10000,
      'the in-app match',
    );
    expect((await mails(world)).filter((m) => m.to === 'hakija2@example.fi')).toHaveLength(before);

    const notifications = app.get(NotificationService);
    expect(await notifications.sendDigests('2026-11-24')).toBe(1);
    expect(await notifications.sendDigests('2026-11-24')).toBe(0);
    const digest = (await mails(world)).find(
      (m) => m.to === 'hakija2@example.fi' && /uutta keikkaa/.test(m.subject),
    );
    expect(digest?.text).toContain('Digestiin');
  });

  it('keeps every scheduled job of a gig under one id, so scheduling twice adds nothing', async () => {
    const member = await signedIn(app, 'jasen@example.fi');
    const created = await member.post(
      `/api/organisations/${org}/gigs`,
      gig({ title: 'Ajastettu', startsAt: inHours(40), endsAt: inHours(42) }),
    );
    const gigs = app.get<Queue>(getQueueToken('gigs'));
    const ids = ['ask-attendance', 'release-unconfirmed', 'expire', 'ended', 'report-overdue'].map(
      (job) => `${job}-${created.body.id}`,
    );
    await until(
      async () => (await Promise.all(ids.map((id) => gigs.getJob(id)))).every(Boolean),
      10000,
      'the gig schedule',
    );
    const delayed = await gigs.getDelayedCount();
    const published = await world.db.query(
      `SELECT id, payload FROM outbox_events WHERE type = 'gig.published' AND payload->'gig'->>'id' = $1`,
      [created.body.id],
    );
    await app
      .get(GigsJobs)
      .onEvent({ eventId: published.rows[0].id, type: 'gig.published', payload: published.rows[0].payload });
    expect(await gigs.getDelayedCount()).toBe(delayed);
  });

  it('tells the seeker too when they pass 80 % and 100 % of a limit, once each, in the app and by mail', async () => {
    const aino = await signedIn(app, 'hakija1@example.fi');
    expect((await aino.put('/api/me/limits', { limits: [{ ruleKey: 'social_assistance' }] })).status).toBe(
      200,
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    const record = (amountCents: number) =>
      aino.post('/api/me/earnings', {
        payerName: 'Kauppa Oy',
        amountCents,
        workDate: today,
        paymentDate: today,
      });
    expect((await record(12500)).status).toBe(204); // 125 € of 150 €: past 80 %
    expect((await record(3000)).status).toBe(204); // 155 €: past 100 %
    expect((await record(1000)).status).toBe(204); // nothing new to say
    const notices = await until(
      async () => {
        const r = await aino.get('/api/notifications?locale=fi');
        const mine = r.body.items.filter((n: { kind: string }) => n.kind === 'limit_reached');
        return mine.length >= 2 ? mine : undefined;
      },
      10000,
      'the limit notices',
    );
    expect(notices.map((n: { title: string; link: string }) => [n.title, n.link]).sort()).toEqual([
      ['Olet lähellä ansiorajaa: Perustoimeentulotuki, ansiotulojen vähennys', '/earnings'],
      ['Olet saavuttanut ansiorajan: Perustoimeentulotuki, ansiotulojen vähennys', '/earnings'],
    ]);
    await until(
      async () =>
        (await mails(world)).filter((m) => m.to === 'hakija1@example.fi' && /ansioraja/.test(m.subject))
          .length === 2,
      10000,
      'the limit mails',
    );
  });
});
