// Bookings: a seeker takes a place, withdraws, and (later) applies, waits on a list, confirms coming. Every
// change and its event are written in one transaction under the gig's row lock; the gig's status moves only
// through GigService.move.
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CLOCK, Clock } from '../platform/clock/clock';
import type { GigDetailDto } from './dto/gig.dto';
import { OPEN_STATUSES } from './gig.lifecycle';
import { GigRepository } from './gig.repository';
import { facts, GigService } from './gig.service';

const noSuchGig = () => new NotFoundException({ code: 'not_found', message: 'No such gig.' });

@Injectable()
export class BookingService {
  constructor(
    private readonly repo: GigRepository,
    private readonly gigs: GigService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A seeker takes a place: refused when the gig is full, not published, or already started. */
  async book(gigId: string, seekerId: string): Promise<GigDetailDto> {
    await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || gig.status === 'draft') throw noSuchGig();
      const existing = await tx.booking(gigId, seekerId);
      if (existing?.status === 'booked') return;
      if (gig.status === 'full' || gig.occupied >= gig.places) {
        throw new ConflictException({ code: 'gig_full', message: 'All places of this gig are taken.' });
      }
      if (!OPEN_STATUSES.includes(gig.status))
        throw new ConflictException({ code: 'gig_closed', message: 'This gig is no longer open.' });
      const now = this.clock.now();
      if (gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({ code: 'gig_started', message: 'This gig has already started.' });
      const bookingId = await tx.insertBooking(gig, seekerId, now);
      if (gig.occupied + 1 >= gig.places) await this.gigs.move(tx, gig, 'fill', null, now);
      const name = await this.gigs.organisationName(gig.organisationId);
      await tx.emit('booking.made', { bookingId, gig: facts(gig, name), seekerId });
    });
    return this.gigs.detail(gigId, { id: seekerId, role: 'seeker' });
  }

  async withdraw(gigId: string, seekerId: string): Promise<GigDetailDto> {
    await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      const booking = await tx.booking(gigId, seekerId);
      if (!gig || !booking || booking.status !== 'booked') {
        throw new NotFoundException({ code: 'not_found', message: 'You have no booking on this gig.' });
      }
      const now = this.clock.now();
      if (gig.startsAt.getTime() <= now.getTime())
        throw new ConflictException({ code: 'gig_started', message: 'This gig has already started.' });
      await tx.setBookingStatus(booking.id, 'booked', 'withdrawn', seekerId, now, 'other');
      if (gig.status === 'full') await this.gigs.move(tx, gig, 'reopen', null, now);
      const name = await this.gigs.organisationName(gig.organisationId);
      await tx.emit('booking.withdrawn', { bookingId: booking.id, gig: facts(gig, name), seekerId });
    });
    return this.gigs.detail(gigId, { id: seekerId, role: 'seeker' });
  }
}
