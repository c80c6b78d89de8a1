// "I can help with" cards over HTTP: a seeker's card is hidden until they publish it; verified organisations
// see visible cards with the first name only, filter them by area and kind of work a page at a time, and
// invite the seeker to their own published gigs, once per gig; the seeker hears of it through the outbox.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NotificationService } from '../../src/notifications/notification.service';
import type { AppConfig } from '../../src/platform/config/config';
import { Agent, gigBody, insertOrganisation, insertUser, mails, sessionCookie } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

const CARD = {
  text: 'Haravoin pihoja ja kannan tavaraa.',
  categories: ['yard', 'moving'],
  postalCodes: ['28100'],
  district: 'Keskusta',
  weekdays: ['sat', 'sun'],
  times: 'Viikonloppuisin',
  visible: true,
};

describe('help cards', () => {
  let world: TestWorld;
  let config: AppConfig;
  let app: NestExpressApplication;
  let org: string;
  let otherOrg: string;
  let unverifiedOrg: string;
  let member: Agent;
  let otherMember: Agent;
  let unverifiedMember: Agent;
  let n = 0;

  const agentOf = async (userId: string) => {
    const agent = new Agent(app);
    agent.cookie = await sessionCookie(world, config, userId);
    return agent;
  };
  const seeker = async (name = 'Maija Meikäläinen', email = `hakija${++n}@example.fi`) => {
    const id = await insertUser(world, email, 'seeker', name);
    return { id, email, agent: await agentOf(id) };
  };
  const publish = async (agent: Agent, card: Record<string, unknown> = {}) => {
    const res = await agent.put('/api/me/card', { ...CARD, ...card });
    expect(res.status).toBe(200);
    return res.body as { visible: boolean };
  };
  /** The ids of the visible cards `agent`'s organisation finds with the query. */
  const browse = async (query = '', agent = member, orgId = org) => {
    const res = await agent.get(`/api/organisations/${orgId}/cards${query}`);
    expect(res.status).toBe(200);
    return res.body as { items: { id: string; firstName: string }[]; next: string | null };
  };
  const cardOf = async (seekerName: string) => {
    const { rows } = await world.db.query(
      `SELECT c.id FROM help_cards c JOIN users u ON u.id = c.seeker_id WHERE u.name = $1`,
      [seekerName],
    );
    return rows[0].id as string;
  };
  const postGig = async (agent: Agent, orgId: string, over: Record<string, unknown> = {}) => {
    const res = await agent.post(`/api/organisations/${orgId}/gigs`, gigBody({ places: 2, ...over }));
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    world = await createWorld();
    config = testConfig(world, { APP_ROLE: 'api' });
    app = await createApp(config);
    const m = await insertUser(world, 'jasen@example.fi', 'organisation');
    const o = await insertUser(world, 'toinen@example.fi', 'organisation');
    const u = await insertUser(world, 'uusi@example.fi', 'organisation');
    org = await insertOrganisation(world, 'Oma ry', m);
    otherOrg = await insertOrganisation(world, 'Vieras ry', o);
    unverifiedOrg = await insertOrganisation(world, 'Uusi ry', u);
    await world.db.query(`UPDATE organisations SET verified_at = now() WHERE id IN ($1, $2)`, [
      org,
      otherOrg,
    ]);
    member = await agentOf(m);
    otherMember = await agentOf(o);
    unverifiedMember = await agentOf(u);
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });

  it("starts hidden, filled in from the seeker's work profile, and shows only once published", async () => {
    const s = await seeker('Aino Ahkera');
    await s.agent.put('/api/me/work-profile', {
      categories: ['snow'],
      postalCodes: ['28130'],
      travel: 'nearby',
      skills: [],
      languages: [],
      availability: [],
      daysOff: [],
      maxLoad: 'heavy',
      accessibilityNeeds: '',
      wantsSupported: false,
    });
    const draft = await s.agent.get('/api/me/card');
    expect(draft.body).toMatchObject({
      saved: false,
      visible: false,
      categories: ['snow'],
      postalCodes: ['28130'],
      firstName: 'Aino',
    });

    const hidden = await s.agent.put('/api/me/card', { ...CARD, visible: false });
    expect(hidden.body).toMatchObject({ saved: true, visible: false, publishedAt: null });
    const id = await cardOf('Aino Ahkera');
    expect((await browse()).items.map((c) => c.id)).not.toContain(id);

    expect((await s.agent.put('/api/me/card/visibility', { visible: true })).body.visible).toBe(true);
    expect((await browse()).items.map((c) => c.id)).toContain(id);

    // Edited while visible: still visible, and the new words show.
    await publish(s.agent, { text: 'Luon lunta ja haravoin.' });
    const found = (await browse()).items.find((c) => c.id === id) as unknown as { text: string };
    expect(found.text).toBe('Luon lunta ja haravoin.');

    expect((await s.agent.put('/api/me/card/visibility', { visible: false })).body.visible).toBe(false);
    expect((await browse()).items.map((c) => c.id)).not.toContain(id);
  });

  it('shows the first name only: never the surname, the e-mail address or the account', async () => {
    const s = await seeker('Kalle Kuusinen', 'kalle.kuusinen@example.fi');
    await publish(s.agent);
    const id = await cardOf('Kalle Kuusinen');
    const res = await member.get(`/api/organisations/${org}/cards`);
    const card = res.body.items.find((c: { id: string }) => c.id === id);
    expect(card.firstName).toBe('Kalle');
    expect(Object.keys(card).sort()).toEqual(
      [
        'categories',
        'district',
        'firstName',
        'id',
        'invitedGigIds',
        'postalCodes',
        'publishedAt',
        'text',
        'times',
        'weekdays',
      ].sort(),
    );
    const raw = JSON.stringify(res.body);
    expect(raw).not.toContain('Kuusinen');
    expect(raw).not.toContain('kalle.kuusinen');
    expect(raw).not.toContain(s.id);
  });

  it('refuses kinds of work outside the managed list, and bad postal codes, per field', async () => {
    const s = await seeker();
    const res = await s.agent.put('/api/me/card', {
      ...CARD,
      categories: ['juggling'],
      postalCodes: ['281'],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['postalCodes']);
    const unknown = await s.agent.put('/api/me/card', { ...CARD, categories: ['juggling'] });
    expect([unknown.status, unknown.body.errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'categories', message: 'Choose from the listed kinds of work.' })],
    ]);
    const empty = await s.agent.put('/api/me/card', { ...CARD, text: '   ' });
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'text' })]);
    expect((await s.agent.put('/api/me/card/visibility', { visible: true })).status).toBe(404);
  });

  it('filters by area (a postal code or its beginning) and by kind of work, newest first', async () => {
    const a = await seeker('Alue Yksi');
    const b = await seeker('Alue Kaksi');
    const c = await seeker('Alue Kolme');
    await publish(a.agent, { postalCodes: ['99100'], categories: ['it'] });
    await publish(b.agent, { postalCodes: ['99130'], categories: ['cleaning'] });
    await publish(c.agent, { postalCodes: ['98100'], categories: ['it'] });
    const [ia, ib, ic] = [await cardOf('Alue Yksi'), await cardOf('Alue Kaksi'), await cardOf('Alue Kolme')];
    const ids = async (q: string) =>
      (await browse(q)).items.map((x) => x.id).filter((id) => [ia, ib, ic].includes(id));
    expect(await ids('?area=99100')).toEqual([ia]);
    expect(await ids('?area=991')).toEqual([ib, ia]);
    expect(await ids('?area=99&category=it')).toEqual([ia]);
    expect(await ids('?category=it')).toEqual([ic, ia]);
    const bad = await member.get(`/api/organisations/${org}/cards?area=9a`);
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'area']);
  });

  it('pages by keyset: every visible card once, in order, however small the page', async () => {
    for (let i = 0; i < 4; i++) await publish((await seeker(`Sivu ${i}`)).agent);
    const all = (await browse('?limit=50')).items.map((c) => c.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = await browse(`?limit=3${after ? `&after=${after}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      paged.push(...page.items.map((c) => c.id));
      after = page.next;
    } while (after);
    expect(paged).toEqual(all);
    const bad = await member.get(`/api/organisations/${org}/cards?after=bm90LWEtY3Vyc29y`);
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'after']);
  });

  it('lets only members of a verified organisation browse and invite', async () => {
    const s = await seeker('Vera Vuori');
    await publish(s.agent);
    const card = await cardOf('Vera Vuori');
    const gig = await postGig(member, org);
    const browseUnverified = await unverifiedMember.get(`/api/organisations/${unverifiedOrg}/cards`);
    expect([browseUnverified.status, browseUnverified.body.code]).toEqual([403, 'organisation_unverified']);
    expect(browseUnverified.body.message).toMatch(/not yet checked/);
    const inviteUnverified = await unverifiedMember.post(
      `/api/organisations/${unverifiedOrg}/cards/${card}/invitations`,
      { gigId: gig },
    );
    expect([inviteUnverified.status, inviteUnverified.body.code]).toEqual([403, 'organisation_unverified']);
    // A member of another organisation cannot act for this one; a seeker cannot browse at all.
    expect((await otherMember.get(`/api/organisations/${org}/cards`)).status).toBe(403);
    expect((await s.agent.get(`/api/organisations/${org}/cards`)).status).toBe(403);
    expect((await member.get('/api/me/card')).status).toBe(403);
  });

  it("refuses another organisation's gig, and a cancelled, draft or past one, with a message on gigId", async () => {
    const s = await seeker('Ville Virta');
    await publish(s.agent);
    const card = await cardOf('Ville Virta');
    const invite = (gigId: string) =>
      member.post(`/api/organisations/${org}/cards/${card}/invitations`, { gigId });
    const theirs = await postGig(otherMember, otherOrg);
    expect((await invite(theirs)).status).toBe(404);

    const cancelled = await postGig(member, org);
    await member.post(`/api/organisations/${org}/gigs/${cancelled}/cancel`);
    const draft = await postGig(member, org, { publish: false });
    const past = await postGig(member, org);
    await world.db.query(
      `UPDATE gigs SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [past],
    );
    for (const [gigId, code] of [
      [cancelled, 'cancelled'],
      [draft, 'not_published'],
      [past, 'past'],
    ]) {
      const res = await invite(gigId);
      expect([res.status, res.body.errors]).toEqual([
        400,
        [expect.objectContaining({ field: 'gigId', code })],
      ]);
    }
    const hidden = await seeker('Piilo Pekka');
    await publish(hidden.agent, { visible: false });
    const gig = await postGig(member, org);
    const res = await member.post(
      `/api/organisations/${org}/cards/${await cardOf('Piilo Pekka')}/invitations`,
      {
        gigId: gig,
      },
    );
    expect(res.status).toBe(404);
    const none = await world.db.query(
      `SELECT count(*)::int AS n FROM card_invitations WHERE seeker_id = $1`,
      [s.id],
    );
    expect(none.rows[0].n).toBe(0);
  });

  it('invites once per gig: the seeker gets one notice, and a mail, leading to the gig', async () => {
    const s = await seeker('Iida Innokas', 'iida@example.fi');
    await publish(s.agent);
    const card = await cardOf('Iida Innokas');
    const gig = await postGig(member, org, { title: 'Tuolien kantaminen' });
    const url = `/api/organisations/${org}/cards/${card}/invitations`;
    const answers = await Promise.all([member.post(url, { gigId: gig }), member.post(url, { gigId: gig })]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    expect(answers.map((r) => r.body.created).sort()).toEqual([false, true]);
    expect((await member.post(url, { gigId: gig })).body).toEqual({ gigId: gig, created: false });

    const events = await world.db.query(
      `SELECT id, payload FROM outbox_events WHERE type = 'card.invited' AND payload->>'seekerId' = $1`,
      [s.id],
    );
    expect(events.rows).toHaveLength(1);
    // The worker's handler, run here as the relay would: twice, as a retried job would.
    const event = {
      eventId: events.rows[0].id,
      type: 'card.invited' as const,
      payload: events.rows[0].payload,
    };
    await app.get(NotificationService).handleEvent(event);
    await app.get(NotificationService).handleEvent(event);
    const notices = await s.agent.get('/api/notifications?locale=fi');
    const invites = notices.body.items.filter((i: { kind: string }) => i.kind === 'gig_invitation');
    expect(invites).toEqual([
      expect.objectContaining({
        title: 'Oma ry kutsuu sinut keikalle: Tuolien kantaminen',
        link: `/gigs/${gig}`,
      }),
    ]);
    expect((await mails(world)).filter((m) => m.to === 'iida@example.fi')).toHaveLength(1);

    // The organisation sees whom it has invited; the seeker sees the invitation on their card.
    const found = (await browse()).items.find((c) => c.id === card) as unknown as { invitedGigIds: string[] };
    expect(found.invitedGigIds).toEqual([gig]);
    const other = (await browse('', otherMember, otherOrg)).items.find((c) => c.id === card) as unknown as {
      invitedGigIds: string[];
    };
    expect(other.invitedGigIds).toEqual([]);
    const mine = await s.agent.get('/api/me/card');
    expect(mine.body.invitations).toEqual([
      expect.objectContaining({ gigId: gig, gigTitle: 'Tuolien kantaminen', organisationName: 'Oma ry' }),
    ]);
  });

  it('does not mail an invitation the seeker chose not to get by mail', async () => {
    const s = await seeker('Eero Eimeili', 'eero@example.fi');
    expect(
      (
        await s.agent.put('/api/notifications/preferences', {
          preferences: [{ kind: 'gig_invitation', inApp: true, mail: 'off' }],
        })
      ).status,
    ).toBe(200);
    await publish(s.agent);
    const gig = await postGig(member, org);
    await member.post(`/api/organisations/${org}/cards/${await cardOf('Eero Eimeili')}/invitations`, {
      gigId: gig,
    });
    const { rows } = await world.db.query(
      `SELECT id, payload FROM outbox_events WHERE type = 'card.invited' AND payload->>'seekerId' = $1`,
      [s.id],
    );
    await app
      .get(NotificationService)
      .handleEvent({ eventId: rows[0].id, type: 'card.invited', payload: rows[0].payload });
    expect(
      (await s.agent.get('/api/notifications')).body.items.map((i: { kind: string }) => i.kind),
    ).toContain('gig_invitation');
    expect((await mails(world)).filter((m) => m.to === 'eero@example.fi')).toHaveLength(0);
  });
});
