import type { NestExpressApplication } from '@nestjs/platform-express';
import { Agent, gigBody, insertOrganisation, insertUser, signedIn } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('gigs and bookings', () => {
  let world: TestWorld;
  let app: NestExpressApplication;
  let org: string;
  let unverified: string;
  let member: Agent;

  const gig = (over: object = {}) => gigBody({ startsInHours: 48, hours: 2, ...over });

  beforeAll(async () => {
    world = await createWorld();
    app = await createApp(testConfig(world, { APP_ROLE: 'api' }));
    const m = await insertUser(world, 'jasen@example.fi', 'organisation');
    org = await insertOrganisation(world, 'Oma ry', m);
    unverified = await insertOrganisation(world, 'Uusi ry', m);
    await world.db.query(`UPDATE organisations SET verified_at = now() WHERE id = $1`, [org]);
    await insertUser(world, 'hakija1@example.fi', 'seeker', 'Aino');
    await insertUser(world, 'hakija2@example.fi', 'seeker', 'Bertta');
    await insertUser(world, 'koordinaattori@example.fi', 'coordinator');
    member = await signedIn(app, 'jasen@example.fi');
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });

  it('explains every bad field of a new gig', async () => {
    const res = await member.post(
      `/api/organisations/${org}/gigs`,
      gig({ title: '', startsAt: 'huomenna', payCents: -1, places: 0, postalCode: '281' }),
    );
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['payCents', 'places', 'postalCode', 'startsAt', 'title']);
    const empty = await member.post(`/api/organisations/${org}/gigs`, {});
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining([
        'title',
        'description',
        'category',
        'district',
        'startsAt',
        'payCents',
        'places',
      ]),
    );
  });

  it('refuses a gig in the past or one that ends before it starts', async () => {
    const past = await member.post(
      `/api/organisations/${org}/gigs`,
      gig({ startsAt: inHours(-1), endsAt: inHours(1) }),
    );
    expect(past.status).toBe(400);
    expect(past.body.errors[0]).toMatchObject({ field: 'startsAt', code: 'in_past' });
    const backwards = await member.post(`/api/organisations/${org}/gigs`, gig({ endsAt: inHours(47) }));
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endsAt', code: 'before_start' });
  });

  it('lets an unverified organisation keep a draft but not publish', async () => {
    const published = await member.post(`/api/organisations/${unverified}/gigs`, gig());
    expect(published.status).toBe(403);
    expect(published.body.code).toBe('organisation_unverified');
    const draft = await member.post(`/api/organisations/${unverified}/gigs`, gig({ publish: false }));
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    const coordinator = await signedIn(app, 'koordinaattori@example.fi');
    expect((await coordinator.post(`/api/coordinator/organisations/${unverified}/verify`)).status).toBe(204);
    const pub = await member.post(`/api/organisations/${unverified}/gigs/${draft.body.id}/publish`);
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe('published');
  });

  it('publishes a gig, records the event, and lets a seeker take the only place', async () => {
    const created = await member.post(`/api/organisations/${org}/gigs`, gig());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'published', places: 1, placesLeft: 1, payCents: 4500 });
    const events = await world.db.query(`SELECT payload FROM outbox_events WHERE type = 'gig.published'`);
    expect(events.rows.map((r) => r.payload.gig.id)).toContain(created.body.id);

    const aino = await signedIn(app, 'hakija1@example.fi');
    const booked = await aino.post(`/api/gigs/${created.body.id}/booking`);
    expect(booked.status).toBe(200);
    expect(booked.body).toMatchObject({ myBooking: 'booked', placesLeft: 0 });
    // Tapping again changes nothing.
    expect((await aino.post(`/api/gigs/${created.body.id}/booking`)).status).toBe(200);

    const bertta = await signedIn(app, 'hakija2@example.fi');
    const full = await bertta.post(`/api/gigs/${created.body.id}/booking`);
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('gig_full');

    expect((await aino.get('/api/me/gigs')).body.map((g: { id: string }) => g.id)).toEqual([created.body.id]);
    const one = await member.get(`/api/organisations/${org}/gigs/${created.body.id}`);
    expect(one.body).toMatchObject({ id: created.body.id, placesLeft: 0 });
    expect((await member.get(`/api/organisations/${unverified}/gigs/${created.body.id}`)).status).toBe(404);
    const list = await member.get(`/api/organisations/${org}/gigs/${created.body.id}/people`);
    expect(list.body).toEqual([expect.objectContaining({ seekerName: 'Aino', status: 'booked' })]);

    // Aino withdraws; the place opens for Bertta.
    const withdrawn = await aino.deleteRequest(`/api/gigs/${created.body.id}/booking`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.myBooking).toBe('withdrawn');
    expect((await bertta.post(`/api/gigs/${created.body.id}/booking`)).status).toBe(200);
    const types = await world.db.query(
      `SELECT type FROM outbox_events WHERE payload->'gig'->>'id' = $1 ORDER BY created_at`,
      [created.body.id],
    );
    expect(types.rows.map((r) => r.type)).toEqual([
      'gig.published',
      'booking.made',
      'booking.withdrawn',
      'booking.made',
    ]);
  });

  it('cancels a gig and tells who was booked; a cancelled gig takes no bookings', async () => {
    const created = await member.post(`/api/organisations/${org}/gigs`, gig({ places: 2 }));
    const aino = await signedIn(app, 'hakija1@example.fi');
    await aino.post(`/api/gigs/${created.body.id}/booking`);
    const cancelled = await member.post(`/api/organisations/${org}/gigs/${created.body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    const ev = await world.db.query(`SELECT payload FROM outbox_events WHERE type = 'gig.cancelled'`);
    expect(ev.rows[0].payload.seekerIds).toHaveLength(1);
    const late = await (
      await signedIn(app, 'hakija2@example.fi')
    ).post(`/api/gigs/${created.body.id}/booking`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('gig_closed');
  });

  it("keeps members of one organisation out of another's gigs", async () => {
    const other = await insertOrganisation(world, 'Vieras ry');
    expect((await member.post(`/api/organisations/${other}/gigs`, gig())).status).toBe(403);
    const seeker = await signedIn(app, 'hakija1@example.fi');
    expect((await seeker.post(`/api/organisations/${org}/gigs`, gig())).status).toBe(403);
    expect((await member.post(`/api/gigs/00000000-0000-0000-0000-000000000000/booking`)).status).toBe(403);
  });

  it('saves which kinds of work a seeker wants to hear about', async () => {
    const seeker = await signedIn(app, 'hakija2@example.fi');
    expect((await seeker.put('/api/me/match-preferences', { categories: ['snow', 'lasers'] })).status).toBe(
      400,
    );
    const res = await seeker.put('/api/me/match-preferences', { categories: ['snow', 'yard', 'snow'] });
    expect(res.body.categories.sort()).toEqual(['snow', 'yard']);
    expect((await seeker.get('/api/me/match-preferences')).body.categories.sort()).toEqual(['snow', 'yard']);
  });
});
