// "I can help with" cards: a seeker writes what they can do, where and when, and chooses whether verified
// organisations see it; a verified organisation browses the visible cards and invites a seeker to one of its
// own published gigs. The seeker hears of an invitation once per gig (a unique row, then the event).
import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { OrganisationService } from '../accounts/organisation.service';
import { GigService } from '../gigs/gig.service';
import { MatchingService } from '../matching/matching.service';
import { CLOCK, Clock } from '../platform/clock/clock';
import { FieldError, invalidFields } from '../platform/http/validation';
import type { Weekday } from './card.entity';
import { CardQueries } from './cards.queries';
import { CardFields, CardsRepository } from './cards.repository';
import type { CardDto, CardFieldsDto, CardPageDto, CardQuery, InvitedDto, MyCardDto } from './dto/card.dto';
import { firstName } from './first-name';

const PAGE = 20;

const noSuchCard = () => new NotFoundException({ code: 'not_found', message: 'No such card.' });

/** The keyset of a page: the last card's published instant (µs since 1970) and id, as one opaque token. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(token: string): { at: string; id: string } | null {
  const [at, id, ...rest] = Buffer.from(token, 'base64url').toString('utf8').split('|');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (rest.length || !id || !uuid.test(id) || !at || !/^\d{1,17}$/.test(at)) return null;
  return { at, id };
}

@Injectable()
export class CardsService {
  constructor(
    private readonly repo: CardsRepository,
    private readonly queries: CardQueries,
    private readonly gigs: GigService,
    private readonly matching: MatchingService,
    private readonly organisations: OrganisationService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The seeker's card; before they have saved one, a hidden draft from their work profile's areas and kinds. */
  async mine(seeker: { id: string; name: string }): Promise<MyCardDto> {
    const card = await this.repo.card(seeker.id);
    const invitations = (await this.queries.invitations(seeker.id, this.clock.now())).map((i) => ({
      ...i,
      startsAt: i.startsAt.toISOString(),
      invitedAt: i.invitedAt.toISOString(),
    }));
    const common = { firstName: firstName(seeker.name), invitations };
    if (card)
      return {
        ...fieldsOf(card),
        ...common,
        saved: true,
        visible: card.visible,
        publishedAt: card.publishedAt?.toISOString() ?? null,
      };
    const profile = await this.matching.profile(seeker.id);
    return {
      text: '',
      categories: profile.categories,
      postalCodes: profile.postalCodes,
      district: '',
      weekdays: [],
      times: '',
      ...common,
      saved: false,
      visible: false,
      publishedAt: null,
    };
  }

  async save(seeker: { id: string; name: string }, dto: CardFieldsDto, visible: boolean): Promise<MyCardDto> {
    const active = new Set((await this.gigs.categories()).filter((c) => c.active).map((c) => c.code));
    const errors: FieldError[] = [];
    if (dto.categories.some((c) => !active.has(c)))
      errors.push({ field: 'categories', code: 'invalid', message: 'Choose from the listed kinds of work.' });
    if (errors.length) throw invalidFields(errors);
    await this.repo.save(seeker.id, fieldsOf(dto), visible, this.clock.now());
    return this.mine(seeker);
  }

  async setVisible(seeker: { id: string; name: string }, visible: boolean): Promise<MyCardDto> {
    if (!(await this.repo.setVisible(seeker.id, visible, this.clock.now())))
      throw new NotFoundException({ code: 'not_found', message: 'Write your card first.' });
    return this.mine(seeker);
  }

  /** Visible cards for a verified organisation, newest first, a page at a time. */
  async browse(organisationId: string, q: CardQuery): Promise<CardPageDto> {
    await this.mustBeVerified(organisationId);
    const after = q.after ? decodeCursor(q.after) : undefined;
    if (after === null)
      throw invalidFields([{ field: 'after', code: 'invalid', message: 'Start again from the first page.' }]);
    const limit = q.limit ? Number(q.limit) : PAGE;
    // One more than asked says whether there is a next page.
    const rows = await this.queries.visible(organisationId, {
      area: q.area,
      category: q.category,
      after,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const items: CardDto[] = page.map((r) => ({
      id: r.id,
      firstName: firstName(r.name),
      ...fieldsOf(r),
      publishedAt: r.publishedAt.toISOString(),
      invitedGigIds: r.invitedGigIds,
    }));
    return { items, next: rows.length > limit && last ? encodeCursor(last.cursorAt, last.id) : null };
  }

  /**
   * Invites the card's seeker to one of the organisation's own published gigs that is still ahead with places
   * open. Inviting again to the same gig changes nothing: the seeker hears of it once.
   */
  async invite(organisationId: string, cardId: string, gigId: string, by: string): Promise<InvitedDto> {
    await this.mustBeVerified(organisationId);
    const seekerId = await this.queries.visibleSeeker(cardId);
    if (!seekerId) throw noSuchCard();
    const found = await this.gigs.inviteFacts(gigId);
    if (!found || found.gig.organisationId !== organisationId)
      throw new NotFoundException({ code: 'not_found', message: 'No such gig of yours.' });
    const problem = inviteProblem(found);
    if (problem) throw invalidFields([{ field: 'gigId', code: problem.code, message: problem.message }]);
    const created = await this.repo.transaction(async (tx) => {
      const invitationId = await tx.insertInvitation({ gigId, seekerId, organisationId, invitedBy: by });
      if (!invitationId) return false;
      await tx.emit('card.invited', { invitationId, seekerId, gig: found.gig });
      return true;
    });
    return { gigId, created };
  }

  private async mustBeVerified(organisationId: string): Promise<void> {
    const organisation = await this.organisations.find(organisationId);
    if (!organisation) throw new NotFoundException({ code: 'not_found', message: 'No such organisation.' });
    if (!organisation.verified)
      throw new ForbiddenException({
        code: 'organisation_unverified',
        message:
          'A coordinator has not yet checked your organisation. You can see the cards and invite people after the check.',
      });
  }
}

/** Why a gig cannot take an invitation, or null when it can. */
export function inviteProblem(g: {
  status: string;
  started: boolean;
  openPlaces: number;
}): { code: string; message: string } | null {
  if (g.status === 'cancelled') return { code: 'cancelled', message: 'This gig was cancelled.' };
  if (g.started || !['published', 'full'].includes(g.status))
    return g.status === 'draft'
      ? { code: 'not_published', message: 'Publish the gig first, then invite.' }
      : { code: 'past', message: 'This gig has already started or is over.' };
  if (g.status === 'full' || g.openPlaces === 0)
    return { code: 'full', message: 'This gig has no free places.' };
  return null;
}

function fieldsOf(c: CardFields): CardFields {
  return {
    text: c.text,
    categories: [...new Set(c.categories)],
    postalCodes: [...new Set(c.postalCodes)],
    district: c.district,
    weekdays: [...new Set(c.weekdays)] as Weekday[],
    times: c.times,
  };
}
