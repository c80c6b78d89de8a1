// Posting and editing gigs: the terms every gig meets, weekly series, copies, the managed list of kinds of
// work, who sees the street address, and the record of every status change.
import { helsinkiDay, helsinkiOffsetMs, helsinkiTime } from '../../src/platform/core/helsinki';
import { Agent, gigBody, gigFields, insertOrganisation, insertUser, signedIn } from '../support/http';
import { useApp } from '../support/test-env';

const fieldsOf = (res: { body: { errors?: { field: string; code: string }[] } }) =>
  (res.body.errors ?? []).map((e) => `${e.field}:${e.code}`).sort();

describe('posting and editing gigs', () => {
  const t = useApp({ APP_ROLE: 'api', MIN_HOURLY_PAY_CENTS: '1000' });
  let org: string;
  let other: string;
  let member: Agent;
  let seeker: Agent;

  beforeAll(async () => {
    const m = await insertUser(t.world, 'jasen@example.fi', 'organisation', 'Maija Jäsen');
    org = await insertOrganisation(t.world, 'Oma ry', m);
    const o = await insertUser(t.world, 'toinen@example.fi', 'organisation');
    other = await insertOrganisation(t.world, 'Toinen ry', o);
    await t.world.db.query(`UPDATE organisations SET verified_at = now()`);
    await insertUser(t.world, 'hakija@example.fi', 'seeker', 'Aino');
    await insertUser(t.world, 'koordinaattori@example.fi', 'coordinator');
    member = await signedIn(t.app, 'jasen@example.fi');
    seeker = await signedIn(t.app, 'hakija@example.fi');
  });

  const post = (over: Record<string, unknown> = {}, orgId = org) =>
    member.post(`/api/organisations/${orgId}/gigs`, gigBody(over));

  it('refuses pay under the lowest hourly pay, negative pay, no places and a time that makes no sense', async () => {
    expect((await member.get('/api/gig-terms')).body).toEqual({ minHourlyPayCents: 1000 });
    expect(fieldsOf(await post({ payCents: 1999 }))).toEqual(['payCents:under_minimum']); // 2 h for 19.99 €
    expect((await post({ payCents: 2000 })).status).toBe(201);
    expect(fieldsOf(await post({ payKind: 'per_hour', payCents: 950 }))).toEqual(['payCents:under_minimum']);
    expect(fieldsOf(await post({ payCents: -100 }))).toEqual(['payCents:invalid']);
    expect(fieldsOf(await post({ places: 0 }))).toEqual(['places:invalid']);
    expect(fieldsOf(await post({ startsInHours: -3 }))).toEqual(['startsAt:in_past']);
    const start = new Date(Date.now() + 48 * 3_600_000);
    expect(
      fieldsOf(
        await post({
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() - 60_000).toISOString(),
          estimatedMinutes: 60,
        }),
      ),
    ).toEqual(['endsAt:before_start']);
    expect(fieldsOf(await post({ estimatedMinutes: 600, payCents: 10000 }))).toEqual([
      'estimatedMinutes:longer_than_time',
    ]);
    expect(fieldsOf(await post({ supported: true }))).toEqual(['supportPerson:required']);
    expect(fieldsOf(await post({ category: 'party' }))).toEqual(['category:invalid_choice']);
  });

  it('posts a window with a deadline, per-hour pay and requirements, and shows the expected pay', async () => {
    const res = await post({
      timeKind: 'window',
      startsInHours: 24,
      hours: 72,
      estimatedMinutes: 90,
      payKind: 'per_hour',
      payCents: 1300,
      skills: ['Haravointi', 'haravointi', 'Kantaminen'],
      languages: ['fi', 'sv'],
      physicalLoad: 'moderate',
      supported: true,
      supportPerson: 'Pirjo Ohjaaja',
      supportNotes: 'Ensin haravointi, sitten tauko.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      timeKind: 'window',
      payKind: 'per_hour',
      expectedPayCents: 1950,
      skills: ['haravointi', 'kantaminen'],
      languages: ['fi', 'sv'],
      supported: true,
      supportPerson: 'Pirjo Ohjaaja',
      streetAddress: 'Koivukuja 3',
    });
  });

  it('repeats a gig weekly at the same Helsinki time, across the change to summer time', async () => {
    // Monday 22 March 2027 at 10.00 winter time; the clocks go forward on Sunday 28 March.
    const starts = helsinkiTime('2027-03-22', 10, 0);
    const res = await post({
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
      estimatedMinutes: 120,
      repeatWeeks: 2,
    });
    expect(res.status).toBe(201);
    expect(res.body.createdIds).toHaveLength(3);
    const gigs = await Promise.all(
      res.body.createdIds.map((id: string) => member.get(`/api/organisations/${org}/gigs/${id}`)),
    );
    const local = gigs.map((g) => {
      const at = new Date(g.body.startsAt);
      const wall = new Date(at.getTime() + helsinkiOffsetMs(at));
      return `${helsinkiDay(at)} ${wall.getUTCHours()}:${wall.getUTCMinutes()}`;
    });
    expect(local).toEqual(['2027-03-22 10:0', '2027-03-29 10:0', '2027-04-05 10:0']);
    expect(new Set(gigs.map((g) => g.body.seriesId)).size).toBe(1);
    expect(gigs[0].body.seriesId).not.toBeNull();
    expect(fieldsOf(await post({ repeatWeeks: 13 }))).toEqual(['repeatWeeks:invalid']);
  });

  it('copies a past gig of its own, never another organisation’s', async () => {
    const first = await post({ title: 'Alkuperäinen' });
    const copy = await post({ title: 'Kopio', copiedFromId: first.body.id });
    expect(copy.status).toBe(201);
    expect(copy.body.copiedFromId).toBe(first.body.id);
    const theirs = await signedIn(t.app, 'toinen@example.fi');
    const foreign = await theirs.post(
      `/api/organisations/${other}/gigs`,
      gigBody({ copiedFromId: first.body.id }),
    );
    expect(fieldsOf(foreign)).toEqual(['copiedFromId:invalid']);
  });

  it('shows the street address and phone only to a seeker who holds a place', async () => {
    const gig = await post({ title: 'Osoite' });
    const before = await seeker.get(`/api/gigs/${gig.body.id}`);
    expect(before.body).toMatchObject({
      district: 'Pori, Väinölä',
      postalCode: '28100',
      streetAddress: null,
      contactPhone: '',
    });
    expect((await seeker.post(`/api/gigs/${gig.body.id}/booking`)).status).toBe(200);
    const after = await seeker.get(`/api/gigs/${gig.body.id}`);
    expect(after.body).toMatchObject({ streetAddress: 'Koivukuja 3', contactPhone: '040 123 4567' });
  });

  it('refuses a second place at overlapping times with a conflict, never a 500', async () => {
    const a = await post({ title: 'Aamu', startsInHours: 300, hours: 3 });
    const b = await post({ title: 'Päällekkäin', startsInHours: 301, hours: 3 });
    expect((await seeker.post(`/api/gigs/${a.body.id}/booking`)).status).toBe(200);
    const second = await seeker.post(`/api/gigs/${b.body.id}/booking`);
    expect([second.status, second.body.code]).toEqual([409, 'booking_overlap']);
  });

  it('lets a member edit their gig before it starts, and tells the booked seeker', async () => {
    const gig = await post({ title: 'Muokattava', places: 2, startsInHours: 60 });
    expect((await seeker.post(`/api/gigs/${gig.body.id}/booking`)).status).toBe(200);
    const moved = gigFields({ title: 'Muokattu', places: 2, startsInHours: 72 });
    const res = await member.put(`/api/organisations/${org}/gigs/${gig.body.id}`, moved);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Muokattu', startsAt: moved.startsAt.replace(/\.\d+Z$/, 'Z') });
    const changed = await t.world.db.query(
      `SELECT payload FROM outbox_events WHERE type = 'gig.changed' AND payload->'gig'->>'id' = $1`,
      [gig.body.id],
    );
    expect(changed.rows[0].payload).toMatchObject({ changed: ['time'], gig: { title: 'Muokattu' } });
    // Fewer places than are taken: refused, with the field named.
    expect(
      fieldsOf(await member.put(`/api/organisations/${org}/gigs/${gig.body.id}`, gigFields({ places: 0 }))),
    ).toEqual(['places:invalid']);
    // Another organisation's member cannot edit it; a seeker neither.
    const theirs = await signedIn(t.app, 'toinen@example.fi');
    expect((await theirs.put(`/api/organisations/${org}/gigs/${gig.body.id}`, moved)).status).toBe(403);
    expect((await theirs.put(`/api/organisations/${other}/gigs/${gig.body.id}`, moved)).status).toBe(404);
    expect((await seeker.put(`/api/organisations/${org}/gigs/${gig.body.id}`, moved)).status).toBe(403);
  });

  it('refuses a new time that overlaps another gig of a booked seeker', async () => {
    const a = await post({ title: 'A', startsInHours: 100, hours: 2 });
    const b = await post({ title: 'B', startsInHours: 110, hours: 2 });
    expect((await seeker.post(`/api/gigs/${a.body.id}/booking`)).status).toBe(200);
    expect((await seeker.post(`/api/gigs/${b.body.id}/booking`)).status).toBe(200);
    const res = await member.put(
      `/api/organisations/${org}/gigs/${b.body.id}`,
      gigFields({ title: 'B', startsInHours: 101 }),
    );
    expect([res.status, res.body.code, res.body.errors]).toEqual([409, 'booking_overlap', undefined]);
  });

  it('records every change of a gig’s status, with who made it', async () => {
    const draft = await post({ title: 'Historia', publish: false, startsInHours: 200 });
    await member.post(`/api/organisations/${org}/gigs/${draft.body.id}/publish`);
    expect((await seeker.post(`/api/gigs/${draft.body.id}/booking`)).status).toBe(200); // fills its one place
    await member.post(`/api/organisations/${org}/gigs/${draft.body.id}/cancel`);
    const history = await member.get(`/api/organisations/${org}/gigs/${draft.body.id}/history`);
    expect(
      history.body.map(
        (h: { action: string; to: string; byName: string | null }) => `${h.action}:${h.to}:${h.byName}`,
      ),
    ).toEqual([
      'create:draft:Maija Jäsen',
      'publish:published:Maija Jäsen',
      'fill:full:null',
      'cancel:cancelled:Maija Jäsen',
    ]);
  });

  it('keeps a managed list of kinds of work that coordinators change', async () => {
    const list = await seeker.get('/api/gig-categories');
    expect(list.body.map((c: { code: string }) => c.code)).toEqual([
      'yard',
      'moving',
      'cleaning',
      'events',
      'errands',
      'snow',
      'it',
      'repairs',
      'other',
    ]);
    const coordinator = await signedIn(t.app, 'koordinaattori@example.fi');
    const add = {
      code: 'pets',
      nameFi: 'Lemmikkien hoito',
      nameSv: 'Djurskötsel',
      nameEn: 'Pet care',
      position: 95,
      active: true,
    };
    expect((await seeker.post('/api/gig-categories', add)).status).toBe(403);
    expect((await member.post('/api/gig-categories', add)).status).toBe(403);
    expect((await coordinator.post('/api/gig-categories', add)).status).toBe(200);
    expect((await post({ category: 'pets' })).status).toBe(201);
    // Retired: kept for old gigs, refused for new ones.
    expect((await coordinator.put('/api/gig-categories/pets', { ...add, active: false })).status).toBe(200);
    expect(fieldsOf(await post({ category: 'pets' }))).toEqual(['category:invalid_choice']);
    expect((await coordinator.put('/api/gig-categories/Not%20a%20code', add)).status).toBe(404);
  });
});
