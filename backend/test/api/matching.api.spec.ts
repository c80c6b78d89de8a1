// Matching against the real PostgreSQL: each hard filter of the seeker's work profile, the order of the score
// (supported gigs to those who asked, fairness, reliability), the reasons kept with each match, and the
// profile's own validation; then the seeker's two lists: "For you" (the gigs matching told them of, best first,
// with the reasons, page by page) and the search of all open gigs (filters, keyset pages, bad input).
import type { NestExpressApplication } from '@nestjs/platform-express';
import { MatchingService } from '../../src/matching/matching.service';
import type { AppConfig } from '../../src/platform/config/config';
import { Agent, gigBody, insertOrganisation, insertUser, sessionCookie, signedIn } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

const EMPTY = {
  categories: [],
  postalCodes: [],
  travel: 'nearby',
  skills: [],
  languages: [],
  availability: [],
  daysOff: [],
  maxLoad: 'heavy',
  accessibilityNeeds: '',
  wantsSupported: false,
  birthYear: null,
  homeLatitude: null,
  homeLongitude: null,
  maxKm: null,
};

/** Helsinki weekday-part code and day of an ISO instant, as the matching query computes them. */
function slotOf(iso: string): { slot: string; day: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const hour = Number(parts.hour);
  const part = hour < 12 ? 'am' : hour < 17 ? 'pm' : 'eve';
  return {
    slot: `${parts.weekday.toLowerCase().slice(0, 3)}-${part}`,
    day: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

type Page = { items: { id: string; title: string; reasons?: string[] }[]; next: string | null };

describe('matching', () => {
  let world: TestWorld;
  let config: AppConfig;
  let app: NestExpressApplication;
  let org: string;
  let member: Agent;
  let n = 0;

  const seeker = async (profile: Record<string, unknown> | null, name = `Hakija ${++n}`) => {
    const id = await insertUser(world, `hakija${n}.${Date.now()}@example.fi`, 'seeker', name);
    const agent = new Agent(app);
    agent.cookie = await sessionCookie(world, config, id);
    if (profile) {
      const res = await agent.put('/api/me/work-profile', { ...EMPTY, ...profile });
      expect(res.status).toBe(200);
    }
    return { id, agent };
  };
  let hours = 100;
  const gig = async (over: Record<string, unknown> = {}) => {
    const res = await member.post(
      `/api/organisations/${org}/gigs`,
      gigBody({ startsInHours: (hours += 5), postalCode: '28100', ...over }),
    );
    expect(res.status).toBe(201);
    return res.body as { id: string; title: string; startsAt: string };
  };
  /** Runs a fresh wave (ids above any the worker could have run) and returns the seekers it picked. */
  let wave = 100;
  const match = async (gigId: string) => {
    const facts = (
      await world.db.query(
        `SELECT payload FROM outbox_events WHERE type = 'gig.published' AND payload->'gig'->>'id' = $1`,
        [gigId],
      )
    ).rows[0].payload.gig;
    return app.get(MatchingService).runWave(facts, ++wave);
  };

  /** Every page of a list, following `next`. */
  const all = async (agent: Agent, path: string): Promise<Page['items']> => {
    const out: Page['items'] = [];
    let next: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await agent.get(next ? `${path}${sep}after=${next}` : path);
      expect(res.status).toBe(200);
      const page = res.body as Page;
      out.push(...page.items);
      next = page.next;
    } while (next);
    return out;
  };

  beforeAll(async () => {
    world = await createWorld();
    config = testConfig(world, { APP_ROLE: 'api', MATCH_WAVE_SIZE: '50' });
    app = await createApp(config);
    const m = await insertUser(world, 'jasen@example.fi', 'organisation');
    org = await insertOrganisation(world, 'Oma ry', m);
    await world.db.query(`UPDATE organisations SET verified_at = now()`);
    member = await signedIn(app, 'jasen@example.fi');
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });
  // Each test's seekers are new; earlier tests' seekers stay, so each test checks its own people.
  const only = (picked: string[], ids: string[]) => picked.filter((id) => ids.includes(id));

  it('filters by area: the postal code itself, the same 3-digit area when nearby, or anywhere', async () => {
    const own = await seeker({ postalCodes: ['28100'], travel: 'own_area' });
    const ownElsewhere = await seeker({ postalCodes: ['28400'], travel: 'own_area' });
    const nearby = await seeker({ postalCodes: ['28130'], travel: 'nearby' });
    const far = await seeker({ postalCodes: ['00100'], travel: 'nearby' });
    const anywhere = await seeker({ postalCodes: ['00100'], travel: 'anywhere' });
    const open = await seeker(null);
    const g = await gig({ postalCode: '28100' });
    const ids = [own, ownElsewhere, nearby, far, anywhere, open].map((s) => s.id);
    expect(only(await match(g.id), ids).sort()).toEqual([own.id, nearby.id, anywhere.id, open.id].sort());
    const { rows } = await world.db.query(
      `SELECT reasons FROM matches WHERE gig_id = $1 AND seeker_id = $2`,
      [g.id, own.id],
    );
    expect(rows[0].reasons).toContain('area');
  });

  it('filters by distance from a home point when both sides gave one, and says how far in the reasons', async () => {
    // Pori's market square (61.4847, 21.7972); Ulvila ~12 km east; Rauma ~45 km south.
    const home = { homeLatitude: 61.48, homeLongitude: 21.8 };
    const near = await seeker({ ...home, maxKm: 20 });
    const tooFar = await seeker({ ...home, maxKm: 5 });
    const noLimit = await seeker({ ...home });
    const noPoint = await seeker({ maxKm: 5 });
    const ids = [near, tooFar, noLimit, noPoint].map((s) => s.id);
    const ulvila = await gig({ postalCode: '28400', latitude: 61.4297, longitude: 22.0056 });
    expect(only(await match(ulvila.id), ids).sort()).toEqual([near.id, noLimit.id, noPoint.id].sort());
    const { rows } = await world.db.query(
      `SELECT seeker_id, reasons FROM matches WHERE gig_id = $1 AND seeker_id = ANY($2::uuid[])`,
      [ulvila.id, ids],
    );
    const reasons: Record<string, string[]> = Object.fromEntries(
      (rows as { seeker_id: string; reasons: string[] }[]).map((r) => [r.seeker_id, r.reasons]),
    );
    // Haversine from (61.48, 21.80) to (61.4297, 22.0056): 12 km, rounded.
    expect(reasons[near.id]).toContain('km:12');
    expect(reasons[noPoint.id].some((r) => r.startsWith('km:'))).toBe(false);
    // A gig without coordinates filters nobody by distance.
    const unplaced = await gig({ postalCode: '28400' });
    expect(only(await match(unplaced.id), ids).sort()).toEqual(ids.slice().sort());
    // The home point is kept to 0.01°, both or neither, in Finland.
    const s = await seeker({ homeLatitude: 61.48456, homeLongitude: 21.79721, maxKm: 10 });
    expect((await s.agent.get('/api/me/work-profile')).body).toMatchObject({
      homeLatitude: 61.48,
      homeLongitude: 21.8,
      maxKm: 10,
    });
    const half = await s.agent.put('/api/me/work-profile', { ...EMPTY, homeLatitude: 61.48 });
    expect([half.status, half.body.errors?.[0]?.field]).toEqual([400, 'homeLongitude']);
    const abroad = await s.agent.put('/api/me/work-profile', {
      ...EMPTY,
      homeLatitude: 48.85,
      homeLongitude: 2.35,
      maxKm: 0,
    });
    expect(abroad.status).toBe(400);
    expect(abroad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'homeLatitude',
      'homeLongitude',
      'maxKm',
    ]);
  });

  it('filters by weekly free times, days off, and places the seeker already holds at that time', async () => {
    const g0 = await gig();
    const { slot, day } = slotOf(g0.startsAt);
    const free = await seeker({ availability: [slot] });
    const otherTime = await seeker({ availability: [slot === 'mon-am' ? 'tue-am' : 'mon-am'] });
    const dayOff = await seeker({ daysOff: [day] });
    const busy = await seeker(null);
    // busy holds a place on another gig at the same time.
    const clash = await gig({
      startsAt: g0.startsAt,
      endsAt: new Date(Date.parse(g0.startsAt) + 3_600_000).toISOString(),
    });
    expect((await busy.agent.post(`/api/gigs/${clash.id}/booking`)).status).toBe(200);
    const ids = [free, otherTime, dayOff, busy].map((s) => s.id);
    expect(only(await match(g0.id), ids)).toEqual([free.id]);
  });

  it('filters by physical load and by language', async () => {
    const light = await seeker({ maxLoad: 'light' });
    const heavy = await seeker({ maxLoad: 'heavy' });
    const svOnly = await seeker({ languages: ['sv'] });
    const fiEn = await seeker({ languages: ['fi', 'en'] });
    const g = await gig({ physicalLoad: 'moderate', languages: ['fi'] });
    const ids = [light, heavy, svOnly, fiEn].map((s) => s.id);
    expect(only(await match(g.id), ids).sort()).toEqual([heavy.id, fiEn.id].sort());
  });

  it('offers a supported gig first to those who asked, then by fairness and reliability', async () => {
    const bigEarner = await seeker({ categories: ['yard'] }, 'Ahkera');
    const smallGigs = await seeker({ categories: ['yard'] }, 'Pieni');
    const unreliable = await seeker({ categories: ['yard'] }, 'Poissa');
    const fresh = await seeker({ categories: ['yard'] }, 'Uusi');
    const supportedAsked = await seeker({ categories: ['yard'], wantsSupported: true }, 'Tuettu');
    // Fairness is money earned in the 30 days before the gig, not gigs counted: one gig of 90 € ranks after two
    // of 10 €, and 500 € earned 40 days ago counts for nothing.
    const earned = (who: string, cents: number, daysAgo: number) =>
      world.db.query(
        `INSERT INTO ledger_entries (seeker_id, kind, payer_name, amount_cents, work_date, payment_date, reason,
           recorded_by)
         VALUES ($1, 'outside', 'Naapuri', $2, current_date - $3::int, current_date - $3::int, 'Pihatyö', $1)`,
        [who, cents, daysAgo],
      );
    await earned(bigEarner.id, 9000, 5);
    await earned(smallGigs.id, 1000, 3);
    await earned(smallGigs.id, 1000, 10);
    await earned(fresh.id, 50000, 40);
    // unreliable did not come once.
    const past = await world.db.query(
      `INSERT INTO gigs (organisation_id, title, description, category, district, starts_at, ends_at,
         estimated_minutes, pay_cents, places, status)
       VALUES ($1, 'Vanha', 'x', 'yard', 'Pori', now() - interval '5 days', now() - interval '5 days' + interval '1 hour',
         60, 3000, 1, 'closed') RETURNING id`,
      [org],
    );
    await world.db.query(`INSERT INTO bookings (gig_id, seeker_id, status) VALUES ($1, $2, 'no_show')`, [
      past.rows[0].id,
      unreliable.id,
    ]);
    const g = await gig({
      supported: true,
      supportPerson: 'Pirjo',
      supportNotes: 'Työ vaiheittain, tauot sallittu.',
      category: 'yard',
    });
    const ids = [bigEarner, smallGigs, unreliable, fresh, supportedAsked].map((s) => s.id);
    expect(only(await match(g.id), ids)).toEqual([
      supportedAsked.id,
      fresh.id,
      unreliable.id,
      smallGigs.id,
      bigEarner.id,
    ]);
    const { rows } = await world.db.query(
      `SELECT reasons FROM matches WHERE gig_id = $1 AND seeker_id = $2`,
      [g.id, supportedAsked.id],
    );
    expect(rows[0].reasons.sort()).toEqual(['category', 'supported']);
  });

  it('keeps a profile a seeker fills in, and names each wrong field', async () => {
    const s = await seeker(null);
    expect((await s.agent.get('/api/me/work-profile')).body).toEqual(EMPTY);
    const profile = {
      ...EMPTY,
      categories: ['yard', 'snow', 'yard'],
      postalCodes: ['28100'],
      skills: ['Haravointi'],
      languages: ['fi', 'en'],
      availability: ['sat-am', 'sun-pm'],
      daysOff: ['2026-12-24'],
      maxLoad: 'moderate',
      accessibilityNeeds: 'Ei portaita.',
      wantsSupported: true,
      birthYear: 2001,
    };
    const saved = await s.agent.put('/api/me/work-profile', profile);
    expect(saved.body).toEqual({ ...profile, categories: ['yard', 'snow'], skills: ['haravointi'] });
    const bad = await s.agent.put('/api/me/work-profile', {
      ...profile,
      postalCodes: ['281'],
      availability: ['someday'],
      maxLoad: 'huge',
      birthYear: 1800,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'availability',
      'birthYear',
      'maxLoad',
      'postalCodes',
    ]);
    const child = await s.agent.put('/api/me/work-profile', {
      ...profile,
      birthYear: new Date().getFullYear() - 5,
    });
    expect([child.status, child.body.errors?.[0]?.field]).toEqual([400, 'birthYear']);
    // Another role has no work profile.
    expect((await member.get('/api/me/work-profile')).status).toBe(403);
  });

  it('matches a seeker who changes their profile to the open gigs they now fit, once', async () => {
    const g = await gig({ category: 'snow', postalCode: '28100' });
    const s = await seeker({ categories: ['cleaning'] });
    expect(only(await match(g.id), [s.id])).toEqual([]);
    // Saving the profile emits the event the matching queue acts on.
    expect((await s.agent.put('/api/me/work-profile', { ...EMPTY, categories: ['snow'] })).status).toBe(200);
    const { rows } = await world.db.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'work_profile.changed' AND payload->>'seekerId' = $1`,
      [s.id],
    );
    expect(rows[0].n).toBe(2);
    const matching = app.get(MatchingService);
    expect(await matching.onProfileChanged(s.id)).toContain(g.id);
    const kept = await world.db.query(
      `SELECT wave, reasons FROM matches WHERE gig_id = $1 AND seeker_id = $2`,
      [g.id, s.id],
    );
    expect(kept.rows[0]).toEqual({ wave: 0, reasons: expect.arrayContaining(['category']) });
    // Run again (a retried job): nobody is told twice.
    expect(await matching.onProfileChanged(s.id)).toEqual([]);
  });

  it('runs a wave at once when a withdrawal frees a place, once per event', async () => {
    const g = await gig({ category: 'errands', postalCode: '28100', places: 1 });
    const first = await seeker({});
    await match(g.id);
    expect((await first.agent.post(`/api/gigs/${g.id}/booking`)).status).toBe(200);
    const later = await seeker({ categories: ['errands'] });
    expect((await first.agent.deleteRequest(`/api/gigs/${g.id}/booking`)).status).toBe(200);
    const { rows } = await world.db.query(
      `SELECT id, payload FROM outbox_events WHERE type = 'booking.withdrawn' AND payload->'gig'->>'id' = $1`,
      [g.id],
    );
    expect(rows[0].payload.placeFreed).toBe(true);
    const matching = app.get(MatchingService);
    expect(await matching.onPlaceFreed(rows[0].payload.gig, rows[0].id)).toContain(later.id);
    expect(await matching.onPlaceFreed(rows[0].payload.gig, rows[0].id)).toEqual([]);
  });

  it('For you lists the matched open gigs best first, with the reasons, and leaves out the taken ones', async () => {
    const me = await seeker({ categories: ['yard'], postalCodes: ['28100'], wantsSupported: true });
    const plain = await gig({
      title: 'Tavallinen',
      category: 'yard',
      postalCode: '28100',
      startsInHours: 30,
    });
    const supported = await gig({
      title: 'Tuettu',
      category: 'yard',
      postalCode: '28100',
      startsInHours: 60,
      supported: true,
      supportPerson: 'Pirjo',
      supportNotes: 'Vaihe kerrallaan.',
    });
    const taken = await gig({ title: 'Otettu', category: 'yard', postalCode: '28100', startsInHours: 90 });
    const notMine = await gig({ title: 'Muualla', category: 'yard', postalCode: '00100', startsInHours: 40 });
    for (const g of [plain, supported, taken, notMine]) await match(g.id);
    expect((await me.agent.post(`/api/gigs/${taken.id}/booking`)).status).toBe(200);

    const items = await all(me.agent, '/api/me/for-you?limit=1');
    expect(items.map((g) => g.title)).toEqual(['Tuettu', 'Tavallinen']);
    expect(items[0].reasons).toEqual(expect.arrayContaining(['supported', 'category', 'area']));
    expect(items[1].reasons).toEqual(expect.arrayContaining(['category', 'area']));
    // The gig's page says why too; someone never told of it sees no reasons.
    expect((await me.agent.get(`/api/gigs/${plain.id}`)).body.matchReasons).toEqual(
      expect.arrayContaining(['category', 'area']),
    );
    const other = await seeker({ postalCodes: ['99999'], travel: 'own_area' });
    expect((await other.agent.get(`/api/gigs/${plain.id}`)).body.matchReasons).toEqual([]);
    expect((await other.agent.get('/api/me/for-you')).body).toEqual({ items: [], next: null });
  });

  it('searches open gigs by kind of work, area, days and pay, a keyset page at a time', async () => {
    const s = await seeker({});
    const base = { startsInHours: 200 };
    await gig({ ...base, title: 'Haku A', category: 'cleaning', postalCode: '28130', payCents: 6000 });
    await gig({ ...base, title: 'Haku B', category: 'cleaning', postalCode: '28400', payCents: 3000 });
    await gig({ ...base, title: 'Haku C', category: 'moving', postalCode: '28130', payCents: 9000 });
    const d = await gig({
      title: 'Haku D',
      category: 'cleaning',
      postalCode: '28131',
      district: 'Pori, Itätulli',
      startsInHours: 400,
    });
    const titles = (items: Page['items']) => items.map((g) => g.title).filter((t) => t.startsWith('Haku'));
    // Same start for A, B and C: the keyset still pages through each once, by id.
    const every = await all(s.agent, '/api/gigs?limit=1');
    expect(titles(every).sort()).toEqual(['Haku A', 'Haku B', 'Haku C', 'Haku D']);
    expect(new Set(every.map((g) => g.id)).size).toBe(every.length);
    expect(titles(await all(s.agent, '/api/gigs?category=cleaning&limit=2'))).toEqual(
      expect.arrayContaining(['Haku A', 'Haku B', 'Haku D']),
    );
    // Soonest first: A starts 200 h from now, D 400 h.
    expect(titles(await all(s.agent, '/api/gigs?category=cleaning&area=2813'))).toEqual(['Haku A', 'Haku D']);
    expect(titles(await all(s.agent, '/api/gigs?area=It%C3%A4tulli'))).toEqual(['Haku D']);
    expect(titles(await all(s.agent, '/api/gigs?area=2813&minPayCents=5000')).sort()).toEqual([
      'Haku A',
      'Haku C',
    ]);
    const day = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date(iso));
    expect(titles(await all(s.agent, `/api/gigs?from=${day(d.startsAt)}&to=${day(d.startsAt)}`))).toEqual([
      'Haku D',
    ]);
  });

  it('answers bad search input with a message per field', async () => {
    const s = await seeker({});
    const res = await s.agent.get('/api/gigs?minPayCents=-5&from=2026-02-30&limit=0&category=Piha!');
    expect(res.status).toBe(400);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['category', 'from', 'limit', 'minPayCents']);
    const order = await s.agent.get('/api/gigs?from=2026-12-10&to=2026-12-01');
    expect(order.status).toBe(400);
    expect(order.body.errors[0].field).toBe('to');
    const forged = await s.agent.get('/api/gigs?after=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].field).toBe('after');
    expect((await s.agent.get('/api/me/for-you?after=WzEsIngiLCJ5Il0')).status).toBe(400);
  });
});
