// An organisation's members: the owner invites by e-mail and removes; the invited person joins by following
// the mailed link. Every rule of the feature, over HTTP.
import { Agent, insertOrganisation, insertUser, latestToken, mails, sessionCookie } from '../support/http';
import { testConfig, useApp } from '../support/test-env';
import { INVITATIONS_PER_DAY } from '../../src/accounts/members.service';

describe('organisation members', () => {
  const t = useApp({ APP_ROLE: 'api' });
  const agentOf = async (userId: string) => {
    const agent = new Agent(t.app);
    agent.cookie = await sessionCookie(t.world, testConfig(t.world, { APP_ROLE: 'api' }), userId);
    return agent;
  };
  let n = 0;
  /** A fresh organisation with its owner signed in, so the tests do not share counts or members. */
  const newOrg = async () => {
    n++;
    const ownerId = await insertUser(t.world, `omistaja${n}@example.fi`, 'organisation', 'Olli Omistaja');
    const orgId = await insertOrganisation(t.world, `Yhdistys ${n} ry`, ownerId);
    return { orgId, ownerId, owner: await agentOf(ownerId) };
  };
  const addMember = async (orgId: string, email: string, role = 'member') => {
    const id = await insertUser(t.world, email, 'organisation', 'Maija Jäsen');
    await t.world.db.query(
      'INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, $3)',
      [orgId, id, role],
    );
    return id;
  };
  const audit = async (orgId: string) =>
    (
      await t.world.db.query(
        `SELECT actor_id, action, before, after FROM audit_events WHERE subject_type = 'organisation'
         AND subject_id = $1 ORDER BY at, action`,
        [orgId],
      )
    ).rows;
  const follow = async (email: string) => {
    const agent = new Agent(t.app);
    const res = await agent.post('/api/auth/magic-link/verify', { token: await latestToken(t.world, email) });
    return { agent, res };
  };

  it('invites an address with no account: the link opens a pending account that joins and finishes as a member', async () => {
    const { orgId, ownerId, owner } = await newOrg();
    const sent = await owner.post(`/api/organisations/${orgId}/invitations`, {
      email: ' Uusi.Jasen@Example.fi ',
      locale: 'sv',
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ sent: true });
    const mail = (await mails(t.world)).find((m) => m.to === 'uusi.jasen@example.fi')!;
    expect(mail.subject).toBe('Inbjudan att bli medlem i en organisation på Hanttihommat');
    // The name the owner typed is quoted data in the body, never in the subject.
    expect(mail.text).toContain(`organisationen ”Yhdistys ${n} ry”`);
    expect(mail.subject).not.toContain('Yhdistys');
    const list = await owner.get(`/api/organisations/${orgId}/members`);
    expect(list.body.invitations).toEqual([
      { email: 'uusi.jasen@example.fi', expiresAt: expect.any(String) },
    ]);
    // Invitations last a week.
    const days = (Date.parse(list.body.invitations[0].expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);

    const { agent, res } = await follow('uusi.jasen@example.fi');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ pending: true, locale: 'sv' });
    expect(res.body.memberships).toEqual([
      expect.objectContaining({ organisationId: orgId, role: 'member' }),
    ]);
    // Joined: no organisation of their own is asked for.
    const finished = await agent.put('/api/me/account', { name: 'Uusi Jäsen', accountType: 'organisation' });
    expect(finished.status).toBe(200);
    expect(finished.body).toMatchObject({ role: 'organisation', pending: false });
    expect(finished.body.memberships).toHaveLength(1);
    expect((await agent.get(`/api/organisations/${orgId}/gigs`)).status).toBe(200);

    const after = await owner.get(`/api/organisations/${orgId}/members`);
    expect(after.body.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Olli Omistaja', 'owner'],
      ['Uusi Jäsen', 'member'],
    ]);
    expect(after.body.invitations).toEqual([]);
    const joinedId = after.body.members[1].userId;
    expect(await audit(orgId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor_id: ownerId,
          action: 'invite_member',
          after: { email: 'uusi.jasen@example.fi', role: 'member' },
        }),
        expect.objectContaining({
          actor_id: joinedId,
          action: 'join_organisation',
          after: { userId: joinedId, role: 'member', invitedBy: ownerId },
        }),
      ]),
    );
  });

  it('adds an existing organisation account as a member, and answers as for an unknown address', async () => {
    const { orgId, owner } = await newOrg();
    const existing = await insertUser(t.world, 'vanha.tili@example.fi', 'organisation', 'Ville Vanha');
    const known = await owner.post(`/api/organisations/${orgId}/invitations`, {
      email: 'vanha.tili@example.fi',
      locale: 'fi',
    });
    const unknown = await owner.post(`/api/organisations/${orgId}/invitations`, {
      email: 'ei.tilia@example.fi',
      locale: 'fi',
    });
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
    const { res } = await follow('vanha.tili@example.fi');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: existing, pending: false, role: 'organisation' });
    expect(res.body.memberships).toEqual([
      expect.objectContaining({ organisationId: orgId, role: 'member' }),
    ]);
  });

  it("only signs a seeker's account in: one account has one role, so it does not join", async () => {
    const { orgId, owner } = await newOrg();
    await insertUser(t.world, 'hakija.kutsuttu@example.fi', 'seeker');
    await owner.post(`/api/organisations/${orgId}/invitations`, {
      email: 'hakija.kutsuttu@example.fi',
      locale: 'fi',
    });
    const { res } = await follow('hakija.kutsuttu@example.fi');
    expect(res.status).toBe(200);
    expect(res.body.memberships).toEqual([]);
  });

  it('uses an invitation once, and not after it has expired', async () => {
    const { orgId, owner } = await newOrg();
    await owner.post(`/api/organisations/${orgId}/invitations`, { email: 'kerta@example.fi', locale: 'fi' });
    const token = await latestToken(t.world, 'kerta@example.fi');
    expect((await new Agent(t.app).post('/api/auth/magic-link/verify', { token })).status).toBe(200);
    const again = await new Agent(t.app).post('/api/auth/magic-link/verify', { token });
    expect([again.status, again.body.code]).toEqual([400, 'link_invalid']);

    await owner.post(`/api/organisations/${orgId}/invitations`, {
      email: 'myohassa@example.fi',
      locale: 'fi',
    });
    await t.world.db.query(
      `UPDATE magic_links SET expires_at = now() - interval '1 second' WHERE email = 'myohassa@example.fi'`,
    );
    const late = await follow('myohassa@example.fi');
    expect([late.res.status, late.res.body.code]).toEqual([400, 'link_invalid']);
    const users = await t.world.db.query(`SELECT 1 FROM users WHERE email = 'myohassa@example.fi'`);
    expect(users.rows).toEqual([]);
    const list = await owner.get(`/api/organisations/${orgId}/members`);
    expect(list.body.invitations).toEqual([]);
  });

  it('lets only owners see, invite and remove: a member, a coordinator and a seeker get 403', async () => {
    const { orgId } = await newOrg();
    const memberId = await addMember(orgId, 'pelkka.jasen@example.fi');
    const otherId = await addMember(orgId, 'toinen.pelkka@example.fi');
    const coordinator = await agentOf(await insertUser(t.world, 'koord.jasenet@example.fi', 'coordinator'));
    const seeker = await agentOf(await insertUser(t.world, 'hakija.jasenet@example.fi', 'seeker'));
    for (const agent of [await agentOf(memberId), coordinator, seeker]) {
      expect((await agent.get(`/api/organisations/${orgId}/members`)).status).toBe(403);
      const invite = await agent.post(`/api/organisations/${orgId}/invitations`, {
        email: 'kuka@example.fi',
        locale: 'fi',
      });
      expect(invite.status).toBe(403);
      expect((await agent.deleteRequest(`/api/organisations/${orgId}/members/${otherId}`)).status).toBe(403);
    }
    expect((await mails(t.world)).filter((m) => m.to === 'kuka@example.fi')).toEqual([]);
    // An owner of another organisation is no owner here.
    const stranger = await newOrg();
    expect((await stranger.owner.get(`/api/organisations/${orgId}/members`)).status).toBe(403);
  });

  it('removes a member, who then loses the organisation, and records it in the audit log', async () => {
    const { orgId, ownerId, owner } = await newOrg();
    const memberId = await addMember(orgId, 'poistettava@example.fi');
    const member = await agentOf(memberId);
    expect((await member.get(`/api/organisations/${orgId}/gigs`)).status).toBe(200);
    const res = await owner.deleteRequest(`/api/organisations/${orgId}/members/${memberId}`);
    expect(res.status).toBe(204);
    expect((await member.get(`/api/organisations/${orgId}/gigs`)).status).toBe(403);
    const list = await owner.get(`/api/organisations/${orgId}/members`);
    expect(list.body.members.map((m: { userId: string }) => m.userId)).toEqual([ownerId]);
    expect(await audit(orgId)).toEqual([
      expect.objectContaining({
        actor_id: ownerId,
        action: 'remove_member',
        before: { userId: memberId, role: 'member' },
      }),
    ]);
    const again = await owner.deleteRequest(`/api/organisations/${orgId}/members/${memberId}`);
    expect(again.status).toBe(404);
  });

  it('keeps the last owner: they cannot remove themselves, but one of two owners can', async () => {
    const { orgId, ownerId, owner } = await newOrg();
    const last = await owner.deleteRequest(`/api/organisations/${orgId}/members/${ownerId}`);
    expect([last.status, last.body.code]).toEqual([409, 'last_owner']);
    const secondId = await addMember(orgId, 'toinen.omistaja@example.fi', 'owner');
    expect((await owner.deleteRequest(`/api/organisations/${orgId}/members/${secondId}`)).status).toBe(204);
    await t.world.db.query(
      `INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`,
      [orgId, secondId],
    );
    expect((await owner.deleteRequest(`/api/organisations/${orgId}/members/${ownerId}`)).status).toBe(204);
    expect((await owner.get(`/api/organisations/${orgId}/members`)).status).toBe(403);
    const second = await agentOf(secondId);
    const alone = await second.deleteRequest(`/api/organisations/${orgId}/members/${secondId}`);
    expect(alone.status).toBe(409);
  });

  it(`caps an organisation at ${INVITATIONS_PER_DAY} invitations a day, and an address's mails silently`, async () => {
    const { orgId, owner } = await newOrg();
    const config = testConfig(t.world, { APP_ROLE: 'api' });
    for (let i = 0; i < config.authMailsPerAddress + 2; i++) {
      const res = await owner.post(`/api/organisations/${orgId}/invitations`, {
        email: 'sama@example.fi',
        locale: 'fi',
      });
      expect(res.status).toBe(202);
    }
    expect((await mails(t.world)).filter((m) => m.to === 'sama@example.fi')).toHaveLength(
      config.authMailsPerAddress,
    );
    // The dropped mails left no link: the organisation's count is of the invitations that went out.
    for (let i = config.authMailsPerAddress; i < INVITATIONS_PER_DAY; i++) {
      const res = await owner.post(`/api/organisations/${orgId}/invitations`, {
        email: `moni${i}@example.fi`,
        locale: 'fi',
      });
      expect(res.status).toBe(202);
    }
    const over = await owner.post(`/api/organisations/${orgId}/invitations`, {
      email: 'liikaa@example.fi',
      locale: 'fi',
    });
    expect([over.status, over.body.code]).toEqual([429, 'rate_limited']);
    expect((await mails(t.world)).filter((m) => m.to === 'liikaa@example.fi')).toEqual([]);
  });

  it('answers bad input with a message per field', async () => {
    const { orgId, owner } = await newOrg();
    const res = await owner.post(`/api/organisations/${orgId}/invitations`, {
      email: 'ei-osoite',
      locale: 'xx',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'locale']);
    // A malformed id names nobody: 404, as for every id in a path.
    const bad = await owner.deleteRequest(`/api/organisations/${orgId}/members/ei-uuid`);
    expect(bad.status).toBe(404);
  });
});
