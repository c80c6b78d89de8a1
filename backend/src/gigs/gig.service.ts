// Gigs and bookings: the decisions. Every change and its event are written in one transaction, and the
// current instant comes from the injected clock.
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { OrganisationService } from '../accounts/organisation.service';
import type { AuthUser } from '../platform/auth/access';
import { CLOCK, Clock } from '../platform/clock/clock';
import { helsinkiDay } from '../platform/core/helsinki';
import { divRound } from '../platform/core/money';
import type { BookingDto, CreateGigDto, GigDetailDto, GigDto, MyGigDto } from './dto/gig.dto';
import { GigQueries } from './gig.queries';
import { GigAction, transition } from './gig.lifecycle';
import { GigRepository, GigRow } from './gig.repository';
import type { GigFacts } from './gigs.events';

const PAGE = 200;
const MAX_GIG_MS = 24 * 3_600_000;

function fieldError(field: string, code: string, message: string) {
  return new BadRequestException({
    code: 'validation',
    message: 'Some fields need fixing.',
    errors: [{ field, code, message }],
  });
}

const noSuchGig = () => new NotFoundException({ code: 'not_found', message: 'No such gig.' });

/** What matching needs to know of a gig to run a wave. */
export interface MatchFacts {
  id: string;
  category: GigRow['category'];
  open: boolean;
  openPlaces: number;
  startsAt: Date;
}

@Injectable()
export class GigService {
  constructor(
    private readonly repo: GigRepository,
    private readonly queries: GigQueries,
    private readonly organisations: OrganisationService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  upcoming(): Promise<GigDto[]> {
    return this.queries.upcoming(this.clock.now(), PAGE);
  }

  ofOrganisation(organisationId: string): Promise<GigDto[]> {
    return this.queries.ofOrganisation(organisationId, PAGE);
  }

  async ofOrganisationOne(organisationId: string, gigId: string): Promise<GigDto> {
    const gig = await this.queries.one(gigId);
    if (!gig || gig.organisationId !== organisationId) throw noSuchGig();
    return gig;
  }

  async detail(gigId: string, user: Pick<AuthUser, 'id' | 'role'>): Promise<GigDetailDto> {
    const gig = await this.queries.one(gigId);
    // A seeker sees published gigs and those they are booked on; drafts stay with the organisation.
    const booking = await this.repo.latestBooking(gigId, user.id);
    if (!gig || (user.role === 'seeker' && gig.status === 'draft' && !booking)) throw noSuchGig();
    return { ...gig, myBooking: booking?.status ?? null };
  }

  async create(organisationId: string, dto: CreateGigDto, by: string | null = null): Promise<GigDto> {
    const now = this.clock.now();
    if (dto.startsAt.getTime() <= now.getTime())
      throw fieldError('startsAt', 'in_past', 'The start time must be in the future.');
    if (dto.endsAt.getTime() <= dto.startsAt.getTime())
      throw fieldError('endsAt', 'before_start', 'The end must be after the start.');
    if (dto.endsAt.getTime() - dto.startsAt.getTime() > MAX_GIG_MS)
      throw fieldError('endsAt', 'too_long', 'A gig can last at most 24 hours.');
    const organisation = await this.organisations.find(organisationId);
    if (!organisation) throw new NotFoundException({ code: 'not_found', message: 'No such organisation.' });
    if (dto.publish && !organisation.verified) throw this.notVerified();
    const id = await this.repo.transaction(async (tx) => {
      const status = dto.publish ? 'published' : 'draft';
      const estimatedMinutes = Math.round((dto.endsAt.getTime() - dto.startsAt.getTime()) / 60_000);
      const gigId = await tx.insertGig(
        {
          ...dto,
          district: dto.area,
          organisationId,
          estimatedMinutes: Math.max(15, estimatedMinutes),
          createdBy: by,
        },
        status,
        now,
      );
      if (dto.publish)
        await tx.emit('gig.published', { gig: facts((await tx.gig(gigId))!, organisation.name) });
      return gigId;
    });
    return (await this.queries.one(id))!;
  }

  async publish(organisationId: string, gigId: string, by: string | null = null): Promise<GigDto> {
    const organisation = await this.organisations.find(organisationId);
    await this.repo.transaction(async (tx) => {
      const gig = await this.ownGig(tx, organisationId, gigId, true);
      if (!transition(gig.status, 'publish'))
        throw new ConflictException({ code: 'conflict', message: 'Only a draft can be published.' });
      if (!organisation?.verified) throw this.notVerified();
      const now = this.clock.now();
      if (gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({ code: 'conflict', message: 'The gig has already started.' });
      await this.move(tx, gig, 'publish', by, now);
      await tx.emit('gig.published', { gig: facts(gig, organisation.name) });
    });
    return (await this.queries.one(gigId))!;
  }

  async cancel(organisationId: string, gigId: string, by: string | null = null): Promise<GigDto> {
    const name = await this.organisationName(organisationId);
    await this.repo.transaction(async (tx) => {
      const gig = await this.ownGig(tx, organisationId, gigId, true);
      if (!transition(gig.status, 'cancel')) {
        throw new ConflictException({ code: 'conflict', message: 'This gig can no longer be cancelled.' });
      }
      const seekerIds = await tx.bookedSeekers(gigId);
      const wasDraft = gig.status === 'draft';
      const now = this.clock.now();
      await tx.cancelBookings(gigId, by, now);
      await this.move(tx, gig, 'cancel', by, now);
      if (!wasDraft) await tx.emit('gig.cancelled', { gig: facts(gig, name), seekerIds });
    });
    return (await this.queries.one(gigId))!;
  }

  myGigs(seekerId: string): Promise<MyGigDto[]> {
    return this.queries.mine(seekerId, PAGE);
  }

  async bookingsOf(organisationId: string, gigId: string): Promise<BookingDto[]> {
    await this.ownGig(this.repo, organisationId, gigId);
    return this.queries.bookingsOf(gigId);
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
    return !!gig && gig.status === 'published' && gig.startsAt.getTime() > this.clock.now().getTime();
  }

  /** What a matching wave needs of the gig, or null when there is no such gig. */
  async matchFacts(gigId: string): Promise<MatchFacts | null> {
    const gig = await this.repo.gig(gigId);
    if (!gig) return null;
    const openPlaces = Math.max(0, gig.places - gig.occupied);
    const open =
      gig.status === 'published' && openPlaces > 0 && gig.startsAt.getTime() > this.clock.now().getTime();
    return { id: gig.id, category: gig.category, open, openPlaces, startsAt: gig.startsAt };
  }

  // The gig's clock (the gigs queue)

  /**
   * At the start (a window's deadline counts from its end in `ended`): a gig with someone booked is under
   * way; a gig nobody took expires, and its organisation hears of it. Returns whether it changed.
   */
  async expireIfUntaken(gigId: string): Promise<boolean> {
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const now = this.clock.now();
      if (!gig || gig.startsAt.getTime() > now.getTime()) return false;
      if (gig.occupied > 0) {
        if (!transition(gig.status, 'start')) return false;
        await this.move(tx, gig, 'start', null, now);
        return true;
      }
      if (!transition(gig.status, 'expire')) return false;
      await this.move(tx, gig, 'expire', null, now);
      await tx.emit('gig.expired', { gig: facts(gig, await this.organisationName(gig.organisationId)) });
      return true;
    });
  }

  /** At the end: a gig under way is done, and its organisation is asked to confirm. Returns whether it did. */
  async ended(gigId: string): Promise<boolean> {
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const now = this.clock.now();
      if (!gig || gig.endsAt.getTime() > now.getTime()) return false;
      if (gig.status === 'published' || gig.status === 'full') {
        // The start job has not run (a worker was away): catch up first.
        await this.move(tx, gig, gig.occupied > 0 ? 'start' : 'expire', null, now);
        if (gig.occupied === 0) return true;
        gig.status = 'in_progress';
      }
      if (!transition(gig.status, 'finish')) return false;
      await this.move(tx, gig, 'finish', null, now);
      await tx.emit('gig.ended', { gig: facts(gig, await this.organisationName(gig.organisationId)) });
      return true;
    });
  }

  /** 7 days after the end, a done gig nobody confirmed counts as done: places completed, gig closed. */
  async autoConfirm(gigId: string): Promise<boolean> {
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const now = this.clock.now();
      if (!gig || gig.endsAt.getTime() > now.getTime() || !transition(gig.status, 'close')) return false;
      const done = await tx.completeBookings(gigId, now);
      await this.move(tx, gig, 'close', null, now);
      const org = await this.organisations.find(gig.organisationId);
      const payer = {
        organisationId: gig.organisationId,
        name: org?.name ?? '',
        kind: org?.kind ?? 'association',
      };
      const workDate = helsinkiDay(gig.startsAt);
      for (const b of done) {
        await tx.emit('completion.confirmed', {
          bookingId: b.id,
          gig: facts(gig, payer.name),
          seekerId: b.seekerId,
          payer,
          amountCents: defaultPay(gig),
          minutes: gig.estimatedMinutes,
          workDate,
          paymentDate: workDate,
          automatic: true,
        });
      }
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

  async organisationName(organisationId: string): Promise<string> {
    return (await this.organisations.find(organisationId))?.name ?? '';
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

  private notVerified() {
    return new ForbiddenException({
      code: 'organisation_unverified',
      message:
        'A coordinator has not yet checked your organisation. You can save the gig as a draft and publish it after the check.',
    });
  }
}

/** The pay of one person for the gig as posted: the gig's pay, or the hourly pay for the estimated time. */
export function defaultPay(gig: Pick<GigRow, 'payKind' | 'payCents' | 'estimatedMinutes'>): number {
  return gig.payKind === 'per_hour' ? divRound(gig.payCents * gig.estimatedMinutes, 60) : gig.payCents;
}

export function facts(gig: GigRow, organisationName: string): GigFacts {
  return {
    id: gig.id,
    organisationId: gig.organisationId,
    organisationName,
    title: gig.title,
    category: gig.category,
    area: gig.district,
    startsAt: gig.startsAt.toISOString(),
    endsAt: gig.endsAt.toISOString(),
    payCents: gig.payCents,
    places: gig.places,
  };
}
