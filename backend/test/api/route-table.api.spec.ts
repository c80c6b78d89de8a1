// Who may call what, written down: every route of the app, called by each kind of caller with one fixed probe
// (existing ids in the path; `{}` as the body of a change), and the answer expected. A new route fails this
// test until someone writes down its row; a changed answer fails it until the row says so.
import request from 'supertest';
import { listRoutes } from '../../src/platform/auth/route-audit';
import { CALLERS, Caller, Cast, insertCast } from '../support/cast';
import { CSRF } from '../support/http';
import { testConfig, useApp } from '../support/test-env';

/** Answers of: seeker, organisation member (of the organisation in the path), coordinator, admin, signed out. */
type Row = [seeker: number, member: number, coordinator: number, admin: number, signedOut: number];

// Public routes that validate a body answer 400 to `{}` from anyone; 400 from a route with an access rule
// means the caller got past it. Ids: the member's organisation, a published gig of it (the booked one for
// withdrawing, a draft for publishing, a spare one for cancelling), the seeker's notice, the other
// organisation for verifying, a job that has not failed, a mail of the development mailbox.
const EXPECTED: Record<string, Row> = {
  'POST /api/auth/sign-up': [400, 400, 400, 400, 400],
  'POST /api/auth/magic-link': [400, 400, 400, 400, 400],
  'POST /api/auth/magic-link/verify': [400, 400, 400, 400, 400],
  'POST /api/auth/password': [400, 400, 400, 400, 400],
  'POST /api/auth/code': [400, 400, 400, 400, 400],
  'POST /api/auth/sign-out': [204, 204, 204, 204, 401],
  'POST /api/auth/sign-out-everywhere': [204, 204, 204, 204, 401],

  'GET /api/me': [200, 200, 200, 200, 401],
  'PATCH /api/me': [200, 200, 200, 200, 401],
  'PUT /api/me/password': [400, 400, 400, 400, 401],
  'PUT /api/me/account': [400, 400, 400, 400, 401],
  'POST /api/me/email': [400, 400, 400, 400, 401],
  'POST /api/me/email/confirm': [400, 400, 400, 400, 400],

  'GET /api/admin/coordinators': [403, 403, 403, 200, 401],
  'POST /api/admin/coordinators/invitations': [403, 403, 403, 400, 401],

  'GET /api/gigs': [200, 403, 200, 200, 401],
  'GET /api/gigs/:gigId': [200, 403, 200, 200, 401],
  'POST /api/gigs/:gigId/booking': [200, 403, 403, 403, 401],
  'DELETE /api/gigs/:gigId/booking': [200, 403, 403, 403, 401],
  'GET /api/me/gigs': [200, 403, 403, 403, 401],
  'GET /api/me/for-you': [200, 403, 403, 403, 401],
  'GET /api/organisations/:orgId/gigs': [403, 200, 200, 200, 401],
  'POST /api/organisations/:orgId/gigs': [403, 400, 403, 403, 401],
  'GET /api/organisations/:orgId/gigs/:gigId': [403, 200, 200, 200, 401],
  'POST /api/organisations/:orgId/gigs/:gigId/publish': [403, 200, 403, 403, 401],
  'POST /api/organisations/:orgId/gigs/:gigId/cancel': [403, 200, 403, 403, 401],

  'PUT /api/organisations/:orgId/gigs/:gigId': [403, 400, 403, 403, 401],
  'GET /api/organisations/:orgId/gigs/:gigId/history': [403, 200, 200, 200, 401],
  'POST /api/gigs/:gigId/waitlist': [200, 403, 403, 403, 401],
  'POST /api/gigs/:gigId/booking/coming': [200, 403, 403, 403, 401],
  'GET /api/gigs/:gigId/completion': [200, 403, 403, 403, 401],
  'POST /api/gigs/:gigId/completion': [400, 403, 403, 403, 401],
  'POST /api/gigs/:gigId/feedback': [400, 403, 403, 403, 401],
  'GET /api/gigs/:gigId/messages': [200, 403, 403, 403, 401],
  'POST /api/gigs/:gigId/messages': [400, 403, 403, 403, 401],
  'GET /api/me/work-history': [200, 403, 403, 403, 401],
  'POST /api/me/work-history/link': [200, 403, 403, 403, 401],
  'DELETE /api/me/work-history/link': [204, 403, 403, 403, 401],
  'GET /api/work-history/:token': [200, 200, 200, 200, 200],
  'GET /api/organisations/:orgId/gigs/:gigId/people': [403, 200, 200, 200, 401],
  'POST /api/organisations/:orgId/gigs/:gigId/people/:bookingId/choose': [403, 204, 403, 403, 401],
  'POST /api/organisations/:orgId/gigs/:gigId/people/:bookingId/decline': [403, 204, 403, 403, 401],
  'POST /api/organisations/:orgId/gigs/:gigId/people/:bookingId/feedback': [403, 400, 403, 403, 401],
  'GET /api/organisations/:orgId/gigs/:gigId/completion': [403, 200, 200, 200, 401],
  'POST /api/organisations/:orgId/gigs/:gigId/completion': [403, 400, 403, 403, 401],
  'GET /api/organisations/:orgId/gigs/:gigId/messages': [403, 200, 200, 200, 401],
  'POST /api/organisations/:orgId/gigs/:gigId/messages': [403, 400, 403, 403, 401],
  'GET /api/coordinator/completions': [403, 403, 200, 200, 401],
  'POST /api/coordinator/completions/:bookingId/resolve': [403, 403, 400, 400, 401],
  'GET /api/gig-categories': [200, 200, 200, 200, 401],
  'POST /api/gig-categories': [403, 403, 400, 400, 401],
  'PUT /api/gig-categories/:code': [403, 403, 400, 400, 401],
  'GET /api/gig-terms': [200, 200, 200, 200, 401],

  'GET /api/me/match-preferences': [200, 403, 403, 403, 401],
  'PUT /api/me/match-preferences': [400, 403, 403, 403, 401],
  'GET /api/me/work-profile': [200, 403, 403, 403, 401],

  'GET /api/me/earnings': [200, 403, 403, 403, 401],
  'GET /api/me/earnings/statement': [400, 403, 403, 403, 401],
  'GET /api/me/earnings/statement.csv': [400, 403, 403, 403, 401],
  'POST /api/me/earnings': [400, 403, 403, 403, 401],
  'POST /api/me/earnings/:entryId/correction': [400, 403, 403, 403, 401],
  'GET /api/me/limits': [200, 403, 403, 403, 401],
  'PUT /api/me/limits': [400, 403, 403, 403, 401],
  'GET /api/gigs/:gigId/impact': [200, 403, 403, 403, 401],
  'GET /api/limit-rules': [200, 200, 200, 200, 401],
  'POST /api/coordinator/limit-rules/:key/versions': [403, 403, 400, 400, 401],
  'GET /api/coordinator/seekers/:id/earnings': [403, 403, 200, 200, 401],
  'POST /api/coordinator/seekers/:id/earnings/:entryId/correction': [403, 403, 400, 400, 401],
  'GET /api/coordinator/earnings': [403, 403, 200, 200, 401],
  'POST /api/coordinator/seekers/:id/earnings': [403, 403, 400, 400, 401],
  'GET /api/coordinator/seekers/:id/limits': [403, 403, 200, 200, 401],
  'PUT /api/coordinator/seekers/:id/limits': [403, 403, 400, 400, 401],
  'POST /api/coordinator/seekers/:id/coordinator': [403, 403, 400, 400, 401],
  'PUT /api/me/work-profile': [400, 403, 403, 403, 401],
  'GET /api/me/work-ability': [200, 403, 403, 403, 401],
  'POST /api/me/work-ability': [400, 403, 403, 403, 401],

  'GET /api/me/card': [200, 403, 403, 403, 401],
  'PUT /api/me/card': [400, 403, 403, 403, 401],
  'PUT /api/me/card/visibility': [400, 403, 403, 403, 401],
  'GET /api/organisations/:orgId/cards': [403, 200, 403, 403, 401],
  'POST /api/organisations/:orgId/cards/:cardId/invitations': [403, 400, 403, 403, 401],
  'GET /api/organisations/:orgId/members': [403, 200, 403, 403, 401],
  'POST /api/organisations/:orgId/invitations': [403, 400, 403, 403, 401],
  'DELETE /api/organisations/:orgId/members/:userId': [403, 204, 403, 403, 401],

  'GET /api/notifications': [200, 200, 200, 200, 401],
  'GET /api/notifications/unread': [200, 200, 200, 200, 401],
  'POST /api/notifications/read-all': [204, 204, 204, 204, 401],
  'POST /api/notifications/:id/read': [204, 404, 404, 404, 401],
  'GET /api/notifications/preferences': [200, 200, 200, 200, 401],
  'PUT /api/notifications/preferences': [400, 400, 400, 400, 401],

  'GET /api/coordinator/overview': [403, 403, 200, 200, 401],
  'GET /api/coordinator/organisations': [403, 403, 200, 200, 401],
  'POST /api/coordinator/organisations/:id/verify': [403, 403, 204, 204, 401],
  'POST /api/coordinator/organisations/:id/pause': [403, 403, 204, 204, 401],
  'POST /api/coordinator/organisations/:id/resume': [403, 403, 204, 204, 401],
  'GET /api/coordinator/jobs/failed': [403, 403, 200, 200, 401],
  'POST /api/coordinator/jobs/:queue/:id/retry': [403, 403, 404, 404, 401],
  'GET /api/coordinator/dashboard': [403, 403, 200, 200, 401],
  'GET /api/coordinator/coordinators': [403, 403, 200, 200, 401],
  'GET /api/coordinator/seekers': [403, 403, 200, 200, 401],
  'POST /api/coordinator/seekers': [403, 403, 400, 400, 401],
  'GET /api/coordinator/seekers/:id': [403, 403, 200, 200, 401],
  'POST /api/coordinator/seekers/:id/sign-in-code': [403, 403, 201, 201, 401],
  'POST /api/coordinator/seekers/:id/notes': [403, 403, 400, 400, 401],
  'GET /api/coordinator/reports': [403, 403, 400, 400, 401],
  'GET /api/coordinator/reports/csv': [403, 403, 400, 400, 401],
  'GET /api/coordinator/audit': [403, 403, 200, 200, 401],
  'GET /api/coordinator/erasures': [403, 403, 200, 200, 401],
  'POST /api/coordinator/erasures/:id/carry-out': [403, 403, 204, 409, 401],
  'GET /api/me/data': [200, 403, 403, 403, 401],
  'GET /api/me/erasure': [200, 403, 403, 403, 401],
  'POST /api/me/erasure': [200, 403, 403, 403, 401],

  'GET /api/health': [200, 200, 200, 200, 200],
  'GET /api/dev/mail': [200, 200, 200, 200, 200],
  'GET /api/dev/mail/:id': [200, 200, 200, 200, 200],
};

describe('role × route table', () => {
  const t = useApp({ APP_ROLE: 'api' });
  let cast: Cast;
  beforeAll(async () => {
    cast = await insertCast(t.world, testConfig(t.world, { APP_ROLE: 'api' }));
  });

  it('keeps the staff routes from seekers and organisation members', () => {
    const staff = Object.entries(EXPECTED).filter(([route]) => / \/api\/(coordinator|admin)\//.test(route));
    expect(staff.length).toBeGreaterThanOrEqual(7);
    for (const [route, [seeker, member]] of staff) expect([route, seeker, member]).toEqual([route, 403, 403]);
  });

  it('answers every route, for every caller, as the table says', async () => {
    const routes = listRoutes(t.app).map((r) => ({ ...r, key: `${r.method} /api${r.path}` }));
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(EXPECTED).sort());

    const actual: Record<string, Row> = {};
    for (const route of routes) {
      const url = route.key
        .replace(/^\w+ /, '')
        .replace(/:(\w+)/g, (_, param: string) => cast.pathValue(route.key, param));
      const answers: number[] = [];
      for (const caller of CALLERS) answers.push(await call(route.method, url, caller));
      actual[route.key] = answers as Row;
    }
    expect(actual).toEqual(EXPECTED);
  });

  async function call(method: string, url: string, caller: Caller): Promise<number> {
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const req = request(t.app.getHttpServer())[verb](url);
    req.set(CSRF);
    const cookie = await cast.as(caller);
    if (cookie) req.set('Cookie', cookie);
    const res = method === 'GET' ? await req : await req.send({});
    return res.status;
  }
});
