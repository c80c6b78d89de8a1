// After the gig: the organisation reports, for each person, the hours, the gross pay and the payment date
// (defaults from the gig), or marks a no-show. The seeker confirms or disputes within 7 days; after that it
// is confirmed for them. A dispute goes to the coordinators, who settle it. Each confirmed completion is one
// `completion.confirmed` event with everything the earnings ledger needs. The gig closes when every person
// who held a place is settled.
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { OrganisationService } from '../accounts/organisation.service';
import { invalidFields } from '../platform/http/validation';
import { CLOCK, Clock } from '../platform/clock/clock';
import { addDays, daysBetween, helsinkiDay, isDay } from '../platform/core/helsinki';
import { QUEUE_PORT, QueuePort } from '../platform/queues/queue.port';
import type { FieldError } from './gig-terms';
import { CompletionRow, GigRepository, GigRow } from './gig.repository';
import { facts, GigService } from './gig.service';
import type { ConfirmedCompletion, GigFacts, Payer } from './gigs.events';
import { expectedPay } from './pay.rules';

export const ANSWER_DAYS = 7;
const DAY_MS = 86_400_000;
/** A payment date may be up to this many days after the work (a monthly payroll, say). */
const MAX_PAY_DELAY_DAYS = 92;
const MAX_AMOUNT_CENTS = 100_000;

export interface ReportEntry {
  bookingId: string;
  outcome: 'worked' | 'no_show';
  minutes?: number;
  amountCents?: number;
  workDate?: string;
  paymentDate?: string;
}

const noSuchGig = () => new NotFoundException({ code: 'not_found', message: 'No such gig.' });

@Injectable()
export class CompletionService {
  constructor(
    private readonly repo: GigRepository,
    private readonly gigs: GigService,
    private readonly organisations: OrganisationService,
    @Inject(QUEUE_PORT) private readonly queues: QueuePort,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The defaults of the organisation's report, and whether the payer is a household (an employer). */
  async form(organisationId: string, gigId: string) {
    const gig = await this.repo.gig(gigId);
    if (!gig || gig.organisationId !== organisationId) throw noSuchGig();
    const org = await this.organisations.find(organisationId);
    return { ...this.defaults(gig), organisationKind: org?.kind ?? 'association' };
  }

  /** The defaults the organisation's form starts from: the estimated time, the gig's pay, the work day. */
  defaults(gig: GigRow): { minutes: number; amountCents: number; workDate: string; paymentDate: string } {
    const workDate = helsinkiDay(gig.startsAt);
    return { minutes: gig.estimatedMinutes, amountCents: expectedPay(gig), workDate, paymentDate: workDate };
  }

  /** The organisation reports what each person did and was paid, or that they did not come. */
  async report(organisationId: string, gigId: string, entries: ReportEntry[], by: string): Promise<void> {
    const scheduled: string[] = [];
    const name = await this.gigs.organisationName(organisationId);
    await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId, true);
      if (!gig || gig.organisationId !== organisationId) throw noSuchGig();
      const now = this.clock.now();
      if (
        gig.startsAt.getTime() > now.getTime() ||
        !['published', 'full', 'in_progress', 'done'].includes(gig.status)
      )
        throw new ConflictException({
          code: 'not_yet',
          message: 'What was done and paid is confirmed once the gig has started.',
        });
      if (gig.status === 'published' || gig.status === 'full')
        await this.gigs.move(tx, gig, 'start', by, now);
      const defaults = this.defaults(gig);
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      for (const [i, e] of entries.entries()) {
        const field = (f: string) => `entries.${i}.${f}`;
        const booking = await tx.bookingById(e.bookingId);
        if (!booking || booking.gigId !== gigId || seen.has(e.bookingId)) {
          errors.push({
            field: field('bookingId'),
            code: 'invalid',
            message: 'Not a person booked on this gig.',
          });
          continue;
        }
        seen.add(e.bookingId);
        if (booking.status === 'completed' || booking.status === 'no_show')
          throw new ConflictException({
            code: 'already_reported',
            message: 'This person’s work on the gig has been confirmed already.',
          });
        if (booking.status !== 'booked') {
          errors.push({
            field: field('bookingId'),
            code: 'invalid',
            message: 'Not a person booked on this gig.',
          });
          continue;
        }
        if (e.outcome === 'no_show') {
          await tx.setBookingStatus(booking.id, 'booked', 'no_show', by, now);
          await tx.emit('booking.no_show', {
            bookingId: booking.id,
            gig: facts(gig, name),
            seekerId: booking.seekerId,
          });
          continue;
        }
        const c = { ...defaults, ...definedOnly(e) };
        const problems = this.checkFigures(c, gig, field);
        if (problems.length) {
          errors.push(...problems);
          continue;
        }
        await tx.insertCompletion({
          bookingId: booking.id,
          gigId,
          seekerId: booking.seekerId,
          ...c,
          reportedBy: by,
          at: now,
        });
        await tx.setBookingStatus(booking.id, 'booked', 'completed', by, now);
        await tx.emit('completion.reported', {
          bookingId: booking.id,
          gig: facts(gig, name),
          seekerId: booking.seekerId,
          amountCents: c.amountCents,
          minutes: c.minutes,
          paymentDate: c.paymentDate,
        });
        scheduled.push(booking.id);
      }
      if (errors.length) throw invalidFields(errors);
      await this.closeIfSettled(tx, gig, now);
    });
    // The seeker's 7 days to answer; the job's id is the booking, so a retry adds nothing.
    for (const bookingId of scheduled) {
      await this.queues.add(
        'gigs',
        'answer-deadline',
        { bookingId },
        { jobId: `answer-${bookingId}`, delay: ANSWER_DAYS * DAY_MS },
      );
    }
  }

  /** The seeker confirms what was reported, or disputes it with a reason. */
  async respond(
    seekerId: string,
    bookingId: string,
    answer: 'confirm' | 'dispute',
    reason = '',
  ): Promise<void> {
    const payer = await this.payerOf(bookingId);
    await this.repo.transaction(async (tx) => {
      const c = await tx.completion(bookingId, true);
      if (!c || c.seekerId !== seekerId)
        throw new NotFoundException({ code: 'not_found', message: 'Nothing to confirm here.' });
      if (c.status !== 'reported')
        throw new ConflictException({ code: 'already_answered', message: 'You have answered this already.' });
      if (answer === 'dispute' && !reason.trim())
        throw invalidFields([{ field: 'reason', code: 'required', message: 'Say what is not right.' }]);
      const now = this.clock.now();
      const gig = (await tx.gig(c.gigId, true))!;
      if (answer === 'confirm') {
        await tx.settleCompletion(bookingId, 'confirmed', now);
        await tx.emit('completion.confirmed', this.confirmed(c, gig, payer, false));
      } else {
        await tx.settleCompletion(bookingId, 'disputed', now, { disputeReason: reason.trim() });
        await tx.emit('completion.disputed', {
          bookingId,
          gig: facts(gig, payer.name),
          seekerId,
          reason: reason.trim(),
        });
      }
      await this.closeIfSettled(tx, gig, now);
    });
  }

  /** 7 days after the report, an unanswered completion is confirmed for the seeker. */
  async answerDeadline(bookingId: string): Promise<boolean> {
    const payer = await this.payerOf(bookingId);
    return this.repo.transaction(async (tx) => {
      const c = await tx.completion(bookingId, true);
      const now = this.clock.now();
      if (!c || c.status !== 'reported' || c.reportedAt.getTime() + ANSWER_DAYS * DAY_MS > now.getTime())
        return false;
      const gig = (await tx.gig(c.gigId, true))!;
      await tx.settleCompletion(bookingId, 'confirmed', now, { automatic: true });
      await tx.emit('completion.confirmed', this.confirmed(c, gig, payer, true));
      await this.closeIfSettled(tx, gig, now);
      return true;
    });
  }

  /** A coordinator settles a dispute: confirmed with the agreed figures, or annulled (no pay was due). */
  async resolve(
    bookingId: string,
    by: string,
    r: {
      outcome: 'confirm' | 'annul';
      minutes?: number;
      amountCents?: number;
      paymentDate?: string;
      note: string;
    },
  ): Promise<void> {
    const payer = await this.payerOf(bookingId);
    await this.repo.transaction(async (tx) => {
      const c = await tx.completion(bookingId, true);
      if (!c) throw new NotFoundException({ code: 'not_found', message: 'No such completion.' });
      if (c.status !== 'disputed')
        throw new ConflictException({
          code: 'not_disputed',
          message: 'Only a disputed completion is settled here.',
        });
      const gig = (await tx.gig(c.gigId, true))!;
      const now = this.clock.now();
      if (r.outcome === 'annul') {
        await tx.settleCompletion(bookingId, 'annulled', now, { resolvedBy: by, resolutionNote: r.note });
      } else {
        const agreed = {
          ...c,
          ...definedOnly({ minutes: r.minutes, amountCents: r.amountCents, paymentDate: r.paymentDate }),
        };
        const problems = this.checkFigures(agreed, gig, (f) => f);
        if (problems.length) throw invalidFields(problems);
        await tx.settleCompletion(bookingId, 'confirmed', now, {
          resolvedBy: by,
          resolutionNote: r.note,
          minutes: agreed.minutes,
          amountCents: agreed.amountCents,
          paymentDate: agreed.paymentDate,
        });
        await tx.emit('completion.confirmed', this.confirmed(agreed, gig, payer, false));
      }
      await this.closeIfSettled(tx, gig, now);
    });
  }

  /** A done gig whose every person is settled is closed. */
  async closeIfSettled(tx: GigRepository, gig: GigRow, now: Date): Promise<void> {
    if (gig.status === 'done' && (await tx.allSettled(gig.id)))
      await this.gigs.move(tx, gig, 'close', null, now);
  }

  private checkFigures(
    c: { minutes: number; amountCents: number; workDate: string; paymentDate: string },
    gig: GigRow,
    field: (f: string) => string,
  ): FieldError[] {
    const errors: FieldError[] = [];
    if (!Number.isInteger(c.minutes) || c.minutes < 0 || c.minutes > 1440)
      errors.push({
        field: field('minutes'),
        code: 'invalid',
        message: 'Give the time worked in minutes, 0–1440.',
      });
    if (!Number.isInteger(c.amountCents) || c.amountCents < 0 || c.amountCents > MAX_AMOUNT_CENTS)
      errors.push({
        field: field('amountCents'),
        code: 'invalid',
        message: 'Give the gross pay in cents, 0–1000 €.',
      });
    const first = helsinkiDay(gig.startsAt);
    const last = helsinkiDay(gig.endsAt);
    if (!isDay(c.workDate) || c.workDate < first || c.workDate > last)
      errors.push({
        field: field('workDate'),
        code: 'invalid',
        message: 'The work day is a day of the gig.',
      });
    else if (!isDay(c.paymentDate) || c.paymentDate < c.workDate)
      errors.push({
        field: field('paymentDate'),
        code: 'before_work',
        message: 'The pay is paid on or after the work day.',
      });
    else if (daysBetween(c.workDate, c.paymentDate) > MAX_PAY_DELAY_DAYS)
      errors.push({
        field: field('paymentDate'),
        code: 'too_late',
        message: `The payment date is at most ${MAX_PAY_DELAY_DAYS} days after the work (${addDays(c.workDate, MAX_PAY_DELAY_DAYS)}).`,
      });
    return errors;
  }

  /** Who pays for the work of a booking, read before the transaction (one connection per transaction). */
  private async payerOf(bookingId: string): Promise<Payer> {
    const booking = await this.repo.bookingById(bookingId);
    const owner = booking ? await this.gigs.ownerOf(booking.gigId) : null;
    return owner ?? { organisationId: '', name: '', kind: 'association' };
  }

  private confirmed(c: CompletionRow, gig: GigRow, payer: Payer, automatic: boolean): ConfirmedCompletion {
    const g: GigFacts = facts(gig, payer.name);
    return {
      bookingId: c.bookingId,
      gig: g,
      seekerId: c.seekerId,
      payer,
      amountCents: c.amountCents,
      minutes: c.minutes,
      workDate: c.workDate,
      paymentDate: c.paymentDate,
      automatic,
    };
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
