// Gigs and bookings: the decisions. Every change and its event are written in one transaction.
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AuthUser } from '../platform/auth/access';
import { GigRepository, GigRow } from './gig.repository';
import type { BookingDto, CreateGigDto, GigDetailDto, GigDto, MyGigDto } from './dto/gig.dto';

const PAGE = 200;

function fieldError(field: string, code: string, message: string) {
  return new BadRequestException({
    code: 'validation',
    message: 'Some fields need fixing.',
    errors: [{ field, code, message }],
  });
}

@Injectable()
export class GigService {
  constructor(private readonly repo: GigRepository) {}

  upcoming(): Promise<GigDto[]> {
    return this.repo.listUpcomingPublished(PAGE);
  }

  ofOrganisation(organisationId: string): Promise<GigDto[]> {
    return this.repo.listByOrganisation(organisationId, PAGE);
  }

  async ofOrganisationOne(organisationId: string, gigId: string): Promise<GigDto> {
    const gig = await this.repo.gigDto(gigId);
    if (!gig || gig.organisationId !== organisationId)
      throw new NotFoundException({ code: 'not_found', message: 'No such gig.' });
    return gig;
  }

  async detail(gigId: string, user: Pick<AuthUser, 'id' | 'role'>): Promise<GigDetailDto> {
    const gig = await this.repo.gigDto(gigId);
    // A seeker sees published gigs and those they are booked on; drafts stay with the organisation.
    const booking = await this.repo.booking(gigId, user.id);
    if (!gig || (user.role === 'seeker' && gig.status === 'draft' && !booking)) {
      throw new NotFoundException({ code: 'not_found', message: 'No such gig.' });
    }
    return { ...gig, myBooking: booking?.status ?? null };
  }

  async create(organisationId: string, dto: CreateGigDto): Promise<GigDto> {
    if (dto.startsAt.getTime() <= Date.now())
      throw fieldError('startsAt', 'in_past', 'The start time must be in the future.');
    if (dto.endsAt.getTime() <= dto.startsAt.getTime())
      throw fieldError('endsAt', 'before_start', 'The end must be after the start.');
    if (dto.endsAt.getTime() - dto.startsAt.getTime() > 24 * 3600_000)
      throw fieldError('endsAt', 'too_long', 'A gig can last at most 24 hours.');
    const id = await this.repo.transaction(async (tx) => {
      const verified = await tx.organisationVerified(organisationId);
      if (verified === null)
        throw new NotFoundException({ code: 'not_found', message: 'No such organisation.' });
      if (dto.publish && !verified) throw this.notVerified();
      const gigId = await tx.insertGig({ ...dto, organisationId }, dto.publish ? 'published' : 'draft');
      if (dto.publish) await tx.emit('gig.published', { gigId, organisationId });
      return gigId;
    });
    return (await this.repo.gigDto(id))!;
  }

  async publish(organisationId: string, gigId: string): Promise<GigDto> {
    await this.repo.transaction(async (tx) => {
      const gig = await this.ownGig(tx, organisationId, gigId);
      if (gig.status !== 'draft')
        throw new ConflictException({ code: 'conflict', message: 'Only a draft can be published.' });
      if (!gig.organisationVerified) throw this.notVerified();
      if (gig.startsAt.getTime() <= Date.now())
        throw new ConflictException({ code: 'conflict', message: 'The gig has already started.' });
      await tx.setGigStatus(gigId, 'published');
      await tx.emit('gig.published', { gigId, organisationId });
    });
    return (await this.repo.gigDto(gigId))!;
  }

  async cancel(organisationId: string, gigId: string): Promise<GigDto> {
    await this.repo.transaction(async (tx) => {
      const gig = await this.ownGig(tx, organisationId, gigId, true);
      if (gig.status !== 'published' && gig.status !== 'draft') {
        throw new ConflictException({ code: 'conflict', message: 'This gig can no longer be cancelled.' });
      }
      const seekerIds = await tx.bookedSeekers(gigId);
      await tx.setGigStatus(gigId, 'cancelled');
      if (gig.status === 'published') await tx.emit('gig.cancelled', { gigId, seekerIds });
    });
    return (await this.repo.gigDto(gigId))!;
  }

  /** A seeker takes a place: refused when the gig is full, not published, or already started. */
  async book(gigId: string, seekerId: string): Promise<GigDetailDto> {
    await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || gig.status === 'draft')
        throw new NotFoundException({ code: 'not_found', message: 'No such gig.' });
      if (gig.status !== 'published')
        throw new ConflictException({ code: 'gig_closed', message: 'This gig is no longer open.' });
      if (gig.startsAt.getTime() <= Date.now())
        throw new ConflictException({ code: 'gig_started', message: 'This gig has already started.' });
      const existing = await tx.booking(gigId, seekerId);
      if (existing?.status === 'booked') return;
      if ((await tx.activeBookingCount(gigId)) >= gig.places) {
        throw new ConflictException({ code: 'gig_full', message: 'All places of this gig are taken.' });
      }
      const bookingId = await tx.upsertBooking(gigId, seekerId);
      await tx.emit('booking.made', { bookingId, gigId, seekerId });
    });
    return this.detail(gigId, { id: seekerId, role: 'seeker' });
  }

  async withdraw(gigId: string, seekerId: string): Promise<GigDetailDto> {
    await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const booking = await tx.booking(gigId, seekerId);
      if (!gig || !booking || booking.status !== 'booked') {
        throw new NotFoundException({ code: 'not_found', message: 'You have no booking on this gig.' });
      }
      if (gig.startsAt.getTime() <= Date.now())
        throw new ConflictException({ code: 'gig_started', message: 'This gig has already started.' });
      await tx.setBookingStatus(booking.id, 'withdrawn');
      await tx.emit('booking.withdrawn', { bookingId: booking.id, gigId, seekerId });
    });
    return this.detail(gigId, { id: seekerId, role: 'seeker' });
  }

  myGigs(seekerId: string): Promise<MyGigDto[]> {
    return this.repo.myGigs(seekerId);
  }

  async bookingsOf(organisationId: string, gigId: string): Promise<BookingDto[]> {
    await this.ownGig(this.repo, organisationId, gigId);
    return this.repo.bookingsOfGig(gigId);
  }

  // For the scheduled work of the reminders queue

  /** What a reminder needs, or null when the booking no longer holds (withdrawn, gig cancelled or started). */
  async reminderFacts(bookingId: string) {
    const booking = await this.repo.bookingById(bookingId);
    if (!booking || booking.status !== 'booked') return null;
    const gig = await this.repo.gig(booking.gigId);
    if (!gig || gig.status !== 'published' || gig.startsAt.getTime() <= Date.now()) return null;
    return { seekerId: booking.seekerId, gig };
  }

  gigFacts(gigId: string): Promise<GigRow | null> {
    return this.repo.gig(gigId);
  }

  /** After the end: a published gig nobody confirmed in 7 days counts as done. Returns whether it changed. */
  async autoConfirm(gigId: string): Promise<boolean> {
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || gig.status !== 'published' || gig.endsAt.getTime() > Date.now()) return false;
      const seekerIds = await tx.completeBookings(gigId);
      await tx.setGigStatus(gigId, seekerIds.length ? 'completed' : 'expired');
      if (seekerIds.length) await tx.emit('completion.confirmed', { gigId, seekerIds, automatic: true });
      return true;
    });
  }

  /** At the start: a published gig that nobody took expires. Returns whether it did. */
  async expireIfUntaken(gigId: string): Promise<boolean> {
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || gig.status !== 'published' || gig.startsAt.getTime() > Date.now()) return false;
      if ((await tx.activeBookingCount(gigId)) > 0) return false;
      await tx.setGigStatus(gigId, 'expired');
      return true;
    });
  }

  private async ownGig(
    repo: GigRepository,
    organisationId: string,
    gigId: string,
    lock = false,
  ): Promise<GigRow> {
    const gig = await repo.gig(gigId, lock);
    if (!gig || gig.organisationId !== organisationId)
      throw new NotFoundException({ code: 'not_found', message: 'No such gig.' });
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
