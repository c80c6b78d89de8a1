// Bad input never reaches a 500: every state-changing route gets malformed bodies and odd path values from a
// caller who may use it, and must answer with a 4xx.
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { listRoutes } from '../../src/platform/auth/route-audit';
import { CSRF, insertOrganisation, insertUser, signedIn, Agent } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

const BODIES: unknown[] = [
  [],
  'just text',
  {
    email: null,
    name: 42,
    preferences: [null],
    categories: 'snow',
    token: {},
    payCents: 1.5,
    startsAt: 'nope',
  },
  {
    preferences: [{ kind: 'match', inApp: 'yes', mail: 7 }],
    categories: [null],
    publish: 'maybe',
    places: '1e9',
  },
  { newPassword: 'x'.repeat(100000), title: { $gt: '' }, locale: ['fi'] },
];

describe('malformed input', () => {
  let world: TestWorld;
  let app: NestExpressApplication;
  const agents: Agent[] = [];
  let orgId: string;

  beforeAll(async () => {
    world = await createWorld();
    app = await createApp(testConfig(world, { APP_ROLE: 'api' }));
    const member = await insertUser(world, 'jasen@example.fi', 'organisation');
    orgId = await insertOrganisation(world, 'Oma ry', member);
    await insertUser(world, 'hakija@example.fi', 'seeker');
    await insertUser(world, 'koordinaattori@example.fi', 'coordinator');
    await insertUser(world, 'admin@example.fi', 'admin');
    for (const email of [
      'jasen@example.fi',
      'hakija@example.fi',
      'koordinaattori@example.fi',
      'admin@example.fi',
    ]) {
      agents.push(await signedIn(app, email));
    }
    agents.push(new Agent(app)); // signed out
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });

  it('answers every state-changing route with a 4xx, never a 500', async () => {
    const routes = listRoutes(app).filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    // Sign-out routes end the session: try them last.
    routes.sort((a, b) => Number(a.path.includes('sign-out')) - Number(b.path.includes('sign-out')));
    expect(routes.length).toBeGreaterThan(15);
    const seen: string[] = [];
    for (const route of routes) {
      for (const pathValue of [orgId, 'not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
        const url = `/api${route.path.replace(/:[A-Za-z]+/g, (p) => (p === ':queue' ? 'notifications' : pathValue))}`;
        for (const agent of agents) {
          for (const body of BODIES) {
            const req = request(app.getHttpServer())[route.method.toLowerCase() as 'post'](url).set(CSRF);
            if (agent.cookie) req.set('Cookie', agent.cookie);
            const res =
              typeof body === 'string'
                ? await req.set('content-type', 'application/json').send(body)
                : await req.send(body as object);
            seen.push(`${route.method} ${url} → ${res.status}`);
            expect([`${route.method} ${url}`, res.status < 500]).toEqual([`${route.method} ${url}`, true]);
          }
        }
      }
    }
    expect(seen.length).toBeGreaterThan(200);
  });
});
