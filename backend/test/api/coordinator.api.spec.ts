// The coordinators' console against the real PostgreSQL: registering a seeker met in person (no e-mail needed)
// and the one-time sign-in code, adding an address later, the dashboard, the seekers and their path notes, and
// the funders' report whose CSV adds up to the ledger.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { EarningsService } from '../../src/earnings/earnings.service';
import type { ConfirmedCompletion } from '../../src/gigs/gigs.events';
import { NotificationService } from '../../src/notifications/notification.service';
import { RemindersService } from '../../src/notifications/reminders.service';
import { ManualClock } from '../../src/platform/clock/clock';
import { helsinkiDay } from '../../src/platform/core/helsinki';
import type { AppConfig } from '../../src/platform/config/config';
import { Agent, insertOrganisation, insertUser, latestToken, sessionCookie } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

describe('coordinator console', () => {
  let world: TestWorld;
  let config: AppConfig;
  let app: NestExpressApplication;
  let clock: ManualClock;
  let org: string;
  let coordinatorId: string;
  let coordinator: Agent;

  const agentOf = async (id: string) => {
    const agent = new Agent(app);
    agent.cookie = await sessionCookie(world, config, id);
    return agent;
  };
  const register = async (body: object) => {
    const res = await coordinator.post('/api/coordinator/seekers', body);
    expect(res.status).toBe(201);
    return res.body as { seekerId: string; code: string; signInUrl: string; expiresAt: string };
  };

  /** A gig worked on `day` by the seeker: the gig, the booking, the confirmed completion and its ledger entry. */
  const worked = async (
    seekerId: string,
    day: string,
    amountCents: number,
    minutes: number,
    category = 'yard',
  ) => {
    const { rows: gigs } = await world.db.query(
      `INSERT INTO gigs (organisation_id, title, description, category, district, starts_at, ends_at,
         estimated_minutes, pay_cents, places, status, published_at)
       VALUES ($1, 'Haravointi', 'Testi', $2, 'Pori', $3::date + time '08:00', $3::date + time '10:00', $4, $5, 1,
         'done', now()) RETURNING id`,
      [org, category, day, minutes, amountCents],
    );
    const gigId = gigs[0].id;
    const { rows: bookings } = await world.db.query(
      `INSERT INTO bookings (gig_id, seeker_id, status) VALUES ($1, $2, 'completed') RETURNING id`,
      [gigId, seekerId],
    );
    const bookingId = bookings[0].id;
    await world.db.query(
      `INSERT INTO completions (booking_id, gig_id, seeker_id, status, minutes, amount_cents, work_date, payment_date,
         confirmed_at) VALUES ($1, $2, $3, 'confirmed', $4, $5, $6, $6, now())`,
      [bookingId, gigId, seekerId, minutes, amountCents, day],
    );
    await app.get(EarningsService).fromCompletion({
      bookingId,
      gig: { id: gigId, organisationId: org, organisationName: 'Oma ry', title: 'Haravointi' },
      seekerId,
      payer: { organisationId: org, name: 'Oma ry', kind: 'association' },
      amountCents,
      minutes,
      workDate: day,
      paymentDate: day,
      automatic: false,
    } as unknown as ConfirmedCompletion);
    return { gigId, bookingId };
  };

  beforeAll(async () => {
    world = await createWorld();
    config = testConfig(world, { APP_ROLE: 'api' });
    clock = new ManualClock('2026-11-25T10:00:00Z');
    app = await createApp(config, { clock });
    const m = await insertUser(world, 'jasen@example.fi', 'organisation');
    org = await insertOrganisation(world, 'Oma ry', m);
    coordinatorId = await insertUser(
      world,
      'koordinaattori@example.fi',
      'coordinator',
      'Kaisa Koordinaattori',
    );
    coordinator = await agentOf(coordinatorId);
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });

  describe('meeting people in person', () => {
    it('registers a seeker without an e-mail address, who signs in once with the printed code', async () => {
      const printed = await register({ name: 'Matti Virtanen', locale: 'fi' });
      expect(printed.code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(printed.signInUrl).toBe(`${config.publicUrl}/sign-in/code?code=${printed.code}`);
      const { rows } = await world.db.query(
        `SELECT u.email, u.role, c.code_hash FROM users u JOIN account_codes c ON c.user_id = u.id WHERE u.id = $1`,
        [printed.seekerId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ email: null, role: 'seeker' });
      expect(rows[0].code_hash).not.toContain(printed.code.replace('-', ''));

      const phone = new Agent(app);
      const typed = printed.code.toLowerCase().replace('-', ' ');
      const res = await phone.post('/api/auth/code', { code: typed });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: printed.seekerId,
        email: null,
        role: 'seeker',
        name: 'Matti Virtanen',
      });
      expect((await phone.get('/api/me')).status).toBe(200);

      const again = await new Agent(app).post('/api/auth/code', { code: printed.code });
      expect([again.status, again.body.code, again.body.errors?.[0]?.field]).toEqual([
        400,
        'code_invalid',
        'code',
      ]);
    });

    it('refuses an expired code and keeps only the newest code of a person working', async () => {
      const printed = await register({ name: 'Liisa Laine', locale: 'sv' });
      const second = await coordinator.post(`/api/coordinator/seekers/${printed.seekerId}/sign-in-code`);
      expect(second.status).toBe(201);
      expect((await new Agent(app).post('/api/auth/code', { code: printed.code })).status).toBe(400);
      await world.db.query(
        `UPDATE account_codes SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [printed.seekerId],
      );
      expect((await new Agent(app).post('/api/auth/code', { code: second.body.code })).status).toBe(400);
    });

    it('says which field is wrong, and refuses an address another account has', async () => {
      const bad = await coordinator.post('/api/coordinator/seekers', {
        name: '',
        email: 'ei-osoite',
        locale: 'fi',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'name']);
      const taken = await coordinator.post('/api/coordinator/seekers', {
        name: 'Toinen',
        email: 'Koordinaattori@example.fi',
        locale: 'fi',
      });
      expect([taken.status, taken.body.errors?.[0]?.field]).toEqual([409, 'email']);
    });

    it('lets the seeker add an address later, theirs once they open the mailed link', async () => {
      const printed = await register({ name: 'Pekka Puro', locale: 'fi' });
      const phone = new Agent(app);
      await phone.post('/api/auth/code', { code: printed.code });
      expect((await phone.post('/api/me/email', { email: 'Pekka@Example.fi' })).status).toBe(202);
      expect((await phone.get('/api/me')).body.email).toBeNull();
      const token = await latestToken(world, 'pekka@example.fi');
      expect((await new Agent(app).post('/api/me/email/confirm', { token })).status).toBe(204);
      expect((await phone.get('/api/me')).body.email).toBe('pekka@example.fi');
      expect((await new Agent(app).post('/api/me/email/confirm', { token })).status).toBe(400);
    });

    it('tells people without an address in the app only', async () => {
      const printed = await register({ name: 'Ilman Osoitetta', locale: 'fi' });
      const withMail = await insertUser(world, 'osoitteellinen@example.fi', 'seeker');
      const mailed = await app.get(NotificationService).notify({
        kind: 'gig_cancelled',
        userIds: [printed.seekerId, withMail],
        params: { title: 'Haravointi' },
        link: '/my-gigs',
        dedupeKey: 'no-mail-test',
      });
      expect(mailed).toBe(1);
      const { rows } = await world.db.query(
        `SELECT user_id FROM notifications WHERE dedupe_key = 'no-mail-test'`,
      );
      expect(rows.map((r) => r.user_id).sort()).toEqual([printed.seekerId, withMail].sort());
    });
  });

  describe('the dashboard, the seekers and the report', () => {
    let near: string;
    let young: string;
    beforeAll(async () => {
      near = (await register({ name: 'Nina Nousija', locale: 'fi' })).seekerId;
      young = (await register({ name: 'Nuori Nuutinen', locale: 'fi' })).seekerId;
      await world.db.query(
        `INSERT INTO match_preferences (user_id, postal_codes, birth_year) VALUES ($1, '{28100}', 1990), ($2, '{28400}', 2003)`,
        [near, young],
      );
      // 250 € of the 300 € programme cap this month: over 80 %.
      await worked(near, '2026-11-03', 15000, 180);
      await worked(near, '2026-11-12', 10000, 120, 'moving');
      await worked(young, '2026-11-20', 4550, 90);
      await worked(young, '2026-10-20', 3000, 60);
    });

    it('shows a seeker over 80 % of a limit, this month’s figures and the weeks', async () => {
      const res = await coordinator.get('/api/coordinator/dashboard');
      expect(res.status).toBe(200);
      expect(res.body.limits).toContainEqual(
        expect.objectContaining({
          seekerId: near,
          name: 'Nina Nousija',
          ruleKey: 'programme_cap',
          threshold: 80,
        }),
      );
      expect(res.body.limits.some((l: { seekerId: string }) => l.seekerId === young)).toBe(false);
      expect(res.body.month).toEqual({
        from: '2026-11-01',
        to: '2026-11-30',
        activeSeekers: 2,
        gigsDone: 3,
        minutes: 390,
        paidCents: 29550,
      });
      expect(res.body.weeklyEarnings).toHaveLength(12);
      expect(res.body.weeklyEarnings.at(-1)).toEqual({ week: '2026-11-23', paidCents: 0 });
      expect(res.body.weeklyEarnings.find((w: { week: string }) => w.week === '2026-11-16').paidCents).toBe(
        4550,
      );
      expect(res.body.categories).toEqual([
        { category: 'yard', gigs: 3 },
        { category: 'moving', gigs: 1 },
      ]);
    });

    it('finds seekers by name, area, coordinator and limit status, and takes one as mine', async () => {
      const ids = async (query: string) =>
        ((await coordinator.get(`/api/coordinator/seekers?${query}`)).body.items as { id: string }[]).map(
          (s) => s.id,
        );
      expect(await ids('q=nousija')).toEqual([near]);
      expect(await ids('area=284')).toEqual([young]);
      expect(await ids('limit=near')).toEqual([near]);
      expect(await ids('coordinator=none')).toEqual(expect.arrayContaining([near, young]));
      expect(
        (await coordinator.post(`/api/coordinator/seekers/${near}/coordinator`, { coordinatorId })).status,
      ).toBe(204);
      expect(await ids(`coordinator=${coordinatorId}`)).toEqual([near]);
      const bad = await coordinator.get('/api/coordinator/seekers?limit=huge&area=x');
      expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([
        400,
        ['area', 'limit'],
      ]);
    });

    it("shows a seeker's page and records their path, never on a day still to come", async () => {
      const future = await coordinator.post(`/api/coordinator/seekers/${near}/notes`, {
        step: 'work',
        day: '2026-11-26',
      });
      expect([future.status, future.body.errors?.[0]?.field]).toEqual([400, 'day']);
      const note = await coordinator.post(`/api/coordinator/seekers/${near}/notes`, {
        step: 'work',
        day: '2026-11-24',
        note: 'Sai osa-aikatyön.',
      });
      expect(note.status).toBe(204);
      const page = await coordinator.get(`/api/coordinator/seekers/${near}`);
      expect(page.status).toBe(200);
      expect(page.body.profile).toMatchObject({
        name: 'Nina Nousija',
        coordinatorName: 'Kaisa Koordinaattori',
      });
      expect(page.body.bookings).toHaveLength(2);
      expect(page.body.notes).toEqual([
        expect.objectContaining({ step: 'work', day: '2026-11-24', recordedByName: 'Kaisa Koordinaattori' }),
      ]);
      const nobody = await coordinator.get(`/api/coordinator/seekers/${coordinatorId}`);
      expect(nobody.status).toBe(404);
    });

    it("reports the month's indicators, and its CSV's paid total is the ledger's", async () => {
      const res = await coordinator.get('/api/coordinator/reports?from=2026-11-01&to=2026-11-30');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        participants: 2,
        participants18to29: 1,
        gigsDone: 3,
        minutes: 390,
        paidCents: 29550,
        paidSeekers: 2,
        averagePerSeekerCents: 14775,
        movedOn: 1,
      });
      const { rows } = await world.db.query(
        `SELECT sum(amount_cents)::int AS cents FROM ledger_entries
         WHERE gig_id IS NOT NULL AND payment_date BETWEEN '2026-11-01' AND '2026-11-30'`,
      );
      const csv = await coordinator.get(
        '/api/coordinator/reports/csv?from=2026-11-01&to=2026-11-30&locale=en',
      );
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toContain('raportti-2026-11-01-2026-11-30.csv');
      const cells = Object.fromEntries(
        csv.text
          .replace('\uFEFF', '')
          .trim()
          .split('\r\n')
          .map((line) => line.split(';'))
          .map(([key, , value]) => [key, value]),
      );
      expect(Number(cells.paidCents.replace(',', '.')) * 100).toBe(rows[0].cents);
      expect(cells.participants).toBe('2');

      const backwards = await coordinator.get('/api/coordinator/reports?from=2026-11-30&to=2026-11-01');
      expect([backwards.status, backwards.body.errors?.[0]?.field]).toEqual([400, 'to']);
    });
  });

  describe('the audit log', () => {
    it('keeps registrations, codes, verifications and exports, searchable by person and day', async () => {
      const printed = await register({ name: 'Auditoitu Aatu', locale: 'fi' });
      const other = await insertOrganisation(world, 'Tarkistettava ry');
      expect((await coordinator.post(`/api/coordinator/organisations/${other}/verify`)).status).toBe(204);
      expect(
        (await coordinator.get('/api/coordinator/reports/csv?from=2026-11-01&to=2026-11-30')).status,
      ).toBe(200);

      const aatu = await coordinator.get('/api/coordinator/audit?person=aatu');
      expect(aatu.status).toBe(200);
      expect(aatu.body.map((e: { action: string }) => e.action).sort()).toEqual([
        'issue_sign_in_code',
        'register_seeker',
      ]);
      expect(aatu.body[0]).toMatchObject({
        actorName: 'Kaisa Koordinaattori',
        subjectId: printed.seekerId,
        subjectName: 'Auditoitu Aatu',
      });
      const kaisa = await coordinator.get('/api/coordinator/audit?person=koordinaattori');
      const actions = kaisa.body.map((e: { action: string }) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining(['verify_organisation', 'export_report', 'register_seeker']),
      );
      const verified = kaisa.body.find((e: { action: string }) => e.action === 'verify_organisation');
      expect(verified).toMatchObject({ subjectId: other, subjectName: 'Tarkistettava ry' });

      // Entries are stamped by the database's clock: today's are found by today's date, none a year back.
      const today = helsinkiDay(new Date());
      const byDay = await coordinator.get(`/api/coordinator/audit?person=aatu&from=${today}&to=${today}`);
      expect(byDay.body.length).toBeGreaterThanOrEqual(1);
      const yearAgo = await coordinator.get(
        '/api/coordinator/audit?person=aatu&from=2025-01-01&to=2025-01-31',
      );
      expect(yearAgo.body).toEqual([]);
      const bad = await coordinator.get('/api/coordinator/audit?from=2026-11-30&to=2026-11-01');
      expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'to']);
    });

    it("filters to one thing's changes: a limit rule's trail for the rule editor", async () => {
      const added = await coordinator.post('/api/coordinator/limit-rules/programme_cap/versions', {
        amountCents: 40000,
        effect: 'none',
        reductionRateBp: 0,
        validFrom: '2031-01-01',
        note: 'Ohjelman katto nostettu',
      });
      expect(added.status).toBe(201);
      const trail = await coordinator.get(
        '/api/coordinator/audit?subjectType=limit_rule&subjectId=programme_cap',
      );
      expect(trail.status).toBe(200);
      expect(trail.body.map((e: { action: string; subjectId: string }) => [e.action, e.subjectId])).toEqual([
        ['add_version', 'programme_cap'],
      ]);
      expect(JSON.parse(trail.body[0].after).at(-1)).toMatchObject({
        validFrom: '2031-01-01',
        amountCents: 40000,
        note: 'Ohjelman katto nostettu',
      });
      const rules = await coordinator.get('/api/coordinator/audit?subjectType=limit_rule');
      expect(rules.body.every((e: { subjectType: string }) => e.subjectType === 'limit_rule')).toBe(true);
      const none = await coordinator.get(
        '/api/coordinator/audit?subjectType=limit_rule&subjectId=unemployment_month',
      );
      expect(none.body).toEqual([]);
      const long = await coordinator.get(`/api/coordinator/audit?subjectType=${'x'.repeat(41)}`);
      expect([long.status, long.body.errors?.[0]?.field]).toEqual([400, 'subjectType']);
    });
  });

  describe('pausing an organisation', () => {
    it('stops offering its gigs and publishing until resumed, and the audit log keeps both', async () => {
      const m2 = await insertUser(world, 'tauko@example.fi', 'organisation');
      const paused = await insertOrganisation(world, 'Tauolla ry', m2);
      await world.db.query(`UPDATE organisations SET verified_at = now() WHERE id = $1`, [paused]);
      const { rows } = await world.db.query(
        `INSERT INTO gigs (organisation_id, title, description, category, district, starts_at, ends_at,
           estimated_minutes, pay_cents, places, status, published_at)
         VALUES ($1, 'Tauon keikka', 'Testi', 'yard', 'Pori', now() + interval '3 days',
           now() + interval '3 days 2 hours', 120, 3000, 2, 'published', now()) RETURNING id`,
        [paused],
      );
      const gigId = rows[0].id;
      const seekerId = await insertUser(world, 'taukohakija@example.fi', 'seeker');
      const seeker = await agentOf(seekerId);
      const listed = async () =>
        ((await seeker.get('/api/gigs')).body as { items: { id: string }[] }).items.some(
          (g) => g.id === gigId,
        );
      expect(await listed()).toBe(true);

      expect((await coordinator.post(`/api/coordinator/organisations/${paused}/pause`)).status).toBe(204);
      expect(await listed()).toBe(false);
      const take = await seeker.post(`/api/gigs/${gigId}/booking`);
      expect([take.status, take.body.code]).toEqual([409, 'gig_closed']);
      const orgs = (await coordinator.get('/api/coordinator/organisations')).body as {
        id: string;
        paused: boolean;
      }[];
      expect(orgs.find((o) => o.id === paused)?.paused).toBe(true);

      expect((await coordinator.post(`/api/coordinator/organisations/${paused}/resume`)).status).toBe(204);
      expect(await listed()).toBe(true);
      expect((await seeker.post(`/api/gigs/${gigId}/booking`)).status).toBe(200);
      const audit = await coordinator.get('/api/coordinator/audit?person=tauolla');
      expect(audit.body.map((e: { action: string }) => e.action)).toEqual([
        'resume_organisation',
        'pause_organisation',
      ]);
      const none = await coordinator.post(`/api/coordinator/organisations/${crypto.randomUUID()}/pause`);
      expect(none.status).toBe(404);
    });
  });

  describe('the work-ability self-assessment', () => {
    it('is due at the start and every three months, reminded once each time, and shown to the coordinator', async () => {
      const seekerId = await insertUser(world, 'tyokyky@example.fi', 'seeker', 'Tyyne Työkyky');
      const seeker = await agentOf(seekerId);
      const reminders = app.get(RemindersService);
      const notices = async () =>
        (
          await world.db.query(
            `SELECT dedupe_key FROM notifications WHERE user_id = $1 AND kind = 'work_ability_due' ORDER BY created_at`,
            [seekerId],
          )
        ).rows.map((r) => r.dedupe_key);

      expect((await seeker.get('/api/me/work-ability')).body).toEqual({
        due: true,
        nextDue: '2026-11-25',
        items: [],
      });
      await reminders.remindWorkAbility();
      await reminders.remindWorkAbility();
      expect(await notices()).toEqual([`work-ability-first-${seekerId}`]);

      const bad = await seeker.post('/api/me/work-ability', {
        coping: 0,
        routines: 6,
        confidence: 3.5,
        skills: 3,
      });
      expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([
        400,
        ['confidence', 'coping', 'routines'],
      ]);
      const answered = await seeker.post('/api/me/work-ability', {
        coping: 2,
        routines: 3,
        confidence: 2,
        skills: 3,
      });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ due: false, nextDue: '2027-02-25' });
      await reminders.remindWorkAbility();
      expect(await notices()).toHaveLength(1);

      // An earlier one, over three months back: the latest counts, so nothing is due yet.
      await world.db.query(
        `INSERT INTO work_ability_assessments (seeker_id, day, coping, routines, confidence, skills)
         VALUES ($1, '2026-05-02', 1, 2, 1, 2)`,
        [seekerId],
      );
      const page = await coordinator.get(`/api/coordinator/seekers/${seekerId}`);
      expect(page.body.workAbility).toEqual([
        { day: '2026-05-02', coping: 1, routines: 2, confidence: 1, skills: 2 },
        { day: '2026-11-25', coping: 2, routines: 3, confidence: 2, skills: 3 },
      ]);

      // Three months on, it is due again and reminded once.
      clock.set('2027-02-25T10:00:00Z');
      try {
        await reminders.remindWorkAbility();
        await reminders.remindWorkAbility();
        expect(await notices()).toEqual([
          `work-ability-first-${seekerId}`,
          `work-ability-${seekerId}-2027-02-25`,
        ]);
      } finally {
        clock.set('2026-11-25T10:00:00Z');
      }

      // In the report: a participant of the month (a path step) whose score went from 6 to 10.
      await coordinator.post(`/api/coordinator/seekers/${seekerId}/notes`, {
        step: 'coaching',
        day: '2026-11-20',
      });
      const report = await coordinator.get('/api/coordinator/reports?from=2026-11-01&to=2026-11-30');
      expect(report.body).toMatchObject({ workAbilityCompared: 1, workAbilityChange: 4 });
    });
  });
});
