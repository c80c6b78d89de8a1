// Bookings: a seeker takes a place or applies, waits on a list, confirms coming, withdraws; the organisation
// chooses among applicants. Every change and its event are written in one transaction under the gig's row
// lock, so places are never overbooked; one seeker's places never overlap (the database's exclusion
// constraint); the gig's status moves only through GigService.move.
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CLOCK, Clock } from '../platform/clock/clock';
import type { BookingStatus } from './booking.entity';
import type { GigDetailDto } from './dto/gig.dto';
import { attendanceMoments } from './booking.rules';
import { BookingRow, GigRepository, GigRow } from './gig.repository';
import { facts, GigService } from './gig.service';

const HOUR = 3_600_000;
/** PostgreSQL's code for a broken exclusion constraint: the seeker holds another place at that time. */
const EXCLUSION_VIOLATION = '23P01';

const noSuchGig = () => new NotFoundException({ code: 'not_found', message: 'No such gig.' });
const noBooking = () =>
  new NotFoundException({ code: 'not_found', message: 'You have no booking on this gig.' });
const overlap = () =>
  new ConflictException({
    code: 'booking_overlap',
    message: 'You already have a gig at that time. Give up that place first if you want this one.',
  });

export type TakeOutcome = 'booked' | 'applied' | 'waitlisted';

@Injectable()
export class BookingService {
  constructor(
    private readonly repo: GigRepository,
    private readonly gigs: GigService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * A seeker takes a place with one tap; on a gig whose organisation chooses, that is an application. A full
   * gig answers 409 `gig_full`, unless the seeker asked for the waitlist (`waitlist`), where the first in line
   * gets the next freed place. Taking again changes nothing.
   */
  async take(
    gigId: string,
    seekerId: string,
    waitlist = false,
  ): Promise<GigDetailDto & { outcome: TakeOutcome }> {
    const name = await this.ownerName(gigId);
    if (await this.gigs.ownerPaused(gigId))
      throw new ConflictException({ code: 'gig_closed', message: 'This gig is no longer open.' });
    const outcome = await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || gig.status === 'draft') throw noSuchGig();
      const now = this.clock.now();
      if (gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({ code: 'gig_started', message: 'This gig has already started.' });
      if (gig.status !== 'published' && gig.status !== 'full')
        throw new ConflictException({ code: 'gig_closed', message: 'This gig is no longer open.' });
      const existing = await tx.booking(gigId, seekerId);
      if (existing) return existing.status as TakeOutcome;
      if (gig.selection === 'choose') {
        const bookingId = await tx.insertBooking(gig, seekerId, 'applied', now);
        await tx.emit('booking.applied', { bookingId, gig: facts(gig, name), seekerId });
        return 'applied';
      }
      if (gig.status === 'full' || gig.occupied >= gig.places) {
        if (!waitlist)
          throw new ConflictException({
            code: 'gig_full',
            message: 'All places are taken. You can join the waitlist: you get the next place that frees up.',
          });
        await tx.insertBooking(gig, seekerId, 'waitlisted', now);
        return 'waitlisted';
      }
      const bookingId = await this.insertHolding(tx, gig, seekerId, now);
      await this.comingIfAsked(tx, gig, bookingId, now);
      if (gig.occupied + 1 >= gig.places) await this.gigs.move(tx, gig, 'fill', null, now);
      await tx.emit('booking.made', { bookingId, gig: facts(gig, name), seekerId, how: 'took' });
      return 'booked';
    });
    return { ...(await this.gigs.detail(gigId, { id: seekerId, role: 'seeker' })), outcome };
  }

  /**
   * The seeker gives up a place (until the organisation's deadline before the start), an application or a
   * waitlist place. `health`: for health reasons, which never counts against their reliability. A freed
   * place goes to the first on the waitlist, or back to matching.
   */
  async withdraw(gigId: string, seekerId: string, health = false): Promise<GigDetailDto> {
    const name = await this.ownerName(gigId);
    await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const booking = await tx.booking(gigId, seekerId);
      if (!gig || !booking || !['booked', 'applied', 'waitlisted'].includes(booking.status))
        throw noBooking();
      const now = this.clock.now();
      if (gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({ code: 'gig_started', message: 'This gig has already started.' });
      if (booking.status === 'booked' && gig.startsAt.getTime() - gig.withdrawHours * HOUR <= now.getTime())
        throw new ConflictException({
          code: 'withdraw_deadline',
          message: `Places can be given up until ${gig.withdrawHours} hours before the start. Call the contact person.`,
        });
      await tx.setBookingStatus(
        booking.id,
        booking.status,
        'withdrawn',
        seekerId,
        now,
        health ? 'health' : 'other',
      );
      let placeFreed = false;
      if (booking.status === 'booked') {
        gig.occupied -= 1;
        placeFreed = !(await this.fillFromWaitlist(tx, gig, name, now));
      }
      await tx.emit('booking.withdrawn', {
        bookingId: booking.id,
        gig: facts(gig, name),
        seekerId,
        placeFreed,
      });
    });
    return this.gigs.detail(gigId, { id: seekerId, role: 'seeker' });
  }

  /** The seeker confirms "I'm coming" (any time before the start). */
  async confirmComing(gigId: string, seekerId: string): Promise<GigDetailDto> {
    await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const booking = await tx.booking(gigId, seekerId);
      if (!gig || !booking || booking.status !== 'booked') throw noBooking();
      const now = this.clock.now();
      if (gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({ code: 'gig_started', message: 'This gig has already started.' });
      await tx.confirmAttendance(booking.id, now);
    });
    return this.gigs.detail(gigId, { id: seekerId, role: 'seeker' });
  }

  /** The organisation gives an applicant (or someone on the waitlist) a place. */
  async choose(organisationId: string, gigId: string, bookingId: string, by: string): Promise<void> {
    const name = await this.gigs.organisationName(organisationId);
    await this.repo.transaction(async (tx) => {
      const { gig, booking } = await this.applicant(tx, organisationId, gigId, bookingId);
      const now = this.clock.now();
      if (gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({ code: 'gig_started', message: 'This gig has already started.' });
      if (gig.occupied >= gig.places)
        throw new ConflictException({ code: 'gig_full', message: 'All places are taken: free one first.' });
      try {
        await tx.grantPlace(booking, gig, by, now);
      } catch (e) {
        if ((e as { code?: string }).code === EXCLUSION_VIOLATION)
          throw new ConflictException({
            code: 'seeker_busy',
            message: 'This person has taken another gig at the same time.',
          });
        throw e;
      }
      await this.comingIfAsked(tx, gig, bookingId, now);
      if (gig.status === 'published' && gig.occupied + 1 >= gig.places)
        await this.gigs.move(tx, gig, 'fill', by, now);
      await tx.emit('booking.made', {
        bookingId,
        gig: facts(gig, name),
        seekerId: booking.seekerId,
        how: 'chosen',
      });
    });
  }

  /** The organisation does not choose an applicant; they hear of it. */
  async decline(organisationId: string, gigId: string, bookingId: string, by: string): Promise<void> {
    const name = await this.gigs.organisationName(organisationId);
    await this.repo.transaction(async (tx) => {
      const { gig, booking } = await this.applicant(tx, organisationId, gigId, bookingId);
      const now = this.clock.now();
      await tx.setBookingStatus(booking.id, booking.status, 'declined', by, now);
      await tx.emit('booking.declined', { bookingId, gig: facts(gig, name), seekerId: booking.seekerId });
    });
  }

  // The gig's clock

  /** Asks the booked seekers who have not confirmed yet to confirm they are coming. */
  async askAttendance(gigId: string): Promise<number> {
    const name = await this.ownerName(gigId);
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || !['published', 'full'].includes(gig.status) || gig.attendanceHours === 0) return 0;
      const unconfirmed = await tx.unconfirmed(gigId);
      if (!unconfirmed.length) return 0;
      await tx.emit('attendance.asked', {
        gig: facts(gig, name),
        seekerIds: unconfirmed.map((b) => b.seekerId),
      });
      return unconfirmed.length;
    });
  }

  /**
   * At the attendance deadline, places nobody confirmed go to the waitlist or back to matching; their seekers
   * are told. Idempotent: a released booking is not booked any more.
   */
  async releaseUnconfirmed(gigId: string): Promise<number> {
    const name = await this.ownerName(gigId);
    return this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || !['published', 'full'].includes(gig.status) || gig.attendanceHours === 0) return 0;
      const now = this.clock.now();
      if (gig.startsAt.getTime() - gig.attendanceHours * HOUR > now.getTime()) return 0;
      const unconfirmed = await tx.unconfirmed(gigId);
      for (const b of unconfirmed) {
        await tx.setBookingStatus(b.id, 'booked', 'released', null, now, 'not confirmed');
        gig.occupied -= 1;
        await tx.emit('booking.released', { bookingId: b.id, gig: facts(gig, name), seekerId: b.seekerId });
      }
      if (unconfirmed.length) await this.fillFromWaitlist(tx, gig, name, now);
      return unconfirmed.length;
    });
  }

  /** Gives freed places to the waitlist in order; reopens the gig if places stay free. True if any went. */
  private async fillFromWaitlist(tx: GigRepository, gig: GigRow, name: string, now: Date): Promise<boolean> {
    let given = false;
    if (gig.selection === 'first_come') {
      for (const w of await tx.bookingsIn(gig.id, ['waitlisted'])) {
        if (gig.occupied >= gig.places) break;
        if (!(await this.tryGrant(tx, w, gig, now))) continue;
        await this.comingIfAsked(tx, gig, w.id, now);
        gig.occupied += 1;
        given = true;
        await tx.emit('booking.made', {
          bookingId: w.id,
          gig: facts(gig, name),
          seekerId: w.seekerId,
          how: 'waitlist',
        });
      }
    }
    if (gig.status === 'full' && gig.occupied < gig.places)
      await this.gigs.move(tx, gig, 'reopen', null, now);
    return given;
  }

  /**
   * A place given after the ask to confirm went out (taken, chosen or from the waitlist) counts as confirmed: the
   * seeker asked for it, and releasing it at the deadline would take it straight back.
   */
  private async comingIfAsked(tx: GigRepository, gig: GigRow, bookingId: string, now: Date): Promise<void> {
    const attendance = attendanceMoments(gig.startsAt, gig.attendanceHours);
    if (attendance && now.getTime() >= attendance.ask) await tx.confirmAttendance(bookingId, now);
  }

  /** Grants a place unless it would overlap another of the seeker's places (then they stay on the list). */
  private async tryGrant(tx: GigRepository, b: BookingRow, gig: GigRow, now: Date): Promise<boolean> {
    try {
      await tx.savepoint(() => tx.grantPlace(b, gig, null, now));
      return true;
    } catch (e) {
      if ((e as { code?: string }).code === EXCLUSION_VIOLATION) return false;
      throw e;
    }
  }

  private async insertHolding(tx: GigRepository, gig: GigRow, seekerId: string, now: Date): Promise<string> {
    try {
      return await tx.insertBooking(gig, seekerId, 'booked', now);
    } catch (e) {
      if ((e as { code?: string }).code === EXCLUSION_VIOLATION) throw overlap();
      throw e;
    }
  }

  /**
   * The name of the organisation whose gig it is, which the events carry; read before the transaction, as
   * nothing inside one may use a second connection. An unknown gig has none (the transaction then says so).
   */
  private async ownerName(gigId: string): Promise<string> {
    return (await this.gigs.ownerOf(gigId))?.name ?? '';
  }

  private async applicant(tx: GigRepository, organisationId: string, gigId: string, bookingId: string) {
    const gig = await tx.gig(gigId, true);
    if (!gig || gig.organisationId !== organisationId) throw noSuchGig();
    const booking = await tx.bookingById(bookingId);
    const waiting: BookingStatus[] = ['applied', 'waitlisted'];
    if (!booking || booking.gigId !== gigId || !waiting.includes(booking.status))
      throw new NotFoundException({ code: 'not_found', message: 'No such applicant on this gig.' });
    return { gig, booking };
  }
}
