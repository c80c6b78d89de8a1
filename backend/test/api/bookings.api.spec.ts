// Booking rules under concurrency and the life of a place, against the real PostgreSQL: never more people
// than places, never two places at once for one seeker, applications and the waitlist, the withdrawal
// deadline, "I'm coming" and the release of unconfirmed places.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { BookingService } from '../../src/gigs/booking.service';
import { ManualClock } from '../../src/platform/clock/clock';
import type { AppConfig } from '../../src/platform/config/config';
import { Agent, gigBody, insertOrganisation, insertUser, sessionCookie, signedIn } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

const HOUR = 3_600_000;

describe('booking rules', () => {
  let world: TestWorld;
  let config: AppConfig;
  let app: NestExpressApplication;
  let clock: ManualClock;
  let org: string;
  let other: string;
  let member: Agent;
  let stranger: Agent;
  let seekers: { id: string; agent: Agent }[];

  const post = async (over: Parameters<typeof gigBody>[0] = {}) => {
    const res = await member.post(`/api/organisations/${org}/gigs`, gigBody(over));
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const statuses = async (gigId: string) => {
    const { rows } = await world.db.query(
      `SELECT u.email, b.status FROM bookings b JOIN users u ON u.id = b.seeker_id WHERE gig_id = $1 ORDER BY u.email`,
      [gigId],
    );
    return Object.fromEntries(rows.map((r) => [r.email, r.status]));
  };
  const events = async (gigId: string, type: string) =>
    (
      await world.db.query(
        `SELECT payload FROM outbox_events WHERE type = $2 AND payload->'gig'->>'id' = $1 ORDER BY created_at, id`,
        [gigId, type],
      )
    ).rows.map((r) => r.payload);

  beforeAll(async () => {
    world = await createWorld();
    config = testConfig(world, { APP_ROLE: 'api' });
    clock = new ManualClock();
    app = await createApp(config, { clock });
    await app.listen(0, '127.0.0.1');
    const m = await insertUser(world, 'jasen@example.fi', 'organisation');
    org = await insertOrganisation(world, 'Oma ry', m);
    const s = await insertUser(world, 'vieras@example.fi', 'organisation');
    other = await insertOrganisation(world, 'Vieras ry', s);
    await world.db.query(`UPDATE organisations SET verified_at = now()`);
    member = await signedIn(app, 'jasen@example.fi');
    stranger = await signedIn(app, 'vieras@example.fi');
    seekers = [];
    for (let i = 0; i < 50; i++) {
      const email = `hakija${String(i).padStart(2, '0')}@example.fi`;
      const id = await insertUser(world, email, 'seeker', `Hakija ${i}`);
      const agent = new Agent(app);
      agent.cookie = await sessionCookie(world, config, id);
      seekers.push({ id, agent });
    }
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });
  beforeEach(() => clock.set(new Date()));

  it('gives 50 seekers tapping a 3-place gig at once exactly 3 places, round after round', async () => {
    for (let round = 0; round < 20; round++) {
      // Each round at a time of its own, so last round's places do not overlap this one's.
      const gigId = await post({ places: 3, startsInHours: 100 + round * 5, hours: 2 });
      const results = await Promise.all(seekers.map((s) => s.agent.post(`/api/gigs/${gigId}/booking`)));
      const codes = results.map((r) => r.status);
      expect(codes.filter((c) => c === 200)).toHaveLength(3);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
        Array(47).fill('gig_full'),
      );
      const { rows } = await world.db.query(
        `SELECT status, count(*)::int AS n FROM bookings WHERE gig_id = $1 GROUP BY status`,
        [gigId],
      );
      expect(rows).toEqual([{ status: 'booked', n: 3 }]);
      const gig = await member.get(`/api/organisations/${org}/gigs/${gigId}`);
      expect(gig.body).toMatchObject({ status: 'full', placesLeft: 0 });
      expect(await events(gigId, 'booking.made')).toHaveLength(3);
    }
    // A thousand requests in all: time enough for a slow, busy machine.
  }, 120_000);

  it('gives one seeker tapping two overlapping gigs at once one of them, and a clear conflict', async () => {
    for (let round = 0; round < 10; round++) {
      const start = 300 + round * 5;
      const a = await post({ places: 2, startsInHours: start, hours: 2 });
      const b = await post({ places: 2, startsInHours: start + 1, hours: 2 });
      const [ra, rb] = await Promise.all([
        seekers[0].agent.post(`/api/gigs/${a}/booking`),
        seekers[0].agent.post(`/api/gigs/${b}/booking`),
      ]);
      expect([ra.status, rb.status].sort()).toEqual([200, 409]);
      expect([ra, rb].find((r) => r.status === 409)!.body.code).toBe('booking_overlap');
      const { rows } = await world.db.query(
        `SELECT count(*)::int AS n FROM bookings WHERE seeker_id = $1 AND gig_id IN ($2, $3) AND status = 'booked'`,
        [seekers[0].id, a, b],
      );
      expect(rows[0].n).toBe(1);
    }
  });

  it('refuses a cancelled gig, and a gig of the past, with a conflict', async () => {
    const gigId = await post({ startsInHours: 500 });
    await member.post(`/api/organisations/${org}/gigs/${gigId}/cancel`);
    const res = await seekers[1].agent.post(`/api/gigs/${gigId}/booking`);
    expect([res.status, res.body.code]).toEqual([409, 'gig_closed']);
    const later = await post({ startsInHours: 510 });
    clock.advance(511 * HOUR);
    const started = await seekers[1].agent.post(`/api/gigs/${later}/booking`);
    expect([started.status, started.body.code]).toEqual([409, 'gig_started']);
  });

  it('puts who asks on the waitlist of a full gig, and gives them the place someone gives up', async () => {
    const gigId = await post({ places: 1, startsInHours: 600, withdrawHours: 24 });
    const [first, second, third] = seekers.slice(2, 5);
    expect((await first.agent.post(`/api/gigs/${gigId}/booking`)).body.outcome).toBe('booked');
    const full = await second.agent.post(`/api/gigs/${gigId}/booking`);
    expect([full.status, full.body.code]).toEqual([409, 'gig_full']);
    const waiting = await second.agent.post(`/api/gigs/${gigId}/waitlist`);
    expect([waiting.status, waiting.body.outcome, waiting.body.myBooking]).toEqual([
      200,
      'waitlisted',
      'waitlisted',
    ]);
    expect((await third.agent.post(`/api/gigs/${gigId}/waitlist`)).body.outcome).toBe('waitlisted');

    const withdrawn = await first.agent.deleteRequest(`/api/gigs/${gigId}/booking?health=true`);
    expect([withdrawn.status, withdrawn.body.myBooking]).toEqual([200, 'withdrawn']);
    expect(await statuses(gigId)).toEqual({
      'hakija02@example.fi': 'withdrawn',
      'hakija03@example.fi': 'booked',
      'hakija04@example.fi': 'waitlisted',
    });
    // The first in line got the place and hears of it; the place was not freed for matching.
    expect((await events(gigId, 'booking.made')).map((p) => [p.seekerId, p.how])).toEqual([
      [first.id, 'took'],
      [second.id, 'waitlist'],
    ]);
    expect((await events(gigId, 'booking.withdrawn'))[0]).toMatchObject({ placeFreed: false });
    // A withdrawal for health reasons is recorded as such, so reliability never counts it.
    const { rows } = await world.db.query(
      `SELECT withdraw_reason FROM bookings WHERE gig_id = $1 AND seeker_id = $2`,
      [gigId, first.id],
    );
    expect(rows[0].withdraw_reason).toBe('health');
    // Taking the place again is a new booking; the old one keeps its history.
    const again = await first.agent.post(`/api/gigs/${gigId}/waitlist`);
    expect(again.body.outcome).toBe('waitlisted');
    const history = await world.db.query(
      `SELECT c.from_status, c.to_status FROM booking_status_changes c JOIN bookings b ON b.id = c.booking_id
       WHERE b.gig_id = $1 AND b.seeker_id = $2 ORDER BY c.seq`,
      [gigId, first.id],
    );
    expect(history.rows.map((r) => `${r.from_status ?? ''}>${r.to_status}`)).toEqual([
      '>booked',
      'booked>withdrawn',
      '>waitlisted',
    ]);
  });

  it('keeps a place after the organisation’s withdrawal deadline, and frees it for matching before it', async () => {
    const gigId = await post({ places: 1, startsInHours: 700, withdrawHours: 48 });
    await seekers[5].agent.post(`/api/gigs/${gigId}/booking`);
    clock.advance(653 * HOUR);
    const late = await seekers[5].agent.deleteRequest(`/api/gigs/${gigId}/booking`);
    expect([late.status, late.body.code]).toEqual([409, 'withdraw_deadline']);
    clock.set(new Date());
    const early = await seekers[5].agent.deleteRequest(`/api/gigs/${gigId}/booking`);
    expect(early.status).toBe(200);
    expect((await events(gigId, 'booking.withdrawn'))[0]).toMatchObject({ placeFreed: true });
    const gig = await member.get(`/api/organisations/${org}/gigs/${gigId}`);
    expect(gig.body).toMatchObject({ status: 'published', placesLeft: 1 });
    const none = await seekers[5].agent.deleteRequest(`/api/gigs/${gigId}/booking`);
    expect(none.status).toBe(404);
  });

  it('lets the organisation choose among applicants, and nobody else', async () => {
    const gigId = await post({ places: 1, startsInHours: 800, selection: 'choose' });
    const [a, b] = seekers.slice(6, 8);
    expect((await a.agent.post(`/api/gigs/${gigId}/booking`)).body.outcome).toBe('applied');
    expect((await b.agent.post(`/api/gigs/${gigId}/booking`)).body.outcome).toBe('applied');
    expect((await events(gigId, 'booking.applied')).map((p) => p.seekerId)).toEqual([a.id, b.id]);

    const people = (await member.get(`/api/organisations/${org}/gigs/${gigId}/people`)).body as {
      bookingId: string;
      seekerName: string;
      status: string;
    }[];
    expect(people.map((p) => [p.seekerName, p.status])).toEqual([
      ['Hakija 6', 'applied'],
      ['Hakija 7', 'applied'],
    ]);
    const path = (i: number, action: string) =>
      `/api/organisations/${org}/gigs/${gigId}/people/${people[i].bookingId}/${action}`;
    // A member of another organisation, or a seeker, may not choose.
    expect((await stranger.post(path(0, 'choose'))).status).toBe(403);
    expect((await b.agent.post(path(1, 'choose'))).status).toBe(403);
    expect(
      (await stranger.post(`/api/organisations/${other}/gigs/${gigId}/people/${people[0].bookingId}/choose`))
        .status,
    ).toBe(404);

    expect((await member.post(path(0, 'choose'))).status).toBe(204);
    const full = await member.post(path(1, 'choose'));
    expect([full.status, full.body.code]).toEqual([409, 'gig_full']);
    expect((await member.post(path(1, 'decline'))).status).toBe(204);
    expect((await member.post(path(1, 'decline'))).status).toBe(404);
    expect(await statuses(gigId)).toEqual({
      'hakija06@example.fi': 'booked',
      'hakija07@example.fi': 'declined',
    });
    expect((await events(gigId, 'booking.made'))[0]).toMatchObject({ seekerId: a.id, how: 'chosen' });
    expect((await events(gigId, 'booking.declined'))[0]).toMatchObject({ seekerId: b.id });
  });

  it('asks the booked to confirm coming, and gives unconfirmed places to the waitlist at the deadline', async () => {
    const gigId = await post({ places: 2, startsInHours: 900, attendanceHours: 24 });
    const [coming, silent, waiting] = seekers.slice(8, 11);
    await coming.agent.post(`/api/gigs/${gigId}/booking`);
    await silent.agent.post(`/api/gigs/${gigId}/booking`);
    await waiting.agent.post(`/api/gigs/${gigId}/waitlist`);
    const confirmed = await coming.agent.post(`/api/gigs/${gigId}/booking/coming`);
    expect(confirmed.status).toBe(200);
    expect((await waiting.agent.post(`/api/gigs/${gigId}/booking/coming`)).status).toBe(404);

    const bookings = app.get(BookingService);
    // Too early: nobody is released.
    expect(await bookings.releaseUnconfirmed(gigId)).toBe(0);
    expect(await bookings.askAttendance(gigId)).toBe(1);
    expect((await events(gigId, 'attendance.asked'))[0].seekerIds).toEqual([silent.id]);

    clock.advance((900 - 24) * HOUR + 60_000);
    expect(await bookings.releaseUnconfirmed(gigId)).toBe(1);
    expect(await bookings.releaseUnconfirmed(gigId)).toBe(0);
    expect(await statuses(gigId)).toEqual({
      'hakija08@example.fi': 'booked',
      'hakija09@example.fi': 'released',
      'hakija10@example.fi': 'booked',
    });
    const people = (await member.get(`/api/organisations/${org}/gigs/${gigId}/people`)).body as {
      seekerName: string;
      attendanceConfirmedAt: string | null;
    }[];
    expect(people.find((p) => p.seekerName === 'Hakija 8')!.attendanceConfirmedAt).not.toBeNull();
    expect((await events(gigId, 'booking.released'))[0]).toMatchObject({ seekerId: silent.id });
  });

  it('counts a place taken after the ask went out as confirmed', async () => {
    const gigId = await post({ places: 1, startsInHours: 1000, attendanceHours: 24 });
    clock.advance((1000 - 30) * HOUR);
    await seekers[11].agent.post(`/api/gigs/${gigId}/booking`);
    clock.advance(7 * HOUR);
    expect(await app.get(BookingService).releaseUnconfirmed(gigId)).toBe(0);
    expect(await statuses(gigId)).toEqual({ 'hakija11@example.fi': 'booked' });
  });

  it('tells everyone with a place, an application or a waitlist place when the gig is cancelled', async () => {
    const gigId = await post({ places: 1, startsInHours: 1100 });
    await seekers[12].agent.post(`/api/gigs/${gigId}/booking`);
    await seekers[13].agent.post(`/api/gigs/${gigId}/waitlist`);
    await member.post(`/api/organisations/${org}/gigs/${gigId}/cancel`);
    expect((await events(gigId, 'gig.cancelled'))[0].seekerIds).toEqual([seekers[12].id, seekers[13].id]);
    expect(Object.values(await statuses(gigId))).toEqual(['cancelled', 'cancelled']);
  });

  it('takes the same place only once however often the seeker taps', async () => {
    const gigId = await post({ places: 2, startsInHours: 1200 });
    const taps = await Promise.all(
      Array.from({ length: 5 }, () => seekers[14].agent.post(`/api/gigs/${gigId}/booking`)),
    );
    expect(taps.map((t) => t.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await statuses(gigId)).toEqual({ 'hakija14@example.fi': 'booked' });
  });
});
