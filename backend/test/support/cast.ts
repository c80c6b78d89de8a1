// The people and things the whole-API tests (the OpenAPI fuzz, the role × route table) call routes about:
// one person of each role, their organisation and another, gigs in each state a route needs, a notice, a
// mail. Everyone signs in through `cast.as(role)`: a fresh session straight in the database, so a route that
// signs out or changes the password does not spoil the next call.
import { createHmac } from 'node:crypto';
import * as path from 'node:path';
import { DevMailbox } from '../../src/platform/mail/dev-mailbox';
import type { AppConfig } from '../../src/platform/config/config';
import { insertOrganisation, insertUser, sessionCookie, insertGig as insertGigRow } from './http';
import type { TestWorld } from './test-env';

/** Who calls: a person of each role (the member belongs to `ownOrg`), or nobody signed in. */
export const CALLERS = ['seeker', 'member', 'coordinator', 'admin', 'signed-out'] as const;
export type Caller = (typeof CALLERS)[number];

export interface Cast {
  userIds: Record<Exclude<Caller, 'signed-out'>, string>;
  emails: Record<Exclude<Caller, 'signed-out'>, string>;
  /** The member's organisation, verified. */
  ownOrg: string;
  /** An organisation the member does not belong to. */
  otherOrg: string;
  /** A published gig of ownOrg, tomorrow, with places left. */
  gig: string;
  /** A draft gig of ownOrg. */
  draftGig: string;
  /** A published gig of ownOrg that the seeker has booked. */
  bookedGig: string;
  /** A published gig of ownOrg for a route that ends it (cancel). */
  spareGig: string;
  /** A published gig of otherOrg. */
  otherGig: string;
  /** The seeker's booking of bookedGig. */
  booking: string;
  /** The seeker's booking of a gig that has started, whose work the organisation has not reported yet. */
  reportBooking: string;
  /** A notice of the seeker's. */
  notification: string;
  /** The seeker's visible "I can help with" card. */
  card: string;
  /** A published gig of ownOrg with places left that no other route changes: invitations are to it (and to
   * another seeker's visible card). */
  inviteGig: string;
  /** A mail in the development mailbox. */
  mail: string;
  /** The `Cookie` header of a new session of `caller`; undefined when signed out. */
  as(caller: Caller): Promise<string | undefined>;
  /**
   * An existing value for path parameter `param` of route `METHOD /api/path/:param`, one with which the
   * route can succeed for someone. Throws for a parameter nobody has given a value yet.
   */
  pathValue(route: string, param: string): string;
}

/**
 * After the gig: a gig that has been done, with the seeker's work reported and waiting for their answer;
 * one that has started with the seeker still booked (for the organisation's report); one whose figures the
 * seeker disputed; one where the organisation chooses between two applicants; another seeker's shared
 * work history.
 */
async function insertAfterTheGig(world: TestWorld, config: AppConfig, orgId: string, seekerId: string) {
  const past = (status: string) =>
    insertGigRow(world, orgId, { status, places: 5, hoursFromNow: -48, hours: 2 });
  const book = async (gigId: string, status: string, who = seekerId) =>
    (
      await world.db.query(
        `INSERT INTO bookings (gig_id, seeker_id, status) VALUES ($1, $2, $3) RETURNING id`,
        [gigId, who, status],
      )
    ).rows[0].id as string;
  const complete = (bookingId: string, gigId: string, status: string) =>
    world.db.query(
      `INSERT INTO completions (booking_id, gig_id, seeker_id, status, minutes, amount_cents, work_date,
         payment_date, responded_at, dispute_reason)
       VALUES ($1, $2, $3, $4, 120, 3000, current_date - 2, current_date - 2,
         CASE WHEN $4 = 'disputed' THEN now() END, CASE WHEN $4 = 'disputed' THEN 'Tein 3 tuntia' ELSE '' END)`,
      [bookingId, gigId, seekerId, status],
    );
  const pastGig = await past('in_progress');
  const completedBooking = await book(pastGig, 'completed');
  await complete(completedBooking, pastGig, 'reported');
  const reportGig = await past('in_progress');
  const reportBooking = await book(reportGig, 'booked');
  const disputedGig = await past('in_progress');
  const disputedBooking = await book(disputedGig, 'completed');
  await complete(disputedBooking, disputedGig, 'disputed');
  const chooseGig = await insertGigRow(world, orgId, { status: 'published', places: 5, hoursFromNow: 96 });
  await world.db.query(`UPDATE gigs SET selection = 'choose' WHERE id = $1`, [chooseGig]);
  const second = await insertUser(world, 'toinen.hakija@example.fi', 'seeker');
  const applications = [await book(chooseGig, 'applied'), await book(chooseGig, 'applied', second)];
  const historyToken = 'cast-work-history-link';
  const hash = createHmac('sha256', config.sessionSecret)
    .update(`work-history:${historyToken}`)
    .digest('hex');
  // The other seeker's, so that the seeker sharing their own history anew does not end it.
  await world.db.query(`INSERT INTO work_history_links (seeker_id, token_hash) VALUES ($1, $2)`, [
    second,
    hash,
  ]);
  // Outside earnings of the seeker's in the ledger, to correct: one by the seeker, one by a coordinator.
  const entry = await world.db.query(
    `INSERT INTO ledger_entries (seeker_id, kind, payer_name, amount_cents, work_date, payment_date, recorded_by)
     VALUES ($1, 'outside', 'Kauppa Oy', 5000, current_date - 3, current_date - 3, $1),
            ($1, 'outside', 'Kioski Oy', 3000, current_date - 2, current_date - 2, $1) RETURNING id`,
    [seekerId],
  );
  return {
    ledgerEntry: entry.rows[0].id as string,
    coordinatorLedgerEntry: entry.rows[1].id as string,
    pastGig,
    completedBooking,
    reportGig,
    reportBooking,
    disputedBooking,
    chooseGig,
    applications,
    historyToken,
  };
}

const insertGig = (world: TestWorld, organisationId: string, status: string) =>
  insertGigRow(world, organisationId, { status, places: 5 });

export async function insertCast(world: TestWorld, config: AppConfig): Promise<Cast> {
  const emails = {
    seeker: 'hakija@example.fi',
    member: 'jasen@example.fi',
    coordinator: 'koordinaattori@example.fi',
    admin: 'admin@example.fi',
  };
  const userIds = {
    seeker: await insertUser(world, emails.seeker, 'seeker'),
    member: await insertUser(world, emails.member, 'organisation'),
    coordinator: await insertUser(world, emails.coordinator, 'coordinator'),
    admin: await insertUser(world, emails.admin, 'admin'),
  };
  const ownOrg = await insertOrganisation(world, 'Oma ry', userIds.member);
  await world.db.query('UPDATE organisations SET verified_at = now() WHERE id = $1', [ownOrg]);
  const otherOrg = await insertOrganisation(world, 'Vieras ry');
  // A plain member of ownOrg, for the owner to remove.
  const plainMember = await insertUser(world, 'toinen.jasen@example.fi', 'organisation');
  await world.db.query(
    `INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'member')`,
    [ownOrg, plainMember],
  );
  const gig = await insertGig(world, ownOrg, 'published');
  const draftGig = await insertGig(world, ownOrg, 'draft');
  // Far enough ahead that the seeker may still withdraw (the default deadline is 24 hours before)
  const bookedGig = await insertGigRow(world, ownOrg, { status: 'published', places: 5, hoursFromNow: 72 });
  const spareGig = await insertGig(world, ownOrg, 'published');
  const otherGig = await insertGig(world, otherOrg, 'published');
  const booked = await world.db.query(
    `INSERT INTO bookings (gig_id, seeker_id, status) VALUES ($1, $2, 'booked') RETURNING id`,
    [bookedGig, userIds.seeker],
  );
  const booking: string = booked.rows[0].id;
  const after = await insertAfterTheGig(world, config, ownOrg, userIds.seeker);
  const { rows } = await world.db.query(
    `INSERT INTO notifications (user_id, kind, params, link, dedupe_key) VALUES ($1, 'match', '{}', '/', 'cast')
     RETURNING id`,
    [userIds.seeker],
  );
  const mail = await new DevMailbox(path.join(world.dataDir, 'mail')).store(
    { to: emails.seeker, subject: 'Tervetuloa', text: 'Hei', html: '<p>Hei</p>' },
    Buffer.from('Subject: Tervetuloa\r\n\r\nHei\r\n'),
  );
  const notification: string = rows[0].id;
  const cardRows = await world.db.query(
    `INSERT INTO help_cards (seeker_id, text, categories, postal_codes, visible, published_at)
     VALUES ($1, 'Haravoin ja kannan', '{yard}', '{28100}', true, now()) RETURNING id`,
    [userIds.seeker],
  );
  const card: string = cardRows.rows[0].id;
  const inviteGig = await insertGig(world, ownOrg, 'published');
  // Another seeker's card for invitations: the seeker's own may be hidden by a route before the invitation runs.
  const cardSeeker = await insertUser(world, 'kortti.hakija@example.fi', 'seeker');
  const inviteCard = await world.db.query(
    `INSERT INTO help_cards (seeker_id, text, visible, published_at) VALUES ($1, 'Siivoan', true, now()) RETURNING id`,
    [cardSeeker],
  );
  // An open erasure request of a seeker of its own: the first coordinator to call carries it out.
  const leaving = await insertUser(world, 'poistuva.hakija@example.fi', 'seeker', 'Poistuva Hakija');
  const erasure = await world.db.query(`INSERT INTO erasure_requests (seeker_id) VALUES ($1) RETURNING id`, [
    leaving,
  ]);
  const special: Record<string, string> = {
    'POST /api/coordinator/erasures/:id/carry-out id': erasure.rows[0].id,
    'DELETE /api/gigs/:gigId/booking gigId': bookedGig,
    'POST /api/organisations/:orgId/gigs/:gigId/publish gigId': draftGig,
    'POST /api/organisations/:orgId/gigs/:gigId/cancel gigId': spareGig,
    'POST /api/notifications/:id/read id': notification,
    'POST /api/coordinator/organisations/:id/verify id': otherOrg,
    'POST /api/coordinator/organisations/:id/pause id': otherOrg,
    'POST /api/coordinator/organisations/:id/resume id': otherOrg,
    'POST /api/coordinator/jobs/:queue/:id/retry queue': 'notifications',
    'POST /api/coordinator/jobs/:queue/:id/retry id': 'no-such-job',
    'GET /api/dev/mail/:id id': mail.id,
    'POST /api/organisations/:orgId/cards/:cardId/invitations cardId': inviteCard.rows[0].id,
    'DELETE /api/organisations/:orgId/members/:userId userId': plainMember,
  };
  for (const route of [
    'GET /api/coordinator/seekers/:id/earnings',
    'POST /api/coordinator/seekers/:id/earnings',
    'GET /api/coordinator/seekers/:id/limits',
    'PUT /api/coordinator/seekers/:id/limits',
    'POST /api/coordinator/seekers/:id/coordinator',
    'POST /api/coordinator/seekers/:id/earnings/:entryId/correction',
    'GET /api/coordinator/seekers/:id',
    'POST /api/coordinator/seekers/:id/sign-in-code',
    'POST /api/coordinator/seekers/:id/notes',
  ])
    special[`${route} id`] = userIds.seeker;
  special['POST /api/coordinator/seekers/:id/earnings/:entryId/correction entryId'] =
    after.coordinatorLedgerEntry;
  const people = (action: string) => `POST /api/organisations/:orgId/gigs/:gigId/people/:bookingId/${action}`;
  Object.assign(special, {
    [`${people('choose')} gigId`]: after.chooseGig,
    [`${people('choose')} bookingId`]: after.applications[0],
    [`${people('decline')} gigId`]: after.chooseGig,
    [`${people('decline')} bookingId`]: after.applications[1],
    [`${people('feedback')} gigId`]: after.pastGig,
    [`${people('feedback')} bookingId`]: after.completedBooking,
    'GET /api/gigs/:gigId/completion gigId': after.pastGig,
    'POST /api/gigs/:gigId/completion gigId': after.pastGig,
    'POST /api/gigs/:gigId/feedback gigId': after.pastGig,
    'GET /api/organisations/:orgId/gigs/:gigId/completion gigId': after.reportGig,
    'POST /api/organisations/:orgId/gigs/:gigId/completion gigId': after.reportGig,
    'POST /api/coordinator/completions/:bookingId/resolve bookingId': after.disputedBooking,
    'GET /api/work-history/:token token': after.historyToken,
  });
  // The kind of work the fuzz renames and retires is one the probes' gigs do not use.
  const byName: Record<string, string> = {
    orgId: ownOrg,
    gigId: gig,
    code: 'other',
    bookingId: booking,
    entryId: after.ledgerEntry,
    key: 'programme_cap',
    cardId: card,
  };
  return {
    userIds,
    emails,
    ownOrg,
    otherOrg,
    gig,
    draftGig,
    bookedGig,
    spareGig,
    otherGig,
    booking,
    reportBooking: after.reportBooking,
    notification,
    card,
    inviteGig,
    mail: mail.id,
    as: async (caller) =>
      caller === 'signed-out' ? undefined : sessionCookie(world, config, userIds[caller]),
    pathValue(route, param) {
      const value = special[`${route} ${param}`] ?? byName[param];
      if (!value) throw new Error(`give path parameter ${param} of ${route} an existing value in cast.ts`);
      return value;
    },
  };
}
