// Earnings against the real PostgreSQL: the ledger fed by confirmed completions (once per booking) and kept
// append-only by the database, outside earnings and corrections, the limits a seeker chooses, where they stand
// and what a gig would do, alerts near and over a limit, and a new rule version as data.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { DEFAULT_LIMITS, EarningsService } from '../../src/earnings/earnings.service';
import { recountTotalsSql } from '../../src/earnings/limit-periods.sql';
import { CandidateQueries } from '../../src/matching/candidates.queries';
import type { ConfirmedCompletion } from '../../src/gigs/gigs.events';
import { ManualClock } from '../../src/platform/clock/clock';
import type { AppConfig } from '../../src/platform/config/config';
import { Agent, gigBody, insertOrganisation, insertUser, sessionCookie, signedIn } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

describe('earnings', () => {
  let world: TestWorld;
  let config: AppConfig;
  let app: NestExpressApplication;
  let clock: ManualClock;
  let org: string;
  let member: Agent;
  let coordinator: Agent;

  const agentOf = async (id: string) => {
    const agent = new Agent(app);
    agent.cookie = await sessionCookie(world, config, id);
    return agent;
  };
  let n = 0;
  const newSeeker = async () => {
    const id = await insertUser(world, `hakija${++n}@example.fi`, 'seeker', `Hakija ${n}`);
    return { id, agent: await agentOf(id) };
  };
  const completion = (seekerId: string, amountCents: number, day: string): ConfirmedCompletion => ({
    bookingId: crypto.randomUUID(),
    gig: {
      id: crypto.randomUUID(),
      organisationId: org,
      organisationName: 'Oma ry',
      title: 'Haravointi',
      category: 'yard',
      district: 'Pori',
      postalCode: '28100',
      startsAt: `${day}T08:00:00.000Z`,
      endsAt: `${day}T10:00:00.000Z`,
      payKind: 'per_gig',
      payCents: amountCents,
      expectedPayCents: amountCents,
    } as ConfirmedCompletion['gig'],
    seekerId,
    payer: { organisationId: org, name: 'Oma ry', kind: 'association' },
    amountCents,
    minutes: 120,
    workDate: day,
    paymentDate: day,
    automatic: false,
  });
  const alerts = async (seekerId: string) =>
    (
      await world.db.query(
        `SELECT payload FROM outbox_events WHERE type = 'limit.crossed' AND payload->>'seekerId' = $1
         ORDER BY created_at, id`,
        [seekerId],
      )
    ).rows.map((r) => [r.payload.ruleKey, r.payload.threshold]);
  const standing = (body: { limits: { ruleKey: string }[] }, key: string) =>
    body.limits.find((l) => l.ruleKey === key) as unknown as Record<string, number | string>;

  beforeAll(async () => {
    world = await createWorld();
    config = testConfig(world, { APP_ROLE: 'api' });
    clock = new ManualClock();
    clock.set(new Date('2026-11-16T10:00:00Z'));
    app = await createApp(config, { clock });
    const m = await insertUser(world, 'jasen@example.fi', 'organisation');
    org = await insertOrganisation(world, 'Oma ry', m);
    await world.db.query(`UPDATE organisations SET verified_at = now()`);
    member = await signedIn(app, 'jasen@example.fi');
    coordinator = await agentOf(await insertUser(world, 'koordinaattori@example.fi', 'coordinator'));
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });
  beforeEach(() => clock.set(new Date('2026-11-16T10:00:00Z')));

  it('counts a confirmed gig once, against the defaults: every euro halves off the benefit, and the 300 € cap', async () => {
    const s = await newSeeker();
    const c = completion(s.id, 4500, '2026-11-10');
    const earnings = app.get(EarningsService);
    expect(await earnings.fromCompletion(c)).toBe(true);
    expect(await earnings.fromCompletion(c)).toBe(false);
    const res = await s.agent.get('/api/me/earnings');
    expect(res.body.chosen).toBe(false);
    expect(res.body.entries).toHaveLength(1);
    expect(standing(res.body, 'unemployment_month')).toMatchObject({
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      limitCents: 0,
      earnedCents: 4500,
      effect: 'reduction',
      reductionRateBp: 5000,
      reductionCents: 2250,
    });
    expect(standing(res.body, 'programme_cap')).toMatchObject({
      limitCents: 30000,
      earnedCents: 4500,
      headroomCents: 25500,
      effect: 'none',
    });
  });

  it('keeps the ledger append-only in the database, whoever asks', async () => {
    const s = await newSeeker();
    await app.get(EarningsService).fromCompletion(completion(s.id, 3000, '2026-11-02'));
    await expect(
      world.db.query(`UPDATE ledger_entries SET amount_cents = 1 WHERE seeker_id = $1`, [s.id]),
    ).rejects.toThrow(/append-only/);
    await expect(world.db.query(`DELETE FROM ledger_entries WHERE seeker_id = $1`, [s.id])).rejects.toThrow(
      /append-only/,
    );
    const { rows } = await world.db.query(`SELECT amount_cents FROM ledger_entries WHERE seeker_id = $1`, [
      s.id,
    ]);
    expect(rows).toEqual([{ amount_cents: 3000 }]);
  });

  it('records outside earnings, corrects an entry by reversing it once, and shows each seeker only their own', async () => {
    const s = await newSeeker();
    const other = await newSeeker();
    const bad = await s.agent.post('/api/me/earnings', {
      payerName: 'Kauppa Oy',
      amountCents: 10000,
      workDate: '2026-11-05',
      paymentDate: '2026-11-01',
    });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'paymentDate']);
    const negative = await s.agent.post('/api/me/earnings', {
      payerName: 'Kauppa Oy',
      amountCents: -5,
      workDate: '2026-11-05',
      paymentDate: '2026-11-05',
    });
    expect([negative.status, negative.body.errors?.[0]?.field]).toEqual([400, 'amountCents']);
    const ok = await s.agent.post('/api/me/earnings', {
      payerName: 'Kauppa Oy',
      amountCents: 10000,
      workDate: '2026-11-05',
      paymentDate: '2026-11-12',
    });
    expect(ok.status).toBe(204);
    const mine = (await s.agent.get('/api/me/earnings')).body;
    expect(standing(mine, 'unemployment_month')).toMatchObject({ earnedCents: 10000, reductionCents: 5000 });
    // The project's cap counts its own brokered gigs only.
    expect(standing(mine, 'programme_cap').earnedCents).toBe(0);
    const entryId = mine.entries[0].id;
    expect((await other.agent.get('/api/me/earnings')).body.entries).toEqual([]);
    const theirs = await other.agent.post(`/api/me/earnings/${entryId}/correction`, { reason: 'Ei minun' });
    expect(theirs.status).toBe(404);
    expect((await member.get('/api/me/earnings')).status).toBe(403);

    expect(
      (await s.agent.post(`/api/me/earnings/${entryId}/correction`, { reason: 'Väärä summa' })).status,
    ).toBe(204);
    const twice = await s.agent.post(`/api/me/earnings/${entryId}/correction`, { reason: 'Uudestaan' });
    expect([twice.status, twice.body.code]).toEqual([409, 'already_corrected']);
    const after = (await s.agent.get('/api/me/earnings')).body;
    expect(standing(after, 'unemployment_month').earnedCents).toBe(0);
    expect(
      after.entries.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents]).sort(),
    ).toEqual([
      ['correction', -10000],
      ['outside', 10000],
    ]);
  });

  it('lets the seeker choose limits, asking the 4-week anchor day and a personal limit where needed', async () => {
    const s = await newSeeker();
    const bad = await s.agent.put('/api/me/limits', {
      limits: [
        { ruleKey: 'unemployment_4w' },
        { ruleKey: 'no_such_rule' },
        { ruleKey: 'disability_pension' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'limits.0.anchor',
      'limits.1.ruleKey',
      'limits.2.personalAmountCents',
    ]);
    const ok = await s.agent.put('/api/me/limits', {
      limits: [{ ruleKey: 'unemployment_4w', anchor: '2026-11-02' }, { ruleKey: 'programme_cap' }],
    });
    expect(ok.status).toBe(200);
    const view = (await s.agent.get('/api/me/earnings')).body;
    expect(view.chosen).toBe(true);
    expect(view.limits.map((l: { ruleKey: string }) => l.ruleKey).sort()).toEqual([
      'programme_cap',
      'unemployment_4w',
    ]);
    expect(standing(view, 'unemployment_4w')).toMatchObject({
      periodStart: '2026-11-02',
      periodEnd: '2026-11-29',
    });
    const { rows } = await world.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE subject_type = 'seeker_limits' AND subject_id = $1`,
      [s.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('tells the coordinators once when a seeker passes 80 % and 100 % of a limit in a period', async () => {
    const s = await newSeeker();
    const earnings = app.get(EarningsService);
    await earnings.fromCompletion(completion(s.id, 20000, '2026-11-03'));
    expect(await alerts(s.id)).toEqual([]);
    await earnings.fromCompletion(completion(s.id, 5000, '2026-11-04'));
    expect(await alerts(s.id)).toEqual([['programme_cap', 80]]);
    await earnings.fromCompletion(completion(s.id, 1000, '2026-11-05'));
    expect(await alerts(s.id)).toEqual([['programme_cap', 80]]);
    await earnings.fromCompletion(completion(s.id, 6000, '2026-11-06'));
    expect(await alerts(s.id)).toEqual([
      ['programme_cap', 80],
      ['programme_cap', 100],
    ]);
    // A new month starts from nothing.
    await earnings.fromCompletion(completion(s.id, 25000, '2026-12-02'));
    expect((await alerts(s.id)).length).toBe(3);
  });

  it('lands two completions confirmed at the same moment, and fires the 100 % alert once', async () => {
    for (let round = 0; round < 10; round++) {
      const s = await newSeeker();
      const earnings = app.get(EarningsService);
      await earnings.fromCompletion(completion(s.id, 26000, '2026-11-03'));
      const landed = await Promise.all([
        earnings.fromCompletion(completion(s.id, 3000, '2026-11-04')),
        earnings.fromCompletion(completion(s.id, 3000, '2026-11-05')),
      ]);
      expect(landed).toEqual([true, true]);
      expect(standing((await s.agent.get('/api/me/earnings')).body, 'programme_cap').earnedCents).toBe(32000);
      expect(await alerts(s.id)).toEqual([
        ['programme_cap', 80],
        ['programme_cap', 100],
      ]);
      const { rows } = await world.db.query(
        `SELECT threshold FROM limit_alerts WHERE seeker_id = $1 ORDER BY threshold`,
        [s.id],
      );
      expect(rows).toEqual([{ threshold: 80 }, { threshold: 100 }]);
    }
  });

  it('says what a gig would do before the seeker takes it', async () => {
    const s = await newSeeker();
    await app.get(EarningsService).fromCompletion(completion(s.id, 28000, '2026-11-03'));
    // The clock stands at 16 November 2026: a gig on the 20th pays in the same month.
    const created = await member.post(
      `/api/organisations/${org}/gigs`,
      gigBody({ startsAt: '2026-11-20T08:00:00.000Z', endsAt: '2026-11-20T10:00:00.000Z', payCents: 4500 }),
    );
    expect(created.status).toBe(201);
    const impact = await s.agent.get(`/api/gigs/${created.body.id}/impact`);
    expect(impact.status).toBe(200);
    expect(impact.body.payCents).toBe(4500);
    const month = impact.body.limits.find((l: { ruleKey: string }) => l.ruleKey === 'unemployment_month');
    // With no protected portion, there is no "over": every euro halves off the benefit.
    expect(month).toMatchObject({ limitCents: 0, reductionCents: 2250, keepCents: 2250, takesOver: false });
    const cap = impact.body.limits.find((l: { ruleKey: string }) => l.ruleKey === 'programme_cap');
    expect(cap).toMatchObject({
      limitCents: 30000,
      beforeCents: 28000,
      leftCents: 2000,
      overCents: 2500,
      takesOver: true,
    });
    expect((await member.get(`/api/gigs/${created.body.id}/impact`)).status).toBe(403);
    // Once the seeker holds the place, its pay is booked, not counted twice: the gig's own effect is the same.
    expect((await s.agent.post(`/api/gigs/${created.body.id}/booking`)).status).toBe(200);
    const held = await s.agent.get(`/api/gigs/${created.body.id}/impact`);
    expect(held.body.held).toBe(true);
    expect(held.body.limits.find((l: { ruleKey: string }) => l.ruleKey === 'programme_cap')).toMatchObject({
      beforeCents: 28000,
      overCents: 2500,
    });
  });

  it('takes a change in the law as a new rule version from a day on, audited, for coordinators only', async () => {
    const s = await newSeeker();
    const version = {
      amountCents: 30000,
      effect: 'reduction',
      reductionRateBp: 5000,
      validFrom: '2027-01-01',
      note: 'Suojaosa palautettu (esimerkki)',
    };
    expect(
      (await s.agent.post('/api/coordinator/limit-rules/unemployment_month/versions', version)).status,
    ).toBe(403);
    const bad = await coordinator.post('/api/coordinator/limit-rules/unemployment_month/versions', {
      ...version,
      validFrom: '1.1.2027',
    });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'validFrom']);
    const res = await coordinator.post('/api/coordinator/limit-rules/unemployment_month/versions', version);
    expect(res.status).toBe(201);
    expect(
      res.body.versions
        .slice(-2)
        .map((v: { validFrom: string; validTo: string | null }) => [v.validFrom, v.validTo]),
    ).toEqual([
      ['2024-04-01', '2027-01-01'],
      ['2027-01-01', null],
    ]);
    // In January 2027 the restored portion applies; November 2026 keeps the abolished one.
    await app.get(EarningsService).fromCompletion(completion(s.id, 4500, '2027-01-10'));
    clock.set(new Date('2027-01-15T10:00:00Z'));
    const jan = (await s.agent.get('/api/me/earnings')).body;
    expect(standing(jan, 'unemployment_month')).toMatchObject({ limitCents: 30000, reductionCents: 0 });
    const { rows } = await world.db.query(
      `SELECT action FROM audit_events WHERE subject_type = 'limit_rule' AND subject_id = 'unemployment_month'`,
    );
    expect(rows).toEqual([{ action: 'add_version' }]);
  });

  it('lets a coordinator take a seeker as theirs, record for them, and be the one told of their limits', async () => {
    const s = await newSeeker();
    const mineId = await insertUser(world, `oma.koordinaattori${n}@example.fi`, 'coordinator');
    const path = `/api/coordinator/seekers/${s.id}`;
    expect((await s.agent.post(`${path}/coordinator`, { coordinatorId: mineId })).status).toBe(403);
    expect((await member.post(`${path}/coordinator`, { coordinatorId: mineId })).status).toBe(403);
    const notCoordinator = await coordinator.post(`${path}/coordinator`, { coordinatorId: s.id });
    expect([notCoordinator.status, notCoordinator.body.errors?.[0]?.field]).toEqual([400, 'coordinatorId']);
    const notSeeker = await coordinator.post(`/api/coordinator/seekers/${mineId}/coordinator`, {
      coordinatorId: mineId,
    });
    expect(notSeeker.status).toBe(404);
    expect((await coordinator.post(`${path}/coordinator`, { coordinatorId: mineId })).status).toBe(204);

    const recorded = await coordinator.post(`${path}/earnings`, {
      payerName: 'Kauppa Oy',
      amountCents: 25000,
      workDate: '2026-11-09',
      paymentDate: '2026-11-09',
    });
    expect(recorded.status).toBe(204);
    await app.get(EarningsService).fromCompletion(completion(s.id, 25000, '2026-11-10'));
    const { rows } = await world.db.query(
      `SELECT payload FROM outbox_events WHERE type = 'limit.crossed' AND payload->>'seekerId' = $1`,
      [s.id],
    );
    expect(rows.map((r) => [r.payload.threshold, r.payload.coordinatorId])).toEqual([[80, mineId]]);
    const seen = await coordinator.get(`${path}/earnings`);
    expect(standing(seen.body, 'unemployment_month').earnedCents).toBe(50000);
    expect(standing(seen.body, 'programme_cap').earnedCents).toBe(25000);
    expect(seen.body.entries.map((e: { kind: string }) => e.kind).sort()).toEqual(['gig', 'outside']);
    const limits = await coordinator.put(`${path}/limits`, {
      limits: [{ ruleKey: 'programme_cap', mode: 'never' }],
    });
    expect(limits.status).toBe(200);
    expect((await coordinator.get(`${path}/limits`)).body).toEqual({
      chosen: true,
      limits: [{ ruleKey: 'programme_cap', anchor: null, personalAmountCents: null, mode: 'never' }],
    });
    expect((await s.agent.get(`${path}/limits`)).status).toBe(403);
    expect(
      (await s.agent.get('/api/me/limits')).body.limits.map((l: { ruleKey: string }) => l.ruleKey),
    ).toEqual(['programme_cap']);
    const audit = await world.db.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY at`, [
      s.id,
    ]);
    expect(audit.rows.map((r) => r.action)).toEqual(['assign_coordinator', 'set_limits']);
  });

  it('gives where a seeker stands on any day: period, total, headroom, reduction and the next period, by hand', async () => {
    const s = await newSeeker();
    const earnings = app.get(EarningsService);
    const chosen = await s.agent.put('/api/me/limits', {
      limits: [
        { ruleKey: 'unemployment_month' },
        { ruleKey: 'unemployment_4w', anchor: '2026-11-02' },
        { ruleKey: 'programme_cap', mode: 'show' },
      ],
    });
    expect(chosen.status).toBe(200);
    await earnings.fromCompletion(completion(s.id, 10000, '2026-10-20'));
    await earnings.fromCompletion(completion(s.id, 20000, '2026-11-03'));
    await earnings.recordOutside(
      s.id,
      { payerName: 'Kauppa Oy', amountCents: 5000, workDate: '2026-11-20', paymentDate: '2026-11-20' },
      s.id,
    );
    await earnings.fromCompletion(completion(s.id, 6000, '2026-12-01'));
    // May 2023, under the 300 € portion: 350 € earned.
    await earnings.recordOutside(
      s.id,
      { payerName: 'Vanha työ Oy', amountCents: 35000, workDate: '2023-05-05', paymentDate: '2023-05-05' },
      s.id,
    );

    const nov = (await s.agent.get('/api/me/earnings?on=2026-11-10')).body;
    expect(nov.on).toBe('2026-11-10');
    // The cap counts the project's gigs only: 200 € of 300 €, 100 € left, 66 %.
    expect(standing(nov, 'programme_cap')).toMatchObject({
      mode: 'show',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      limitCents: 30000,
      earnedCents: 20000,
      headroomCents: 10000,
      percentUsed: 66,
      reductionCents: 0,
      previousPeriodStart: '2026-10-01',
      nextPeriodStart: '2026-12-01',
      nextPeriodEnd: '2026-12-31',
      nextLimitCents: 30000,
    });
    // Every euro counts since April 2024: 250 € in November cut the benefit by 125 €.
    expect(standing(nov, 'unemployment_month')).toMatchObject({
      mode: 'warn',
      limitCents: 0,
      earnedCents: 25000,
      reductionCents: 12500,
    });
    // 4 weeks from 2 November: 2.–29.11., then 30.11.–27.12.
    expect(standing(nov, 'unemployment_4w')).toMatchObject({
      periodStart: '2026-11-02',
      periodEnd: '2026-11-29',
      earnedCents: 25000,
      reductionCents: 12500,
      previousPeriodStart: '2026-10-05',
      nextPeriodStart: '2026-11-30',
      nextPeriodEnd: '2026-12-27',
    });
    const oct = (await s.agent.get('/api/me/earnings?on=2026-10-15')).body;
    expect(standing(oct, 'programme_cap')).toMatchObject({ earnedCents: 10000, headroomCents: 20000 });
    expect(standing(oct, 'unemployment_4w')).toMatchObject({
      periodStart: '2026-10-05',
      earnedCents: 10000,
      reductionCents: 5000,
    });
    // May 2023: 350 € against the 300 € portion, 50 € over, the benefit falls by 25 €.
    const may = (await s.agent.get('/api/me/earnings?on=2023-05-20')).body;
    expect(standing(may, 'unemployment_month')).toMatchObject({
      limitCents: 30000,
      earnedCents: 35000,
      headroomCents: -5000,
      reductionCents: 2500,
      percentUsed: 116,
    });
    // The coordinator sees the same; an impossible day is a 400 with its field.
    const seen = await coordinator.get(`/api/coordinator/seekers/${s.id}/earnings?on=2026-11-10`);
    expect(seen.body.limits).toEqual(nov.limits);
    const bad = await s.agent.get('/api/me/earnings?on=2026-02-30');
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'on']);
    // The running totals agree with the ledger, per limit and period, and the SQL recount (the demo's and the
    // benchmark's) gives the same rows as the service's entry-by-entry arithmetic.
    const totals = async () =>
      (
        await world.db.query(
          `SELECT rule_key, to_char(period_start, 'YYYY-MM-DD') AS start, total_cents::int AS total
           FROM ledger_totals WHERE seeker_id = $1 ORDER BY rule_key, period_start`,
          [s.id],
        )
      ).rows.map((r) => [r.rule_key, r.start, r.total]);
    const kept = await totals();
    await world.db.query(`DELETE FROM ledger_totals WHERE seeker_id = $1`, [s.id]);
    await world.db.query(recountTotalsSql(), [s.id, DEFAULT_LIMITS]);
    expect(await totals()).toEqual(kept);
    expect(kept.filter(([, start]) => start >= '2026-10-01' && start <= '2026-12-31')).toEqual([
      ['programme_cap', '2026-10-01', 10000],
      ['programme_cap', '2026-11-01', 20000],
      ['programme_cap', '2026-12-01', 6000],
      ['unemployment_4w', '2026-10-05', 10000],
      ['unemployment_4w', '2026-11-02', 25000],
      ['unemployment_4w', '2026-11-30', 6000],
      ['unemployment_month', '2026-10-01', 10000],
      ['unemployment_month', '2026-11-01', 25000],
      ['unemployment_month', '2026-12-01', 6000],
    ]);
  });

  it('gives a statement of a period as JSON and as CSV, only the seeker their own', async () => {
    const s = await newSeeker();
    const earnings = app.get(EarningsService);
    await earnings.fromCompletion(completion(s.id, 4550, '2026-11-03'));
    await earnings.recordOutside(
      s.id,
      { payerName: '=Kauppa; "Oy"', amountCents: 12000, workDate: '2026-10-30', paymentDate: '2026-11-02' },
      s.id,
    );
    await earnings.recordOutside(
      s.id,
      { payerName: 'Joulukuu Oy', amountCents: 1000, workDate: '2026-12-01', paymentDate: '2026-12-01' },
      s.id,
    );
    const json = await s.agent.get('/api/me/earnings/statement?from=2026-11-01&to=2026-11-30');
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ from: '2026-11-01', to: '2026-11-30', totalCents: 16550 });
    expect(json.body.lines.map((l: { paymentDate: string }) => l.paymentDate)).toEqual([
      '2026-11-02',
      '2026-11-03',
    ]);
    const csv = await s.agent.get('/api/me/earnings/statement.csv?from=2026-11-01&to=2026-11-30');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')).toEqual([
      '\uFEFFMaksaja;Työpäivä;Maksupäivä;Brutto (€);Selite',
      `"'=Kauppa; ""Oy""";2026-10-30;2026-11-02;120,00;`,
      'Oma ry;2026-11-03;2026-11-03;45,50;',
      'Yhteensä;;;165,50;',
      '',
    ]);
    const backwards = await s.agent.get('/api/me/earnings/statement?from=2026-11-30&to=2026-11-01');
    expect([backwards.status, backwards.body.errors?.[0]?.field]).toEqual([400, 'to']);
    expect((await coordinator.get('/api/me/earnings/statement?from=2026-11-01&to=2026-11-30')).status).toBe(
      403,
    );
  });

  it('asks to confirm a gig over a limit set to warn, not one set to show, and never offers one over never', async () => {
    const [warned, shown, never] = [await newSeeker(), await newSeeker(), await newSeeker()];
    const earnings = app.get(EarningsService);
    for (const [s, mode] of [
      [warned, 'warn'],
      [shown, 'show'],
      [never, 'never'],
    ] as const) {
      expect(
        (await s.agent.put('/api/me/limits', { limits: [{ ruleKey: 'programme_cap', mode }] })).status,
      ).toBe(200);
      await earnings.fromCompletion(completion(s.id, 27000, '2026-11-03'));
    }
    const gig = async (payCents: number, day = '2026-11-20') => {
      const res = await member.post(
        `/api/organisations/${org}/gigs`,
        gigBody({ startsAt: `${day}T08:00:00.000Z`, endsAt: `${day}T09:00:00.000Z`, payCents }),
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const big = await gig(4500);
    const small = await gig(1500);
    const impact = async (s: { agent: Agent }, id: string) =>
      (await s.agent.get(`/api/gigs/${id}/impact`)).body;
    expect((await impact(warned, big)).confirm).toBe(true);
    expect((await impact(warned, big)).limits[0]).toMatchObject({
      mode: 'warn',
      takesOver: true,
      confirm: true,
    });
    expect((await impact(shown, big)).confirm).toBe(false);
    expect((await impact(never, big)).confirm).toBe(true);
    expect((await impact(warned, small)).confirm).toBe(false);

    const candidates = async (id: string) =>
      (await app.get(CandidateQueries).candidates(app.get(DataSource).manager, id, 10_000)).map(
        (c) => c.seekerId,
      );
    const forBig = await candidates(big);
    expect([forBig.includes(warned.id), forBig.includes(shown.id), forBig.includes(never.id)]).toEqual([
      true,
      true,
      false,
    ]);
    // 270 € + 15 € stays under 300 €: offered.
    expect((await candidates(small)).includes(never.id)).toBe(true);
    // A place already held counts: with the small gig booked, another 15 € still fits, 20 € does not.
    expect((await never.agent.post(`/api/gigs/${small}/booking`)).status).toBe(200);
    expect((await candidates(await gig(1500, '2026-11-21'))).includes(never.id)).toBe(true);
    expect((await candidates(await gig(2000, '2026-11-21'))).includes(never.id)).toBe(false);
    // December is a new period.
    expect((await candidates(await gig(4500, '2026-12-02'))).includes(never.id)).toBe(true);
  });

  it('lists seekers by headroom for coordinators, closest to or over a limit first, by area and coordinator', async () => {
    const earnings = app.get(EarningsService);
    const [over, near, far] = [await newSeeker(), await newSeeker(), await newSeeker()];
    await earnings.fromCompletion(completion(over.id, 31000, '2026-11-03'));
    await earnings.fromCompletion(completion(near.id, 29000, '2026-11-03'));
    await earnings.fromCompletion(completion(far.id, 1000, '2026-11-03'));
    const own = await insertUser(world, `alue.koordinaattori${n}@example.fi`, 'coordinator', 'Kaija');
    for (const s of [near, far])
      expect(
        (await coordinator.post(`/api/coordinator/seekers/${s.id}/coordinator`, { coordinatorId: own }))
          .status,
      ).toBe(204);
    await world.db.query(
      `INSERT INTO match_preferences (user_id, postal_codes) VALUES ($1, '{28100}'), ($2, '{00100}')`,
      [near.id, far.id],
    );

    const all = await coordinator.get('/api/coordinator/earnings?limit=200');
    expect(all.status).toBe(200);
    const rows: { seekerId: string; ruleKey: string; percentUsed: number; headroomCents: number }[] =
      all.body.seekers;
    const at = (id: string) => rows.findIndex((r) => r.seekerId === id);
    expect(at(over.id)).toBeLessThan(at(near.id));
    expect(at(near.id)).toBeLessThan(at(far.id));
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1].percentUsed).toBeGreaterThanOrEqual(rows[i].percentUsed);
    expect(rows[at(over.id)]).toMatchObject({
      ruleKey: 'programme_cap',
      periodStart: '2026-11-01',
      limitCents: 30000,
      earnedCents: 31000,
      headroomCents: -1000,
      percentUsed: 103,
    });
    // Every figure is the one the seeker's own page shows.
    for (const r of rows.slice(0, 10)) {
      const seen = (await coordinator.get(`/api/coordinator/seekers/${r.seekerId}/earnings`)).body;
      expect(standing(seen, r.ruleKey).headroomCents).toBe(r.headroomCents);
    }

    const mine = (await coordinator.get(`/api/coordinator/earnings?coordinator=${own}`)).body.seekers;
    expect(mine.map((r: { seekerId: string }) => r.seekerId)).toEqual([near.id, far.id]);
    expect(mine[0].coordinatorName).toBe('Kaija');
    const area = (await coordinator.get('/api/coordinator/earnings?area=281')).body.seekers;
    expect(area.map((r: { seekerId: string }) => r.seekerId)).toEqual([near.id]);
    const none = (await coordinator.get('/api/coordinator/earnings?coordinator=none&limit=200')).body.seekers;
    expect(none.some((r: { seekerId: string }) => r.seekerId === near.id)).toBe(false);
    const page = (await coordinator.get('/api/coordinator/earnings?limit=1&offset=1')).body;
    expect([page.seekers[0].seekerId, page.more]).toEqual([rows[1].seekerId, true]);
    const bad = await coordinator.get('/api/coordinator/earnings?area=28a');
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'area']);
    expect((await over.agent.get('/api/coordinator/earnings')).status).toBe(403);

    // The coordinator corrects an entry: the seeker is back under the limit.
    const entry = (await coordinator.get(`/api/coordinator/seekers/${over.id}/earnings`)).body.entries[0];
    const corrected = await coordinator.post(
      `/api/coordinator/seekers/${over.id}/earnings/${entry.id}/correction`,
      { reason: 'Maksettiin väärälle henkilölle' },
    );
    expect(corrected.status).toBe(204);
    const after = (await coordinator.get('/api/coordinator/earnings?limit=200')).body.seekers;
    expect(after.find((r: { seekerId: string }) => r.seekerId === over.id)).toMatchObject({
      earnedCents: 0,
      headroomCents: 30000,
    });
    const wrongSeeker = await coordinator.post(
      `/api/coordinator/seekers/${near.id}/earnings/${entry.id}/correction`,
      { reason: 'Ei tämän hakijan' },
    );
    expect(wrongSeeker.status).toBe(404);
  });
});
