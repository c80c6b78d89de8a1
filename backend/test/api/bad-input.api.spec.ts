// Bad input never reaches a 500. One regression test per class of defect found, then (below) a fuzz built
// from the OpenAPI document that sends every kind of bad value to every field of every operation.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { listRoutes } from '../../src/platform/auth/route-audit';
import { MAX_BODY_DEPTH } from '../../src/platform/http/body';
import { openApiDocument } from '../../src/platform/http/setup';
import { CALLERS, Cast, insertCast } from '../support/cast';
import {
  Agent,
  CSRF,
  gigBody,
  insertOrganisation,
  insertUser,
  PASSWORD,
  sessionCookie,
} from '../support/http';
import { Baselines, Document, Operation, operationsOf, Probe, probesOf } from '../support/openapi-fuzz';
import { testConfig, useApp } from '../support/test-env';

const nested = (levels: number, inner = '1') => '['.repeat(levels) + inner + ']'.repeat(levels);

interface FieldError {
  field: string;
  code: string;
  message: string;
}
const fields = (body: { errors?: FieldError[] }) => (body.errors ?? []).map((e) => e.field).sort();

describe('classes of bad input', () => {
  const t = useApp({ APP_ROLE: 'api' });
  let seeker: Agent;
  let admin: Agent;
  const agentOf = async (userId: string) => {
    const agent = new Agent(t.app);
    agent.cookie = await sessionCookie(t.world, testConfig(t.world, { APP_ROLE: 'api' }), userId);
    return agent;
  };

  beforeAll(async () => {
    seeker = await agentOf(await insertUser(t.world, 'hakija@example.fi', 'seeker'));
    admin = await agentOf(await insertUser(t.world, 'admin@example.fi', 'admin'));
  });

  const raw = (method: 'post' | 'patch', url: string, body: string, agent: Agent = seeker) => {
    const server = request(t.app.getHttpServer());
    return (method === 'post' ? server.post(url) : server.patch(url))
      .set(CSRF)
      .set('Cookie', agent.cookie!)
      .set('content-type', 'application/json')
      .send(body);
  };

  describe('deep nesting', () => {
    it('refuses a body nested 5,000 levels deep with a 400 that says why', async () => {
      const res = await raw('patch', '/api/me', `{"name": ${nested(5000)}}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'too_deep' });
      expect(res.body.message).toContain(`at most ${MAX_BODY_DEPTH} levels`);
    });

    it('reads a body nested exactly to the limit, and refuses one level more, on a public route too', async () => {
      // The object is one level, the array in it the others.
      const at = await raw('post', '/api/auth/magic-link', `{"email": ${nested(MAX_BODY_DEPTH - 1)}}`);
      expect([at.status, fields(at.body)]).toEqual([400, ['email']]);
      const past = await raw('post', '/api/auth/magic-link', `{"email": ${nested(MAX_BODY_DEPTH)}}`);
      expect([past.status, past.body.code]).toEqual([400, 'too_deep']);
    });

    it('does not count brackets inside strings', async () => {
      const res = await raw('patch', '/api/me', JSON.stringify({ name: '[{'.repeat(200) + ' "\\' }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'name', code: 'too_long' })]);
      const ok = await raw('patch', '/api/me', JSON.stringify({ name: '[[{ "Maija" }]] \\' }));
      expect([ok.status, ok.body.name]).toEqual([200, '[[{ "Maija" }]] \\']);
    });

    it('counts the depth of a body sent in UTF-16 too', async () => {
      const send = (text: string) =>
        request(t.app.getHttpServer())
          .patch('/api/me')
          .set(CSRF)
          .set('Cookie', seeker.cookie!)
          .set('content-type', 'application/json; charset=utf-16le')
          .serialize((b: Buffer) => b as unknown as string) // as bytes, not as JSON of a Buffer
          .send(Buffer.from(text, 'utf16le'));
      const deep = await send(`{"name": ${nested(5000)}}`);
      expect([deep.status, deep.body.code]).toEqual([400, 'too_deep']);
      const flat = await send(JSON.stringify({ name: '[Äö\u5b5b]' }));
      expect([flat.status, flat.body.name]).toEqual([200, '[Äö\u5b5b]']);
    });

    it('does not read url-encoded bodies at all (no client sends them)', async () => {
      const res = await request(t.app.getHttpServer())
        .post('/api/auth/magic-link')
        .set(CSRF)
        .type('form')
        .send('email=maija%40example.fi&locale=fi');
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['email']);
    });
  });

  describe('null for an optional field', () => {
    it('refuses {"name": null} on PATCH /api/me, naming the field', async () => {
      const res = await seeker.patch('/api/me', { name: null });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'name', code: 'required', message: 'Enter your name.' }]);
    });

    it('refuses null for every optional field of a body, and still lets them be left out', async () => {
      const before = await seeker.get('/api/me');
      const res = await seeker.patch('/api/me', { name: null, locale: null });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['locale', 'name']);
      const unchanged = await seeker.patch('/api/me', {});
      expect(unchanged.status).toBe(200);
      expect(unchanged.body).toEqual(before.body);
    });
  });

  describe('NUL and other control characters', () => {
    it('refuses a NUL in a profile name, naming the field', async () => {
      const res = await seeker.patch('/api/me', { name: 'Maija\u0000' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'name', code: 'invalid' })]);
    });

    it("refuses a NUL in a coordinator invitation's name, naming the field", async () => {
      const res = await admin.post('/api/admin/coordinators/invitations', {
        email: 'uusi@example.fi',
        name: 'Uusi\u0000Koordinaattori',
        locale: 'fi',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'name', code: 'invalid' })]);
    });

    it('refuses a NUL in an e-mail address and in a query string', async () => {
      const mail = await new Agent(t.app).post('/api/auth/magic-link', { email: 'maija\u0000@example.fi' });
      expect([mail.status, fields(mail.body)]).toEqual([400, ['email']]);
      const query = await seeker.get('/api/notifications?locale=fi%00');
      expect([query.status, fields(query.body)]).toEqual([400, ['locale']]);
    });

    it('refuses a broken character (half a surrogate pair) in a name and an e-mail address', async () => {
      const res = await new Agent(t.app).post('/api/auth/sign-up', {
        email: 'maija\ud800@example.fi',
        locale: 'fi',
      });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['email']);
      expect(res.body.errors.map((e: FieldError) => e.code)).toEqual(['invalid']);
      const name = await seeker.patch('/api/me', { name: 'Maija \udc00' });
      expect([name.status, fields(name.body)]).toEqual([400, ['name']]);
      const emoji = await seeker.patch('/api/me', { name: 'Maija 😀' });
      expect([emoji.status, emoji.body.name]).toEqual([200, 'Maija 😀']);
    });

    it('refuses a day that does not exist, naming the field, wherever a day is asked for', async () => {
      const profile = await seeker.get('/api/me/work-profile');
      const days = await seeker.put('/api/me/work-profile', { ...profile.body, daysOff: ['2026-02-30'] });
      expect([days.status, fields(days.body)]).toEqual([400, ['daysOff']]);
      const earning = await seeker.post('/api/me/earnings', {
        payerName: 'Kauppa Oy',
        amountCents: 1000,
        workDate: '2026-13-01',
        paymentDate: '2026-02-29',
      });
      expect([earning.status, fields(earning.body)]).toEqual([400, ['paymentDate', 'workDate']]);
      const version = await admin.post('/api/coordinator/limit-rules/programme_cap/versions', {
        amountCents: 30000,
        effect: 'none',
        reductionRateBp: 0,
        validFrom: '2027-04-31',
        note: 'Testi',
      });
      expect([version.status, fields(version.body)]).toEqual([400, ['validFrom']]);
    });

    it('allows line breaks and tabs in long texts only', async () => {
      const name = await seeker.patch('/api/me', { name: 'Maija\nMeikäläinen' });
      expect([name.status, fields(name.body)]).toEqual([400, ['name']]);
      const tab = await seeker.patch('/api/me', { name: 'Maija\tMeikäläinen' });
      expect([tab.status, fields(tab.body)]).toEqual([400, ['name']]);

      const memberId = await insertUser(t.world, 'jasen@example.fi', 'organisation');
      const orgId = await insertOrganisation(t.world, 'Oma ry', memberId);
      const member = await agentOf(memberId);
      const gig = gigBody({ description: 'Lehtien haravointi.\r\n\tTuo omat hanskat.', publish: false });
      const created = await member.post(`/api/organisations/${orgId}/gigs`, gig);
      expect([created.status, created.body.description]).toEqual([201, gig.description]);
      const title = await member.post(`/api/organisations/${orgId}/gigs`, { ...gig, title: 'Harava\r\nt' });
      expect([title.status, fields(title.body)]).toEqual([400, ['title']]);
      const bell = await member.post(`/api/organisations/${orgId}/gigs`, {
        ...gig,
        description: 'Ding\u0007',
      });
      expect([bell.status, fields(bell.body)]).toEqual([400, ['description']]);
    });
  });
});

// Operations whose valid request needs something a caller cannot build from the document.
const NO_VALID_BASELINE: Record<string, string> = {
  'POST /api/auth/magic-link/verify': 'the token is a secret that only the mail carries',
  'POST /api/coordinator/jobs/{queue}/{id}/retry': 'no job has failed here',
  'PUT /api/me/account': 'only an account a sign-up link just opened may be finished; the cast are set up',
  'POST /api/auth/code': 'the code is a secret that only the printed paper carries',
  'POST /api/me/email/confirm': 'the token is a secret that only the mail carries',
};

describe('fuzz built from the OpenAPI document', () => {
  const t = useApp({ APP_ROLE: 'api' });
  let cast: Cast;
  let port: number;
  const agent = new http.Agent({ keepAlive: true });

  beforeAll(async () => {
    cast = await insertCast(t.world, testConfig(t.world, { APP_ROLE: 'api' }));
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => agent.destroy());

  /** Sends one probe; says its status and whether the answer ended the session. */
  const send = (probe: Probe, cookie?: string) =>
    new Promise<{ status: number; signedOut: boolean }>((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { ...CSRF };
      if (cookie) headers.cookie = cookie;
      if (probe.body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(probe.body);
      }
      const req = http.request(
        { host: '127.0.0.1', port, method: probe.method, path: probe.url, headers, agent },
        (res) => {
          if (process.env.FUZZ_DEBUG && res.statusCode === 400 && probe.what === 'baseline')
            res.on('data', (d: Buffer) => console.log(probe.method, probe.url, d.toString().slice(0, 300)));
          res.resume();
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              signedOut: !!res.headers['set-cookie']?.some((c) => /^hh_session=;/.test(c)),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(probe.body);
    });

  // The document writes /gigs/{gigId}, the routes /gigs/:gigId.
  const pathValue = (op: Operation, param: string) =>
    cast.pathValue(`${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`, param);

  const adjust = (op: Operation, body: Record<string, unknown>) => {
    for (const k of ['password', 'newPassword', 'currentPassword']) if (k in body) body[k] = PASSWORD;
    // Changing a password asks for the current one (optional in the document: a first password needs none).
    if (op.path === '/api/me/password') body.currentPassword = PASSWORD;
    if (op.path === '/api/auth/password') body.email = cast.emails.seeker;
    // A coordinator is assigned by their id.
    if (op.path === '/api/coordinator/seekers/{id}/coordinator')
      body.coordinatorId = cast.userIds.coordinator;
    // A report names the people booked on the gig.
    if (op.path === '/api/organisations/{orgId}/gigs/{gigId}/completion' && op.method === 'POST')
      body.entries = [{ ...(body.entries as object[])[0], bookingId: cast.reportBooking, outcome: 'worked' }];
    // An invitation is to a published gig of the organisation's own with places left (the fuzz makes cast.gig
    // full: editing it leaves one place, which the seeker takes).
    if (op.path === '/api/organisations/{orgId}/cards/{cardId}/invitations') body.gigId = cast.inviteGig;
    return body;
  };

  it('answers every field of every operation, for every caller, with less than a 500', async () => {
    const doc = openApiDocument(t.app) as unknown as Document;
    const ops = operationsOf(doc);
    const key = (op: Operation) => `${op.method} ${op.path}`;
    // The document must hold every route, or the fuzz would miss some.
    expect(ops.map(key).sort()).toEqual(
      listRoutes(t.app)
        .map((r) => `${r.method} /api${r.path.replace(/:(\w+)/g, '{$1}')}`)
        .sort(),
    );

    const context = {
      baselines: new Baselines(doc),
      pathValue,
      others: [cast.otherOrg, cast.otherGig],
      adjust,
    };
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const validBaseline = new Set<string>();
    let sent = 0;
    const started = Date.now();
    for (const op of ops) {
      // The callers of one operation run side by side, each in a session of their own.
      await Promise.all(
        CALLERS.map(async (caller) => {
          let cookie = await cast.as(caller);
          const { baseline, mutations } = probesOf(doc, op, context);
          for (const probe of [baseline, ...mutations]) {
            const { status, signedOut } = await send(probe, cookie);
            sent++;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status >= 500)
              failures.push(`${caller}: ${op.method} ${probe.url.slice(0, 100)} (${probe.what}) → ${status}`);
            if (probe === baseline && status < 300) validBaseline.add(key(op));
            if (probe === baseline && process.env.FUZZ_DEBUG)
              console.log(caller, key(op), status, probe.body);
            if (signedOut) cookie = await cast.as(caller); // a sign-out route ended it: the rest need one
          }
        }),
      );
    }
    const seconds = (Date.now() - started) / 1000;
    const answers = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    process.stdout.write(
      `OpenAPI fuzz: ${ops.length} operations × ${CALLERS.length} callers: ${sent} requests in ` +
        `${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s); answers ${answers.join(' ')}\n`,
    );

    expect(failures).toEqual([]);
    // A baseline that is refused would leave the mutations testing the validation only.
    expect(
      ops
        .map(key)
        .filter((k) => !validBaseline.has(k))
        .sort(),
    ).toEqual(Object.keys(NO_VALID_BASELINE).sort());
  }, 300_000);
});
