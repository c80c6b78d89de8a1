// Earnings against the real PostgreSQL: the ledger fed by confirmed completions (once per booking) and kept
// append-only by the database, outside earnings and corrections, the limits a seeker chooses, where they stand
// and what a gig would do, alerts near and over a limit, and a new rule version as data.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { EarningsService } from '../../src/earnings/earnings.service';
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
    const limits = await coordinator.put(`${path}/limits`, { limits: [{ ruleKey: 'programme_cap' }] });
    expect(limits.status).toBe(200);
    expect(
      (await s.agent.get('/api/me/limits')).body.limits.map((l: { ruleKey: string }) => l.ruleKey),
    ).toEqual(['programme_cap']);
    const audit = await world.db.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY at`, [
      s.id,
    ]);
    expect(audit.rows.map((r) => r.action)).toEqual(['assign_coordinator', 'set_limits']);
  });
});
