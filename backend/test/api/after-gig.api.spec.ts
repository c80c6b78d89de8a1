// After the gig, against the real PostgreSQL: the organisation reports what each person did and was paid,
// the seeker confirms or disputes it (or says nothing, and it is confirmed for them after 7 days), a
// coordinator settles disputes; feedback both ways, the work history and its shared link, and the gig's
// messages between the people of the gig.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CompletionService } from '../../src/gigs/completion.service';
import { GigService } from '../../src/gigs/gig.service';
import { ManualClock } from '../../src/platform/clock/clock';
import type { AppConfig } from '../../src/platform/config/config';
import { addDays, helsinkiDay } from '../../src/platform/core/helsinki';
import { Agent, gigBody, insertOrganisation, insertUser, sessionCookie, signedIn } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('after the gig', () => {
  let world: TestWorld;
  let config: AppConfig;
  let app: NestExpressApplication;
  let clock: ManualClock;
  let org: string;
  let member: Agent;
  let stranger: Agent;
  let strangerOrg: string;
  let coordinator: Agent;
  let seekers: { id: string; name: string; agent: Agent }[];

  const agentOf = async (id: string) => {
    const agent = new Agent(app);
    agent.cookie = await sessionCookie(world, config, id);
    return agent;
  };
  const events = async (type: string, bookingId: string) =>
    (
      await world.db.query(
        `SELECT payload FROM outbox_events WHERE type = $1 AND payload->>'bookingId' = $2 ORDER BY created_at, id`,
        [type, bookingId],
      )
    ).rows.map((r) => r.payload);
  const orgPath = (gigId: string, rest = '') => `/api/organisations/${org}/gigs/${gigId}${rest}`;

  /** A gig of `places` places, each taken by the next seekers, that has then taken place (the clock moves on). */
  let nextStart = 40;
  const doneGig = async (places: number) => {
    clock.set(new Date());
    // Each gig at a time of its own, so that one seeker's places never overlap.
    const startsInHours = (nextStart += 5);
    const created = await member.post(`/api/organisations/${org}/gigs`, gigBody({ places, startsInHours }));
    expect(created.status).toBe(201);
    const gigId: string = created.body.id;
    const taking = seekers.splice(0, places);
    for (const s of taking) expect((await s.agent.post(`/api/gigs/${gigId}/booking`)).status).toBe(200);
    seekers.push(...taking);
    await Promise.all(taking.map((s) => s.agent.post(`/api/gigs/${gigId}/booking/coming`)));
    clock.advance((startsInHours + 3) * HOUR);
    const people = (await member.get(orgPath(gigId, '/people'))).body as { bookingId: string }[];
    return {
      gigId,
      taking,
      bookings: people.map((p) => p.bookingId),
      startsAt: created.body.startsAt as string,
    };
  };

  beforeAll(async () => {
    world = await createWorld();
    config = testConfig(world, { APP_ROLE: 'api' });
    clock = new ManualClock();
    app = await createApp(config, { clock });
    const m = await insertUser(world, 'jasen@example.fi', 'organisation', 'Pirjo Jäsen');
    org = await insertOrganisation(world, 'Oma ry', m);
    const s = await insertUser(world, 'vieras@example.fi', 'organisation');
    strangerOrg = await insertOrganisation(world, 'Vieras ry', s);
    await world.db.query(`UPDATE organisations SET verified_at = now()`);
    member = await signedIn(app, 'jasen@example.fi');
    stranger = await signedIn(app, 'vieras@example.fi');
    coordinator = await agentOf(await insertUser(world, 'koordinaattori@example.fi', 'coordinator'));
    seekers = [];
    for (let i = 0; i < 4; i++) {
      const name = `Hakija${i} Sukunimi`;
      const id = await insertUser(world, `hakija${i}@example.fi`, 'seeker', name);
      seekers.push({ id, name, agent: await agentOf(id) });
    }
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });

  it('starts the report from the gig’s figures, and names each wrong figure of each person', async () => {
    const { gigId, bookings, startsAt } = await doneGig(2);
    const form = await member.get(orgPath(gigId, '/completion'));
    const workDate = helsinkiDay(new Date(startsAt));
    expect(form.body).toEqual({
      minutes: 120,
      amountCents: 4500,
      workDate,
      paymentDate: workDate,
      organisationKind: 'association',
    });
    const bad = await member.post(orgPath(gigId, '/completion'), {
      entries: [
        { bookingId: bookings[0], outcome: 'worked', workDate: addDays(workDate, -1) },
        { bookingId: bookings[1], outcome: 'worked', paymentDate: addDays(workDate, 400) },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['entries.0.workDate', 'invalid'],
      ['entries.1.paymentDate', 'too_late'],
    ]);
    const shape = await member.post(orgPath(gigId, '/completion'), {
      entries: [{ bookingId: bookings[0], outcome: 'worked', amountCents: -1, minutes: 2000 }],
    });
    expect(shape.status).toBe(400);
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'entries.0.amountCents',
      'entries.0.minutes',
    ]);
    // Nothing was written by the refused reports.
    const { rows } = await world.db.query(`SELECT count(*)::int AS n FROM completions WHERE gig_id = $1`, [
      gigId,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('records the work, a no-show, and refuses the same person twice', async () => {
    const { gigId, bookings, taking, startsAt } = await doneGig(2);
    const workDate = helsinkiDay(new Date(startsAt));
    const res = await member.post(orgPath(gigId, '/completion'), {
      entries: [
        {
          bookingId: bookings[0],
          outcome: 'worked',
          minutes: 150,
          amountCents: 5000,
          paymentDate: addDays(workDate, 3),
        },
        { bookingId: bookings[1], outcome: 'no_show' },
      ],
    });
    expect(res.status).toBe(204);
    const again = await member.post(orgPath(gigId, '/completion'), {
      entries: [{ bookingId: bookings[0], outcome: 'worked' }],
    });
    expect([again.status, again.body.code]).toEqual([409, 'already_reported']);
    const mine = await taking[0].agent.get(`/api/gigs/${gigId}/completion`);
    expect(mine.body).toMatchObject({
      status: 'reported',
      minutes: 150,
      amountCents: 5000,
      workDate,
      paymentDate: addDays(workDate, 3),
      automatic: false,
      feedbackGiven: false,
      reference: null,
    });
    expect((await taking[1].agent.get(`/api/gigs/${gigId}/completion`)).status).toBe(404);
    const people = (await member.get(orgPath(gigId, '/people'))).body as { status: string }[];
    expect(people.map((p) => p.status)).toEqual(['completed', 'no_show']);
    expect(await events('booking.no_show', bookings[1])).toHaveLength(1);
    // A member of another organisation cannot report on this gig, nor read its people.
    const other = await stranger.post(`/api/organisations/${strangerOrg}/gigs/${gigId}/completion`, {
      entries: [{ bookingId: bookings[0], outcome: 'worked' }],
    });
    expect(other.status).toBe(404);
    expect((await stranger.get(orgPath(gigId, '/people'))).status).toBe(403);
  });

  it('confirms for the seeker what they confirm, once, and tells the ledger with the payer', async () => {
    const { gigId, bookings, taking } = await doneGig(1);
    await member.post(orgPath(gigId, '/completion'), {
      entries: [{ bookingId: bookings[0], outcome: 'worked' }],
    });
    expect((await taking[0].agent.post(`/api/gigs/${gigId}/completion`, { answer: 'confirm' })).status).toBe(
      204,
    );
    const twice = await taking[0].agent.post(`/api/gigs/${gigId}/completion`, { answer: 'confirm' });
    expect([twice.status, twice.body.code]).toEqual([409, 'already_answered']);
    const [confirmed] = await events('completion.confirmed', bookings[0]);
    expect(confirmed).toMatchObject({
      seekerId: taking[0].id,
      payer: { organisationId: org, name: 'Oma ry', kind: 'association' },
      amountCents: 4500,
      minutes: 120,
      automatic: false,
    });
    // Everyone settled: the gig closes when it ends (here it ended an hour ago, and the job runs now).
    expect((await member.get(orgPath(gigId))).body.status).toBe('in_progress');
    expect(await app.get(GigService).ended(gigId)).toBe(true);
    expect((await member.get(orgPath(gigId))).body.status).toBe('closed');
    // Another seeker has nothing to confirm here.
    const outsider = seekers.find((s) => !taking.includes(s))!;
    expect((await outsider.agent.post(`/api/gigs/${gigId}/completion`, { answer: 'confirm' })).status).toBe(
      404,
    );
  });

  it('confirms an unanswered report after 7 days, and not before', async () => {
    const { gigId, bookings } = await doneGig(1);
    await member.post(orgPath(gigId, '/completion'), {
      entries: [{ bookingId: bookings[0], outcome: 'worked' }],
    });
    const completions = app.get(CompletionService);
    clock.advance(6 * DAY);
    expect(await completions.answerDeadline(bookings[0])).toBe(false);
    clock.advance(DAY + HOUR);
    expect(await completions.answerDeadline(bookings[0])).toBe(true);
    expect(await completions.answerDeadline(bookings[0])).toBe(false);
    const confirmed = await events('completion.confirmed', bookings[0]);
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0].automatic).toBe(true);
  });

  it('takes a dispute only with a reason, and lets a coordinator settle it with the agreed figures', async () => {
    const { gigId, bookings, taking } = await doneGig(1);
    await member.post(orgPath(gigId, '/completion'), {
      entries: [{ bookingId: bookings[0], outcome: 'worked' }],
    });
    const bare = await taking[0].agent.post(`/api/gigs/${gigId}/completion`, { answer: 'dispute' });
    expect([bare.status, bare.body.errors?.[0]?.field]).toEqual([400, 'reason']);
    const disputed = await taking[0].agent.post(`/api/gigs/${gigId}/completion`, {
      answer: 'dispute',
      reason: 'Tein kolme tuntia, en kahta.',
    });
    expect(disputed.status).toBe(204);
    expect(await events('completion.disputed', bookings[0])).toHaveLength(1);

    const list = await coordinator.get('/api/coordinator/completions');
    expect(list.body).toEqual([
      expect.objectContaining({
        bookingId: bookings[0],
        gigId,
        seekerName: taking[0].name,
        organisationName: 'Oma ry',
        disputeReason: 'Tein kolme tuntia, en kahta.',
        amountCents: 4500,
      }),
    ]);
    // Neither the seeker nor the organisation settle it.
    const path = `/api/coordinator/completions/${bookings[0]}/resolve`;
    expect((await taking[0].agent.post(path, { outcome: 'confirm', note: 'x' })).status).toBe(403);
    expect((await member.post(path, { outcome: 'confirm', note: 'x' })).status).toBe(403);
    const noNote = await coordinator.post(path, { outcome: 'confirm', minutes: 180 });
    expect([noNote.status, noNote.body.errors?.[0]?.field]).toEqual([400, 'note']);
    const resolved = await coordinator.post(path, {
      outcome: 'confirm',
      minutes: 180,
      amountCents: 6000,
      note: 'Sovittu puhelimessa: kolme tuntia.',
    });
    expect(resolved.status).toBe(204);
    expect(await events('completion.confirmed', bookings[0])).toEqual([
      expect.objectContaining({ minutes: 180, amountCents: 6000, automatic: false }),
    ]);
    const again = await coordinator.post(path, { outcome: 'annul', note: 'Ei sittenkään.' });
    expect([again.status, again.body.code]).toEqual([409, 'not_disputed']);
    expect((await coordinator.get('/api/coordinator/completions')).body).toEqual([]);
  });

  it('takes feedback once from each side; the organisation’s becomes a reference the seeker can share', async () => {
    const { gigId, bookings, taking } = await doneGig(1);
    const seeker = taking[0];
    const early = await seeker.agent.post(`/api/gigs/${gigId}/feedback`, {
      asDescribed: true,
      note: '',
      skillsGrew: 'yes',
    });
    expect([early.status, early.body.code]).toEqual([409, 'not_done']);
    await member.post(orgPath(gigId, '/completion'), {
      entries: [{ bookingId: bookings[0], outcome: 'worked' }],
    });

    const feedback = {
      punctuality: 5,
      quality: 4,
      skillsShown: 'Haravointi, reippaus',
      wentWell: 'Työ tehtiin huolellisesti ja ajallaan.',
      practiseNext: 'Kysy rohkeasti, jos jokin on epäselvää.',
    };
    const wrong = await member.post(orgPath(gigId, `/people/${bookings[0]}/feedback`), {
      ...feedback,
      quality: 9,
    });
    expect([wrong.status, wrong.body.errors?.[0]?.field]).toEqual([400, 'quality']);
    expect((await member.post(orgPath(gigId, `/people/${bookings[0]}/feedback`), feedback)).status).toBe(204);
    const twice = await member.post(orgPath(gigId, `/people/${bookings[0]}/feedback`), feedback);
    expect([twice.status, twice.body.code]).toEqual([409, 'feedback_given']);
    expect(await events('feedback.given', bookings[0])).toHaveLength(1);

    const mine = { asDescribed: true, note: 'Mukava porukka.', skillsGrew: 'yes' };
    expect((await seeker.agent.post(`/api/gigs/${gigId}/feedback`, mine)).status).toBe(204);
    const mineTwice = await seeker.agent.post(`/api/gigs/${gigId}/feedback`, mine);
    expect([mineTwice.status, mineTwice.body.code]).toEqual([409, 'feedback_given']);
    const completion = await seeker.agent.get(`/api/gigs/${gigId}/completion`);
    expect(completion.body).toMatchObject({ feedbackGiven: true, reference: feedback });

    // The work history holds confirmed work only.
    expect((await seeker.agent.get('/api/me/work-history')).body.items).toEqual([]);
    await seeker.agent.post(`/api/gigs/${gigId}/completion`, { answer: 'confirm' });
    const history = await seeker.agent.get('/api/me/work-history');
    expect(history.body.shared).toBe(false);
    expect(history.body.items).toEqual([
      expect.objectContaining({ organisationName: 'Oma ry', ...feedback, title: 'Haravointi', minutes: 120 }),
    ]);
    const link = await seeker.agent.post('/api/me/work-history/link');
    expect(link.body.path).toMatch(/^\/work-history\/[\w-]{32}$/);
    const shared = await new Agent(app).get(`/api${link.body.path}`);
    // Only the first name, and nothing meant for the seeker alone.
    expect(shared.body.firstName).toBe(seeker.name.split(' ')[0]);
    expect(shared.body.items[0]).toMatchObject({ wentWell: feedback.wentWell, practiseNext: '' });
    expect(JSON.stringify(shared.body)).not.toContain('Sukunimi');
    // A new link ends the old one; stopping sharing ends them all.
    const second = await seeker.agent.post('/api/me/work-history/link');
    expect((await new Agent(app).get(`/api${link.body.path}`)).status).toBe(404);
    expect((await new Agent(app).get(`/api${second.body.path}`)).status).toBe(200);
    expect((await seeker.agent.deleteRequest('/api/me/work-history/link')).status).toBe(204);
    expect((await new Agent(app).get(`/api${second.body.path}`)).status).toBe(404);
    expect((await seeker.agent.get('/api/me/work-history')).body.shared).toBe(false);
  });

  it('lets the people of the gig talk, and nobody else', async () => {
    clock.set(new Date());
    const created = await member.post(
      `/api/organisations/${org}/gigs`,
      gigBody({ places: 2, startsInHours: 200 }),
    );
    const gigId: string = created.body.id;
    const [inGig, outside] = seekers;
    await inGig.agent.post(`/api/gigs/${gigId}/booking`);
    const hello = await member.post(orgPath(gigId, '/messages'), {
      body: 'Tervetuloa! Sisäänkäynti on pihan puolelta.',
    });
    expect(hello.status).toBe(200);
    const reply = await inGig.agent.post(`/api/gigs/${gigId}/messages`, { body: 'Kiitos, tulen.' });
    expect(
      reply.body.map((m: { body: string; fromOrganisation: boolean }) => [m.body, m.fromOrganisation]),
    ).toEqual([
      ['Tervetuloa! Sisäänkäynti on pihan puolelta.', true],
      ['Kiitos, tulen.', false],
    ]);
    expect((await outside.agent.get(`/api/gigs/${gigId}/messages`)).status).toBe(403);
    expect((await outside.agent.post(`/api/gigs/${gigId}/messages`, { body: 'Hei' })).status).toBe(403);
    expect((await stranger.get(`/api/organisations/${strangerOrg}/gigs/${gigId}/messages`)).status).toBe(404);
    const empty = await inGig.agent.post(`/api/gigs/${gigId}/messages`, { body: '   ' });
    expect([empty.status, empty.body.errors?.[0]?.field]).toEqual([400, 'body']);
    const { rows } = await world.db.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'gig.message'`,
    );
    expect(rows[0].n).toBe(2);
  });
});
