import { Controller, Get, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { listRoutes, routesWithoutRule } from '../../src/platform/auth/route-audit';
import { httpAppOptions, setupHttp } from '../../src/platform/http/setup';
import { Agent, insertGig, insertOrganisation, insertUser, latestToken, signedIn } from '../support/http';
import { createApp, createWorld, testConfig, TestWorld } from '../support/test-env';

@Controller('forgotten')
class ForgottenController {
  @Get()
  secret() {
    return { leaked: true };
  }
}
@Module({ controllers: [ForgottenController] })
class ForgottenModule {}

describe('authorization', () => {
  let world: TestWorld;
  let app: NestExpressApplication;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    world = await createWorld();
    app = await createApp(testConfig(world, { APP_ROLE: 'all' }));
    const member = await insertUser(world, 'jasen@example.fi', 'organisation');
    orgA = await insertOrganisation(world, 'Oma ry', member);
    orgB = await insertOrganisation(world, 'Vieras ry');
    await insertUser(world, 'hakija@example.fi', 'seeker');
    await insertUser(world, 'koordinaattori@example.fi', 'coordinator');
    await insertUser(world, 'admin@example.fi', 'admin');
    await insertGig(world, orgA, { title: 'Haravointi', payCents: 3000 });
  });
  afterAll(async () => {
    await app.close();
    await world.drop();
  });

  it('every route of the app declares who may call it', () => {
    const routes = listRoutes(app);
    expect(routes.length).toBeGreaterThan(10);
    expect(routesWithoutRule(app)).toEqual([]);
  });

  it('finds a route without a rule, and the app refuses to serve it', async () => {
    const ref = await Test.createTestingModule({
      imports: [AppModule.forRole(testConfig(world, { APP_ROLE: 'api' })), ForgottenModule],
    }).compile();
    const bad = ref.createNestApplication<NestExpressApplication>(httpAppOptions({ logger: false }));
    setupHttp(bad, testConfig(world, { APP_ROLE: 'api' }));
    await bad.init();
    try {
      expect(routesWithoutRule(bad)).toEqual([
        expect.objectContaining({ controller: 'ForgottenController', method: 'GET', path: '/forgotten' }),
      ]);
      const res = await request(bad.getHttpServer()).get('/api/forgotten');
      expect(res.status).toBe(403);
      expect(res.body.leaked).toBeUndefined();
    } finally {
      await bad.close();
    }
  });

  it('keeps signed-out people out of signed-in routes', async () => {
    for (const url of [
      '/api/me',
      '/api/gigs',
      '/api/coordinator/overview',
      '/api/admin/coordinators',
      `/api/organisations/${orgA}/gigs`,
    ]) {
      const res = await new Agent(app).get(url);
      expect([url, res.status]).toEqual([url, 401]);
    }
  });

  it('shows a seeker the upcoming gigs but not the staff pages', async () => {
    const seeker = await signedIn(app, 'hakija@example.fi');
    const gigs = await seeker.get('/api/gigs');
    expect(gigs.status).toBe(200);
    expect(gigs.body).toEqual({
      items: [expect.objectContaining({ title: 'Haravointi', payCents: 3000, organisationName: 'Oma ry' })],
      next: null,
    });
    expect((await seeker.get('/api/coordinator/overview')).status).toBe(403);
    expect((await seeker.get('/api/admin/coordinators')).status).toBe(403);
    expect((await seeker.get(`/api/organisations/${orgA}/gigs`)).status).toBe(403);
  });

  it("lets an organisation member see their own organisation's gigs and no one else's", async () => {
    const member = await signedIn(app, 'jasen@example.fi');
    const own = await member.get(`/api/organisations/${orgA}/gigs`);
    expect(own.status).toBe(200);
    expect(own.body).toHaveLength(1);
    expect((await member.get(`/api/organisations/${orgB}/gigs`)).status).toBe(403);
    expect((await member.get('/api/organisations/not-a-uuid/gigs')).status).toBe(403);
    expect((await member.get('/api/coordinator/overview')).status).toBe(403);
  });

  it('gives coordinators the overview and the organisations, awaiting verification first', async () => {
    const coordinator = await signedIn(app, 'koordinaattori@example.fi');
    const overview = await coordinator.get('/api/coordinator/overview');
    expect(overview.body).toEqual({
      seekers: 1,
      organisations: 2,
      organisationsAwaitingVerification: 2,
      upcomingGigs: 1,
    });
    const orgs = await coordinator.get('/api/coordinator/organisations');
    expect(orgs.body.map((o: { name: string }) => o.name)).toEqual(['Oma ry', 'Vieras ry']);
    expect((await coordinator.get(`/api/organisations/${orgB}/gigs`)).status).toBe(200);
    expect((await coordinator.get('/api/admin/coordinators')).status).toBe(403);
  });

  it('lets an admin invite a coordinator, whose link creates a coordinator account', async () => {
    const admin = await signedIn(app, 'admin@example.fi');
    const bad = await admin.post('/api/admin/coordinators/invitations', {
      email: 'x',
      name: '',
      locale: 'fi',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'name']);
    const taken = await admin.post('/api/admin/coordinators/invitations', {
      email: 'hakija@example.fi',
      name: 'H',
      locale: 'fi',
    });
    expect(taken.status).toBe(409);
    const res = await admin.post('/api/admin/coordinators/invitations', {
      email: 'uusi.koordinaattori@example.fi',
      name: 'Uusi Koordinaattori',
      locale: 'en',
    });
    expect(res.status).toBe(202);
    const invited = new Agent(app);
    const me = await invited.post('/api/auth/magic-link/verify', {
      token: await latestToken(world, 'uusi.koordinaattori@example.fi'),
    });
    expect(me.body).toMatchObject({ role: 'coordinator', name: 'Uusi Koordinaattori', locale: 'en' });
    const list = await admin.get('/api/admin/coordinators');
    expect(list.body.map((c: { email: string }) => c.email)).toEqual([
      'koordinaattori@example.fi',
      'uusi.koordinaattori@example.fi',
    ]);
  });

  it('reports health of the database, Redis and the queues', async () => {
    const res = await new Agent(app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.checks).toMatchObject({ database: 'up', redis: 'up' });
    expect(Object.keys(res.body.checks.queues).sort()).toEqual([
      'accounts',
      'earnings',
      'gigs',
      'matching',
      'notifications',
      'privacy',
    ]);
  });
});
