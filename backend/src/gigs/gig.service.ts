// Gigs: posting, editing, copying and repeating them, their lifecycle and their clock. Every change and its
// event are written in one transaction, and the current instant comes from the injected clock.
import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrganisationService } from '../accounts/organisation.service';
import type { AuthUser } from '../platform/auth/access';
import { invalidFields } from '../platform/http/validation';
import { CLOCK, Clock } from '../platform/clock/clock';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { addDays, helsinkiDay, helsinkiOffsetMs, helsinkiTime } from '../platform/core/helsinki';
import type {
  CreateGigDto,
  GigCategoryDto,
  GigDetailDto,
  GigFieldsDto,
  MyGigDto,
  NewCategoryDto,
  OrgGigDto,
  StatusChangeDto,
} from './dto/gig.dto';
import { decodeCursor, encodeCursor } from '../platform/http/cursor';
import type { ForYouPageDto, ForYouQuery, GigPageDto, GigSearchQuery } from './dto/gig-list.dto';
import { checkGigTerms } from './gig-terms';
import { GigQueries } from './gig.queries';
import { GigAction, GigStatus, transition } from './gig.lifecycle';
import { GigFields, GigRepository, GigRow } from './gig.repository';
import type { GigFacts, Payer } from './gigs.events';
import { expectedPay } from './pay.rules';

const PAGE = 200;
/** A page of the seeker's lists (search, For you) unless they ask for another size. */
const LIST_PAGE = 20;

/**
 * The first `limit` rows (fetched one more, to know if there is a next page) as `item` makes them, and the
 * cursor after them.
 */
function pageOf<T, I>(
  rows: T[],
  limit: number,
  key: (last: T) => (string | number)[],
  item: (row: T) => I,
): { items: I[]; next: string | null } {
  const kept = rows.length > limit ? rows.slice(0, limit) : rows;
  const next = rows.length > limit ? encodeCursor(key(kept[kept.length - 1])) : null;
  return { items: kept.map(item), next };
}

const noSuchGig = () => new NotFoundException({ code: 'not_found', message: 'No such gig.' });

/** PostgreSQL's code for a broken exclusion constraint (a booked person's places would overlap). */
const EXCLUSION_VIOLATION = '23P01';

/** What matching needs to know of a gig to run a wave. */
export interface MatchFacts {
  id: string;
  category: GigRow['category'];
  open: boolean;
  openPlaces: number;
  startsAt: Date;
  attendanceHours: number;
}

/** The same wall-clock time `weeks` weeks later in Helsinki (an hour's shift at a daylight-saving change is kept out). */
export function weeksLater(instant: Date, weeks: number): Date {
  const local = new Date(instant.getTime() + helsinkiOffsetMs(instant));
  const day = addDays(helsinkiDay(instant), 7 * weeks);
  return helsinkiTime(day, local.getUTCHours(), local.getUTCMinutes());
}

@Injectable()
export class GigService {
  constructor(
    private readonly repo: GigRepository,
    private readonly queries: GigQueries,
    private readonly organisations: OrganisationService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The search of open gigs, a page at a time, soonest first. */
  async search(q: GigSearchQuery): Promise<GigPageDto> {
    if (q.from && q.to && q.to < q.from)
      throw invalidFields([
        { field: 'to', code: 'before_from', message: 'Give a day on or after the first day.' },
      ]);
    const limit = q.limit ?? LIST_PAGE;
    const after = q.after ? (decodeCursor(q.after, ['instant', 'uuid']) as [string, string]) : null;
    const rows = await this.queries.search(
      this.clock.now(),
      {
        category: q.category,
        area: q.area || undefined,
        fromAt: q.from ? helsinkiTime(q.from, 0, 0) : undefined,
        toAt: q.to ? helsinkiTime(addDays(q.to, 1), 0, 0) : undefined,
        minPayCents: q.minPayCents,
      },
      after,
      limit + 1,
    );
    return pageOf(
      rows,
      limit,
      (last) => [last.cursorAt, last.id],
      ({ cursorAt: _at, ...gig }) => gig,
    );
  }

  /** The open gigs matching told the seeker of, best first, with why. */
  async forYou(seekerId: string, q: ForYouQuery): Promise<ForYouPageDto> {
    const limit = q.limit ?? LIST_PAGE;
    const after = q.after
      ? (decodeCursor(q.after, ['number', 'instant', 'uuid']) as [number, string, string])
      : null;
    const rows = await this.queries.forYou(seekerId, this.clock.now(), after, limit + 1);
    return pageOf(
      rows,
      limit,
      (last) => [last.rank, last.cursorAt, last.id],
      ({ cursorAt: _at, rank: _rank, ...gig }) => gig,
    );
  }

  ofOrganisation(organisationId: string): Promise<OrgGigDto[]> {
    return this.queries.ofOrganisation(organisationId, PAGE);
  }

  async ofOrganisationOne(organisationId: string, gigId: string): Promise<OrgGigDto> {
    const gig = await this.queries.oneWithPrivate(gigId);
    if (!gig || gig.organisationId !== organisationId) throw noSuchGig();
    return gig;
  }

  async history(organisationId: string, gigId: string): Promise<StatusChangeDto[]> {
    await this.ofOrganisationOne(organisationId, gigId);
    return this.queries.history(gigId);
  }

  /**
   * A gig as the caller may see it. A seeker sees published gigs and those they hold a place on; the street
   * address and the contact's phone only while they hold a place. Staff see everything.
   */
  async detail(gigId: string, user: Pick<AuthUser, 'id' | 'role'>): Promise<GigDetailDto> {
    const gig = await this.queries.oneWithPrivate(gigId);
    const booking = await this.repo.latestBooking(gigId, user.id);
    if (!gig || (user.role === 'seeker' && gig.status === 'draft' && !booking)) throw noSuchGig();
    const insider = user.role !== 'seeker' || booking?.status === 'booked' || booking?.status === 'completed';
    const {
      streetAddress,
      contactPhone,
      latitude: _lat,
      longitude: _lon,
      copiedFromId: _from,
      ...open
    } = gig;
    return {
      ...open,
      matchReasons: user.role === 'seeker' ? await this.queries.matchReasons(gigId, user.id) : [],
      myBooking: booking?.status ?? null,
      myAttendanceConfirmed: booking?.attendanceConfirmed ?? false,
      streetAddress: insider ? streetAddress : null,
      contactPhone: insider ? contactPhone : '',
    };
  }

  /** The terms every new or edited gig meets, for forms to tell people before they post. */
  terms(): { minHourlyPayCents: number } {
    return { minHourlyPayCents: this.config.minHourlyPayCents };
  }

  /**
   * Posts a gig: published at once (verified organisations) or kept as a draft; with `repeatWeeks`, the same
   * gig on that many following weeks too, as one series. Returns the new gigs' ids, the first one first.
   */
  async create(organisationId: string, dto: CreateGigDto, by: string | null = null): Promise<string[]> {
    const now = this.clock.now();
    const fields = this.fields(dto);
    await this.check(fields, now);
    const organisation = await this.organisations.find(organisationId);
    if (!organisation) throw new NotFoundException({ code: 'not_found', message: 'No such organisation.' });
    if (dto.publish && !organisation.verified) throw this.notVerified();
    if (dto.publish && organisation.paused) throw this.pausedOrganisation();
    if (dto.copiedFromId) {
      const source = await this.repo.gig(dto.copiedFromId);
      if (!source || source.organisationId !== organisationId)
        throw invalidFields([{ field: 'copiedFromId', code: 'invalid', message: 'Not a gig of yours.' }]);
    }
    const weeks = dto.repeatWeeks ?? 0;
    return this.repo.transaction(async (tx) => {
      const seriesId = weeks > 0 ? randomUUID() : null;
      const ids: string[] = [];
      for (let w = 0; w <= weeks; w++) {
        const gigId = await tx.insertGig(
          {
            ...fields,
            startsAt: weeksLater(fields.startsAt, w),
            endsAt: weeksLater(fields.endsAt, w),
            organisationId,
            createdBy: by,
            seriesId,
            copiedFromId: dto.copiedFromId ?? null,
          },
          dto.publish ? 'published' : 'draft',
          now,
        );
        if (dto.publish)
          await tx.emit('gig.published', { gig: facts((await tx.gig(gigId))!, organisation.name) });
        ids.push(gigId);
      }
      return ids;
    });
  }

  /**
   * An organisation edits its gig before it starts. Places cannot go below those taken, the way people are
   * chosen cannot change while applications wait, and a new time must not overlap another gig of a booked
   * person; the booked seekers hear of the change.
   */
  async update(
    organisationId: string,
    gigId: string,
    dto: GigFieldsDto,
    by: string | null,
  ): Promise<OrgGigDto> {
    const now = this.clock.now();
    const fields = this.fields(dto);
    await this.check(fields, now);
    const name = await this.organisationName(organisationId);
    await this.repo.transaction(async (tx) => {
      const gig = await this.ownGig(tx, organisationId, gigId, true);
      if (!['draft', 'published', 'full'].includes(gig.status) || gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({
          code: 'gig_started',
          message: 'A gig can be changed only before it starts.',
        });
      if (fields.places < gig.occupied)
        throw invalidFields([
          { field: 'places', code: 'below_taken', message: `${gig.occupied} places are taken already.` },
        ]);
      if (fields.selection !== gig.selection && (await tx.pendingApplications(gigId)) > 0)
        throw new ConflictException({
          code: 'applications_waiting',
          message: 'People have applied: choose among them before changing how people are chosen.',
        });
      const changed = changedFields(gig, fields);
      await tx.updateGigFields(gigId, fields, now);
      if (changed.includes('time')) {
        try {
          await tx.moveBookedTime(gigId, fields.timeKind, fields.startsAt, fields.endsAt);
        } catch (e) {
          if ((e as { code?: string }).code === EXCLUSION_VIOLATION)
            throw new ConflictException({
              code: 'booking_overlap',
              message:
                'Someone booked on this gig has another gig at the new time. Agree on it with them first.',
            });
          throw e;
        }
      }
      const updated = (await tx.gig(gigId))!;
      if (updated.status === 'published' && updated.occupied >= updated.places)
        await this.move(tx, updated, 'fill', by, now);
      else if (updated.status === 'full' && updated.occupied < updated.places)
        await this.move(tx, updated, 'reopen', by, now);
      const seekerIds = await tx.bookedSeekers(gigId);
      if (changed.length && seekerIds.length)
        await tx.emit('gig.changed', { gig: facts(updated, name), seekerIds, changed });
    });
    return this.ofOrganisationOne(organisationId, gigId);
  }

  async publish(organisationId: string, gigId: string, by: string | null = null): Promise<OrgGigDto> {
    const organisation = await this.organisations.find(organisationId);
    await this.repo.transaction(async (tx) => {
      const gig = await this.ownGig(tx, organisationId, gigId, true);
      if (!transition(gig.status, 'publish'))
        throw new ConflictException({ code: 'conflict', message: 'Only a draft can be published.' });
      if (!organisation?.verified) throw this.notVerified();
      if (organisation.paused) throw this.pausedOrganisation();
      const now = this.clock.now();
      if (gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({ code: 'gig_started', message: 'The gig has already started.' });
      await this.move(tx, gig, 'publish', by, now);
      await tx.emit('gig.published', { gig: facts(gig, organisation.name) });
    });
    return this.ofOrganisationOne(organisationId, gigId);
  }

  async cancel(organisationId: string, gigId: string, by: string | null = null): Promise<OrgGigDto> {
    const name = await this.organisationName(organisationId);
    await this.repo.transaction(async (tx) => {
      const gig = await this.ownGig(tx, organisationId, gigId, true);
      if (!transition(gig.status, 'cancel')) {
        throw new ConflictException({ code: 'conflict', message: 'This gig can no longer be cancelled.' });
      }
      const wasDraft = gig.status === 'draft';
      const now = this.clock.now();
      const seekerIds = await tx.cancelBookings(gigId, by, now);
      await this.move(tx, gig, 'cancel', by, now);
      if (!wasDraft) await tx.emit('gig.cancelled', { gig: facts(gig, name), seekerIds });
    });
    return this.ofOrganisationOne(organisationId, gigId);
  }

  // The managed list of kinds of work

  categories(): Promise<GigCategoryDto[]> {
    return this.repo.categories();
  }

  async saveCategory(dto: NewCategoryDto, code = dto.code): Promise<GigCategoryDto[]> {
    await this.repo.saveCategory({ ...dto, code });
    return this.repo.categories();
  }

  private fields(dto: GigFieldsDto): GigFields {
    return {
      ...dto,
      streetAddress: dto.streetAddress || null,
      latitude: dto.latitude ?? null,
      longitude: dto.longitude ?? null,
      skills: [...new Set(dto.skills)],
      languages: [...new Set(dto.languages)],
    };
  }

  private async check(fields: GigFields, now: Date): Promise<void> {
    const active = new Set((await this.repo.categories()).filter((c) => c.active).map((c) => c.code));
    const errors = checkGigTerms(fields, {
      now,
      minHourlyPayCents: this.config.minHourlyPayCents,
      categories: active,
    });
    if (errors.length) throw invalidFields(errors);
  }

  myGigs(seekerId: string): Promise<MyGigDto[]> {
    return this.queries.mine(seekerId, PAGE);
  }

  // For other features, through this service only

  /** Whether a booking still stands for a reminder: booked, on a published gig that has not started. */
  async bookingStands(bookingId: string): Promise<boolean> {
    const booking = await this.repo.bookingById(bookingId);
    if (!booking || booking.status !== 'booked') return false;
    const gig = await this.repo.gig(booking.gigId);
    return (
      !!gig &&
      ['published', 'full'].includes(gig.status) &&
      gig.startsAt.getTime() > this.clock.now().getTime()
    );
  }

  /** Whether seekers may still take places on the gig. */
  async isOpen(gigId: string): Promise<boolean> {
    const gig = await this.repo.gig(gigId);
    return (
      !!gig &&
      gig.status === 'published' &&
      gig.startsAt.getTime() > this.clock.now().getTime() &&
      !(await this.paused(gig.organisationId))
    );
  }

  /** Whether the gig's organisation is paused by a coordinator: its gigs are then not offered to anyone. */
  async ownerPaused(gigId: string): Promise<boolean> {
    const gig = await this.repo.gig(gigId);
    return !!gig && (await this.paused(gig.organisationId));
  }

  private async paused(organisationId: string): Promise<boolean> {
    return !!(await this.organisations.find(organisationId))?.paused;
  }

  /** What a matching wave needs of the gig, or null when there is no such gig. */
  /** The facts of open gigs with a place free, soonest first: what a seeker's profile change is matched to. */
  async openGigFacts(limit: number): Promise<GigFacts[]> {
    const gigs = await this.queries.search(this.clock.now(), { open: true }, null, limit);
    return gigs.map((g) => ({
      id: g.id,
      organisationId: g.organisationId,
      organisationName: g.organisationName,
      title: g.title,
      category: g.category as GigFacts['category'],
      district: g.district,
      postalCode: g.postalCode,
      startsAt: g.startsAt,
      endsAt: g.endsAt,
      payKind: g.payKind,
      payCents: g.payCents,
      expectedPayCents: g.expectedPayCents,
      places: g.places,
    }));
  }

  async matchFacts(gigId: string): Promise<MatchFacts | null> {
    const gig = await this.repo.gig(gigId);
    if (!gig) return null;
    const openPlaces = Math.max(0, gig.places - gig.occupied);
    const open =
      gig.status === 'published' &&
      openPlaces > 0 &&
      gig.startsAt.getTime() > this.clock.now().getTime() &&
      !(await this.paused(gig.organisationId));
    return {
      id: gig.id,
      category: gig.category,
      open,
      openPlaces,
      startsAt: gig.startsAt,
      attendanceHours: gig.attendanceHours,
    };
  }

  /**
   * A gig as another feature may invite people to it: its facts for the event, its status, whether it has
   * started and how many places are open; null when there is no such gig.
   */
  async inviteFacts(
    gigId: string,
  ): Promise<{ gig: GigFacts; status: GigStatus; started: boolean; openPlaces: number } | null> {
    const gig = await this.repo.gig(gigId);
    if (!gig) return null;
    return {
      gig: facts(gig, await this.organisationName(gig.organisationId)),
      status: gig.status,
      started: gig.startsAt.getTime() <= this.clock.now().getTime(),
      openPlaces: Math.max(0, gig.places - gig.occupied),
    };
  }

  // The gig's clock (the gigs queue)

  /**
   * At the start: a gig with someone booked is under way; a gig nobody took expires, and its organisation hears
   * of it. Applicants not chosen and people still on the waitlist are told there is no place. Returns whether
   * it changed.
   */
  async expireIfUntaken(gigId: string): Promise<boolean> {
    const name = (await this.ownerOf(gigId))?.name ?? '';
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const now = this.clock.now();
      if (!gig || gig.startsAt.getTime() > now.getTime()) return false;
      const action: GigAction = gig.occupied > 0 ? 'start' : 'expire';
      if (!transition(gig.status, action)) return false;
      await this.move(tx, gig, action, null, now);
      for (const b of await tx.bookingsIn(gigId, ['applied', 'waitlisted'])) {
        await tx.setBookingStatus(b.id, b.status, 'declined', null, now, 'the gig started');
        await tx.emit('booking.declined', { bookingId: b.id, gig: facts(gig, name), seekerId: b.seekerId });
      }
      if (action === 'expire') await tx.emit('gig.expired', { gig: facts(gig, name) });
      return true;
    });
  }

  /**
   * At the end: a gig under way is done and its organisation is asked to confirm what each person did and
   * was paid (already settled, it closes at once). Returns whether it changed.
   */
  async ended(gigId: string): Promise<boolean> {
    const name = (await this.ownerOf(gigId))?.name ?? '';
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const now = this.clock.now();
      if (!gig || gig.endsAt.getTime() > now.getTime()) return false;
      if (gig.status === 'published' || gig.status === 'full') {
        // The start job has not run (a worker was away): catch up first.
        const nobody = gig.occupied === 0;
        await this.move(tx, gig, nobody ? 'expire' : 'start', null, now);
        if (nobody) {
          await tx.emit('gig.expired', { gig: facts(gig, name) });
          return true;
        }
      }
      if (!transition(gig.status, 'finish')) return false;
      await this.move(tx, gig, 'finish', null, now);
      if (await tx.allSettled(gigId)) {
        await this.move(tx, gig, 'close', null, now);
        return true;
      }
      await tx.emit('gig.ended', { gig: facts(gig, name) });
      return true;
    });
  }

  /** A week after the end, a gig whose work is not all confirmed reminds its organisation. */
  async reportOverdue(gigId: string): Promise<boolean> {
    const name = (await this.ownerOf(gigId))?.name ?? '';
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || gig.status !== 'done' || (await tx.allSettled(gigId))) return false;
      await tx.emit('completion.overdue', { gig: facts(gig, name) });
      return true;
    });
  }

  /**
   * The one place a gig's status changes: by the lifecycle table, recorded with who and when. Other services
   * of the gigs feature (bookings) call it inside their transaction; nothing else writes a gig's status.
   */
  async move(tx: GigRepository, gig: GigRow, action: GigAction, by: string | null, at: Date): Promise<void> {
    const to = transition(gig.status, action);
    if (!to)
      throw new ConflictException({ code: 'conflict', message: `A ${gig.status} gig cannot ${action}.` });
    await tx.setGigStatus(gig.id, gig.status, to, action, by, at);
    gig.status = to;
  }

  /**
   * Facts of other features are read before a transaction, never inside one: a transaction holds one
   * connection, and asking another feature inside it would borrow a second (platform/database/one-connection).
   */
  async organisationName(organisationId: string): Promise<string> {
    return (await this.payer(organisationId)).name;
  }

  /** The organisation as the payer of its gigs' work. */
  async payer(organisationId: string): Promise<Payer> {
    const org = await this.organisations.find(organisationId);
    return { organisationId, name: org?.name ?? '', kind: org?.kind ?? 'association' };
  }

  /** Whose gig it is (an organisation never changes its gigs' owner); null for no such gig. */
  async ownerOf(gigId: string): Promise<Payer | null> {
    const gig = await this.repo.gig(gigId);
    return gig ? this.payer(gig.organisationId) : null;
  }

  private async ownGig(
    repo: GigRepository,
    organisationId: string,
    gigId: string,
    lock = false,
  ): Promise<GigRow> {
    const gig = await repo.gig(gigId, lock);
    if (!gig || gig.organisationId !== organisationId) throw noSuchGig();
    return gig;
  }

  private pausedOrganisation() {
    return new ForbiddenException({
      code: 'organisation_paused',
      message: 'A coordinator has paused your organisation. Its gigs are not offered until the pause ends.',
    });
  }

  private notVerified() {
    return new ForbiddenException({
      code: 'organisation_unverified',
      message:
        'A coordinator has not yet checked your organisation. You can save the gig as a draft and publish it after the check.',
    });
  }
}

/** What changed of an edited gig that booked seekers should hear of. */
function changedFields(before: GigRow, after: GigFields): string[] {
  const changed: string[] = [];
  if (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime()
  )
    changed.push('time');
  if (before.district !== after.district) changed.push('place');
  if (before.payCents !== after.payCents || before.payKind !== after.payKind) changed.push('pay');
  return changed;
}

export function facts(gig: GigRow, organisationName: string): GigFacts {
  return {
    id: gig.id,
    organisationId: gig.organisationId,
    organisationName,
    title: gig.title,
    category: gig.category,
    district: gig.district,
    postalCode: gig.postalCode,
    startsAt: gig.startsAt.toISOString(),
    endsAt: gig.endsAt.toISOString(),
    payKind: gig.payKind,
    payCents: gig.payCents,
    expectedPayCents: expectedPay(gig),
    places: gig.places,
  };
}
