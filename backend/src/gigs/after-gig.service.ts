// After the gig, besides the money: feedback from both sides, the seeker's work history with references to
// share, and the gig's message thread between the organisation and its people.
import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { OrganisationService } from '../accounts/organisation.service';
import type { AuthUser } from '../platform/auth/access';
import { CLOCK, Clock } from '../platform/clock/clock';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { AfterGigQueries } from './after-gig.queries';
import type {
  GigMessageDto,
  MyCompletionDto,
  OrgFeedbackDto,
  SeekerFeedbackDto,
  SharedWorkHistoryDto,
  WorkHistoryDto,
} from './dto/after-gig.dto';
import { GigRepository } from './gig.repository';
import { facts, GigService } from './gig.service';

const nothing = () => new NotFoundException({ code: 'not_found', message: 'Nothing here.' });

@Injectable()
export class AfterGigService {
  constructor(
    private readonly repo: GigRepository,
    private readonly queries: AfterGigQueries,
    private readonly gigs: GigService,
    private readonly organisations: OrganisationService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Feedback

  /** The organisation's feedback on one person's work; once. It becomes the seeker's reference. */
  async organisationFeedback(
    organisationId: string,
    gigId: string,
    bookingId: string,
    by: string,
    dto: OrgFeedbackDto,
  ) {
    const name = await this.gigs.organisationName(organisationId);
    await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId);
      const booking = await tx.bookingById(bookingId);
      if (!gig || gig.organisationId !== organisationId || !booking || booking.gigId !== gigId)
        throw nothing();
      if (booking.status !== 'completed')
        throw new ConflictException({
          code: 'not_done',
          message: 'Feedback is given on work that was done.',
        });
      if (!(await tx.insertFeedback({ bookingId, authorRole: 'organisation', authorId: by, ...dto })))
        throw new ConflictException({
          code: 'feedback_given',
          message: 'You have given feedback on this already.',
        });
      await tx.emit('feedback.given', { bookingId, gig: facts(gig, name), seekerId: booking.seekerId });
    });
  }

  /** The seeker's feedback on the gig; once. */
  async seekerFeedback(seekerId: string, gigId: string, dto: SeekerFeedbackDto): Promise<void> {
    await this.repo.transaction(async (tx) => {
      const booking = await tx.booking(gigId, seekerId);
      if (!booking || booking.status !== 'completed')
        throw new ConflictException({
          code: 'not_done',
          message: 'Feedback is given after the work is done.',
        });
      if (
        !(await tx.insertFeedback({
          bookingId: booking.id,
          authorRole: 'seeker',
          authorId: seekerId,
          ...dto,
        }))
      )
        throw new ConflictException({
          code: 'feedback_given',
          message: 'You have given feedback on this already.',
        });
    });
  }

  async myCompletion(gigId: string, seekerId: string): Promise<MyCompletionDto> {
    const c = await this.queries.myCompletion(gigId, seekerId);
    if (!c) throw nothing();
    return c;
  }

  // The work history and its shared link

  async workHistory(seekerId: string): Promise<WorkHistoryDto> {
    const [items, links] = await Promise.all([
      this.queries.workHistory(seekerId),
      this.repo.activeHistoryLinks(seekerId),
    ]);
    return { items, shared: links > 0 };
  }

  /** A new link to share; the old ones stop working. The secret is shown once and only its hash kept. */
  async shareWorkHistory(seekerId: string): Promise<{ path: string }> {
    const token = randomBytes(24).toString('base64url');
    await this.repo.transaction(async (tx) => {
      await tx.revokeHistoryLinks(seekerId, this.clock.now());
      await tx.insertHistoryLink(seekerId, this.hash(token));
    });
    return { path: `/work-history/${token}` };
  }

  async stopSharing(seekerId: string): Promise<void> {
    await this.repo.revokeHistoryLinks(seekerId, this.clock.now());
  }

  /** What a shared link shows: the first name and the references, no contact details. */
  async sharedWorkHistory(token: string): Promise<SharedWorkHistoryDto> {
    const seekerId = token.length <= 64 ? await this.repo.historyLinkOwner(this.hash(token)) : null;
    if (!seekerId)
      throw new NotFoundException({ code: 'not_found', message: 'This link does not work any more.' });
    const [firstName, items] = await Promise.all([
      this.queries.firstName(seekerId),
      this.queries.workHistory(seekerId, true),
    ]);
    return { firstName, items };
  }

  // Messages

  async thread(
    gigId: string,
    user: Pick<AuthUser, 'id' | 'role'>,
    organisationId?: string,
  ): Promise<GigMessageDto[]> {
    await this.mayTalk(gigId, user, organisationId);
    return this.queries.messages(gigId);
  }

  /** A message to everyone in the thread; each hears of it, by mail at most once in a while. */
  async post(
    gigId: string,
    user: Pick<AuthUser, 'id' | 'role' | 'name'>,
    body: string,
    organisationId?: string,
  ) {
    const gig = await this.mayTalk(gigId, user, organisationId);
    const now = this.clock.now();
    const members = await this.organisations.memberIds(gig.organisationId);
    const name = await this.gigs.organisationName(gig.organisationId);
    await this.repo.transaction(async (tx) => {
      const messageId = await tx.insertMessage(gigId, user.id, body, now);
      const seekers = await tx.threadSeekers(gigId);
      const recipientIds = [...new Set([...members, ...seekers])].filter((id) => id !== user.id);
      await tx.emit('gig.message', {
        messageId,
        gig: facts(gig, name),
        senderId: user.id,
        senderName: user.name,
        recipientIds,
        at: now.toISOString(),
      });
    });
    return this.queries.messages(gigId);
  }

  /** The organisation's members (or staff) and the seekers who hold or held a place may talk on a gig. */
  private async mayTalk(gigId: string, user: Pick<AuthUser, 'id' | 'role'>, organisationId?: string) {
    const gig = await this.repo.gig(gigId);
    if (!gig || (organisationId && gig.organisationId !== organisationId)) throw nothing();
    if (organisationId) return gig; // the route's access rule checked the membership
    if (user.role === 'seeker' && (await this.repo.threadSeekers(gigId)).includes(user.id)) return gig;
    throw new ForbiddenException({ code: 'forbidden', message: 'Only the people of the gig talk here.' });
  }

  private hash(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(`work-history:${token}`).digest('hex');
  }
}
