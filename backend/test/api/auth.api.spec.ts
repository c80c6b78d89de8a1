import request from 'supertest';
import { Agent, CSRF, insertUser, latestToken, mails, PASSWORD, signedIn, signUp } from '../support/http';
import { useApp } from '../support/test-env';

describe('sign-up and sign-in', () => {
  const t = useApp({ APP_ROLE: 'api' });

  it('signs a new job seeker up by magic link, keeps them signed in with an httpOnly cookie, and lets them finish the account', async () => {
    const agent = new Agent(t.app);
    const res = await agent.post('/api/auth/sign-up', { email: ' Uusi.Hakija@Example.fi ', locale: 'sv' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ sent: true });
    const [mail] = await mails(t.world);
    expect(mail.to).toBe('uusi.hakija@example.fi');
    expect(mail.subject).toBe('Välkommen till Hanttihommat');
    expect(mail.html).toContain('lang="sv"');

    const token = await latestToken(t.world, 'uusi.hakija@example.fi');
    const verified = await agent.post('/api/auth/magic-link/verify', { token });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      email: 'uusi.hakija@example.fi',
      locale: 'sv',
      hasPassword: false,
      pending: true,
    });
    const cookie = String(verified.headers['set-cookie']);
    expect(cookie).toMatch(/hh_session=[A-Za-z0-9_-]{43}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // A pending account reaches only its own pages until it is finished.
    expect((await agent.get('/api/gigs')).body.code).toBe('account_pending');

    const finished = await agent.put('/api/me/account', { name: 'Uusi Hakija', accountType: 'seeker' });
    expect(finished.status).toBe(200);
    expect(finished.body).toMatchObject({ name: 'Uusi Hakija', role: 'seeker', pending: false });
    expect((await agent.get('/api/gigs')).status).toBe(200);
    // Chosen once: a finished account cannot be re-chosen.
    const again = await agent.put('/api/me/account', { name: 'Toinen', accountType: 'seeker' });
    expect(again.status).toBe(409);

    const out = await agent.post('/api/auth/sign-out');
    expect(out.status).toBe(204);
    expect((await agent.get('/api/me')).status).toBe(401);
  });

  it('uses a link only once', async () => {
    const agent = new Agent(t.app);
    await agent.post('/api/auth/sign-up', { email: 'kerran@example.fi', locale: 'fi' });
    const token = await latestToken(t.world, 'kerran@example.fi');
    expect((await agent.post('/api/auth/magic-link/verify', { token })).status).toBe(200);
    const again = await new Agent(t.app).post('/api/auth/magic-link/verify', { token });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('link_invalid');
  });

  it('refuses an expired link', async () => {
    const agent = new Agent(t.app);
    await agent.post('/api/auth/sign-up', { email: 'vanha@example.fi', locale: 'fi' });
    await t.world.db.query(
      `UPDATE magic_links SET expires_at = now() - interval '1 second' WHERE email = 'vanha@example.fi'`,
    );
    const res = await agent.post('/api/auth/magic-link/verify', {
      token: await latestToken(t.world, 'vanha@example.fi'),
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('link_invalid');
  });

  it('creates the organisation and makes the person its owner when they finish the account', async () => {
    const { finished } = await signUp(t.app, t.world, 'yhdistys@example.fi', {
      name: 'Pia Puheenjohtaja',
      accountType: 'organisation',
      organisationName: 'Testiyhdistys ry',
      organisationKind: 'association',
      password: 'pitka-salasana-1',
    });
    expect(finished.body).toMatchObject({ role: 'organisation', hasPassword: true });
    expect(finished.body.memberships).toEqual([
      expect.objectContaining({
        organisationName: 'Testiyhdistys ry',
        organisationKind: 'association',
        role: 'owner',
      }),
    ]);
    const { rows } = await t.world.db.query(`SELECT type FROM outbox_events ORDER BY created_at`);
    expect(rows.map((r) => r.type)).toEqual(
      expect.arrayContaining(['account.created', 'organisation.registered']),
    );
    // The password chosen in the verified session signs in.
    const pw = await new Agent(t.app).post('/api/auth/password', {
      email: 'yhdistys@example.fi',
      password: 'pitka-salasana-1',
    });
    expect(pw.status).toBe(200);
  });

  it('answers a sign-up for a taken address like any other, and mails its owner a sign-in link', async () => {
    await insertUser(t.world, 'jo.olemassa@example.fi', 'seeker');
    const res = await new Agent(t.app).post('/api/auth/sign-up', {
      email: 'jo.olemassa@example.fi',
      locale: 'fi',
    });
    expect(res.status).toBe(202);
    const [mail] = (await mails(t.world)).filter((m) => m.to === 'jo.olemassa@example.fi');
    expect(mail.subject).toBe('Kirjautumislinkkisi');
  });

  it('mails a "no account" note, not a link, when an unknown address asks to sign in', async () => {
    const res = await new Agent(t.app).post('/api/auth/magic-link', {
      email: 'tuntematon@example.fi',
      locale: 'en',
    });
    expect(res.status).toBe(202);
    const [mail] = (await mails(t.world)).filter((m) => m.to === 'tuntematon@example.fi');
    expect(mail.subject).toBe('Signing in to Hanttihommat');
    expect(mail.text).not.toMatch(/token=/);
  });

  it('gives a 400 with a message per field for bad sign-up input', async () => {
    const res = await new Agent(t.app).post('/api/auth/sign-up', { email: 'ei-osoite', locale: 'de' });
    expect(res.status).toBe(400);
    const byField = Object.fromEntries(
      res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    );
    expect(byField).toEqual({ email: 'email', locale: 'invalid_choice' });
    for (const e of res.body.errors) expect(e.message).toEqual(expect.any(String));
  });

  it('gives a 400 with a message per field for bad account choices, and asks an organisation for its name and kind', async () => {
    const agent = new Agent(t.app);
    await agent.post('/api/auth/sign-up', { email: 'org@example.fi', locale: 'fi' });
    await agent.post('/api/auth/magic-link/verify', { token: await latestToken(t.world, 'org@example.fi') });
    const bad = await agent.put('/api/me/account', { name: '', accountType: 'boss', password: 'lyhyt' });
    expect(bad.status).toBe(400);
    expect(
      Object.fromEntries(bad.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])),
    ).toEqual({ name: 'required', accountType: 'invalid_choice', password: 'too_short' });
    const res = await agent.put('/api/me/account', { name: 'Olli', accountType: 'organisation' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'organisationKind',
      'organisationName',
    ]);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/magic-link')
      .set(CSRF)
      .set('content-type', 'application/json')
      .send('{"email":');
    expect(res.status).toBe(400);
  });

  it('signs in with a password and refuses a wrong one without saying which part was wrong', async () => {
    await insertUser(t.world, 'salasana@example.fi', 'seeker');
    expect(
      (
        await new Agent(t.app).post('/api/auth/password', {
          email: 'salasana@example.fi',
          password: PASSWORD,
        })
      ).status,
    ).toBe(200);
    const wrong = await new Agent(t.app).post('/api/auth/password', {
      email: 'salasana@example.fi',
      password: 'väärä-salasana',
    });
    const unknown = await new Agent(t.app).post('/api/auth/password', {
      email: 'ei-ole@example.fi',
      password: 'väärä-salasana',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('signs out everywhere: every session of the person ends', async () => {
    await insertUser(t.world, 'monta@example.fi', 'seeker');
    const phone = await signedIn(t.app, 'monta@example.fi');
    const laptop = await signedIn(t.app, 'monta@example.fi');
    expect((await laptop.post('/api/auth/sign-out-everywhere')).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(401);
  });

  it('changes the name and language, and sets a password that then signs in', async () => {
    await insertUser(t.world, 'profiili@example.fi', 'seeker');
    const agent = await signedIn(t.app, 'profiili@example.fi');
    const res = await agent.patch('/api/me', { name: 'Uusi Nimi', locale: 'en' });
    expect(res.body).toMatchObject({ name: 'Uusi Nimi', locale: 'en' });
    const wrong = await agent.put('/api/me/password', {
      newPassword: 'uusi-salasana-99',
      currentPassword: 'väärä',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'currentPassword', code: 'wrong_password' });
    expect(
      (await agent.put('/api/me/password', { newPassword: 'uusi-salasana-99', currentPassword: PASSWORD }))
        .status,
    ).toBe(204);
    expect(
      (
        await new Agent(t.app).post('/api/auth/password', {
          email: 'profiili@example.fi',
          password: 'uusi-salasana-99',
        })
      ).status,
    ).toBe(200);
  });
});

describe('CSRF protection', () => {
  const t = useApp({ APP_ROLE: 'api' });

  it('refuses a state-changing request without the CSRF header', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/magic-link')
      .send({ email: 'a@example.fi' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf');
  });

  it('refuses a request from another origin even with the header', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/magic-link')
      .set(CSRF)
      .set('Origin', 'https://evil.example')
      .send({ email: 'a@example.fi' });
    expect(res.status).toBe(403);
  });

  it('lets our own origin through', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/magic-link')
      .set(CSRF)
      .set('Origin', 'http://localhost:3000')
      .send({ email: 'a@example.fi' });
    expect(res.status).toBe(202);
  });
});

describe('rate limits on sign-in', () => {
  const t = useApp({ APP_ROLE: 'api', RATE_LIMIT_AUTH: '3' });

  it('answers 429 after RATE_LIMIT_AUTH tries from one address, while other routes still answer', async () => {
    const agent = new Agent(t.app);
    for (let i = 0; i < 3; i++) {
      expect(
        (await agent.post('/api/auth/password', { email: 'x@example.fi', password: 'wrong-password' }))
          .status,
      ).toBe(401);
    }
    const limited = await agent.post('/api/auth/password', {
      email: 'x@example.fi',
      password: 'wrong-password',
    });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect((await agent.get('/api/health')).status).toBe(200);
  });
});
