// Tells seekers about a published gig in waves: a first wave at once, the next after a while if places are
// still open. A wave is claimed before it picks anyone, so a wave that runs twice tells no one twice.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { CLOCK, Clock } from '../platform/clock/clock';
import { QUEUE_PORT, QueuePort } from '../platform/queues/queue.port';
import type { GigCategory } from '../gigs/gig.entity';
import type { GigFacts } from '../gigs/gigs.events';
import { GigService } from '../gigs/gig.service';
import { helsinkiDay } from '../platform/core/helsinki';
import { invalidFields } from '../platform/http/validation';
import type { WorkProfileDto } from './dto';
import { MatchingRepository } from './matching.repository';

/** How many open gigs, soonest first, a profile change looks through, and how many it may tell of. */
const PROFILE_SCAN = 200;
const PROFILE_MATCHES = 10;

@Injectable()
export class MatchingService {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly gigs: GigService,
    @Inject(QUEUE_PORT) private readonly queues: QueuePort,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs wave `wave` of the gig; returns the seekers it told. */
  async runWave(gig: GigFacts, wave: number): Promise<string[]> {
    const now = this.clock.now().getTime();
    const facts = await this.gigs.matchFacts(gig.id);
    if (!facts?.open) return [];
    const seekers = await this.repo.transaction(async (tx) =>
      (await tx.claimWave(gig.id, wave)) ? this.tell(tx, gig, wave) : null,
    );
    // The next wave, if it can still come before the gig starts; it runs only if places are still open. Added
    // also when this wave had run before: its job id makes the add a no-op if an earlier run added it.
    const delay = this.config.matchWaveIntervalMinutes * 60_000;
    if (facts.startsAt.getTime() - now > delay) {
      await this.queues.add(
        'matching',
        'wave',
        { gig, wave: wave + 1 },
        { jobId: `wave-${gig.id}-${wave + 1}`, delay },
      );
    }
    return seekers ?? [];
  }

  /**
   * A place came free (a withdrawal or a release that the waitlist did not fill): a wave at once, beside the
   * regular ones. Claimed with the event's id, so a retried event tells no one.
   */
  async onPlaceFreed(gig: GigFacts, eventId: string): Promise<string[]> {
    const facts = await this.gigs.matchFacts(gig.id);
    if (!facts?.open) return [];
    return this.repo.transaction(async (tx) => {
      const wave = await tx.claimWaveFor(gig.id, eventId);
      return wave === null ? [] : this.tell(tx, gig, wave);
    });
  }

  /**
   * A seeker changed their work profile: the open gigs they now fit, soonest first, at most
   * PROFILE_MATCHES of them (telling of more at once would be noise). Idempotent: a gig the seeker was told of
   * is never a candidate again. Matches made this way are wave 0.
   */
  async onProfileChanged(seekerId: string): Promise<string[]> {
    const told: string[] = [];
    for (const gig of await this.gigs.openGigFacts(PROFILE_SCAN)) {
      if (told.length >= PROFILE_MATCHES) break;
      const matched = await this.repo.transaction(async (tx) => {
        const picked = await tx.candidates(gig.id, 1, seekerId);
        const seekerIds = await tx.insertMatches(gig.id, picked, 0);
        if (seekerIds.length) await tx.emitMatched({ gig, seekerIds, wave: 0 });
        return seekerIds.length > 0;
      });
      if (matched) told.push(gig.id);
    }
    return told;
  }

  /** Picks the wave's seekers, keeps their matches and tells them (inside the wave's transaction). */
  private async tell(tx: MatchingRepository, gig: GigFacts, wave: number): Promise<string[]> {
    const picked = await tx.candidates(gig.id, this.config.matchWaveSize);
    const seekerIds = await tx.insertMatches(gig.id, picked, wave);
    if (seekerIds.length) await tx.emitMatched({ gig, seekerIds, wave });
    return seekerIds;
  }

  categories(userId: string): Promise<GigCategory[]> {
    return this.repo.categories(userId);
  }

  async setCategories(userId: string, categories: GigCategory[]): Promise<GigCategory[]> {
    await this.repo.setCategories(userId, [...new Set(categories)]);
    return this.repo.categories(userId);
  }

  profile(userId: string): Promise<WorkProfileDto> {
    return this.repo.profile(userId);
  }

  /** Saves the work profile; lists become sets, and a birth year in the future is refused. */
  async setProfile(userId: string, p: WorkProfileDto): Promise<WorkProfileDto> {
    const year = Number(helsinkiDay(this.clock.now()).slice(0, 4));
    if (p.birthYear != null && (p.birthYear > year - 15 || p.birthYear < year - 100))
      throw invalidFields([
        {
          field: 'birthYear',
          code: 'out_of_range',
          message: `Give a year between ${year - 100} and ${year - 15}.`,
        },
      ]);
    const hasLat = p.homeLatitude != null;
    if (hasLat !== (p.homeLongitude != null))
      throw invalidFields([
        {
          field: hasLat ? 'homeLongitude' : 'homeLatitude',
          code: 'required',
          message: 'Give both the latitude and the longitude of your home point, or neither.',
        },
      ]);
    // Where a person lives is kept to about a kilometre, no more exactly.
    const round = (x: number | null | undefined) => (x == null ? null : Math.round(x * 100) / 100);
    const unique = <T>(xs: T[]) => [...new Set(xs)];
    await this.repo.transaction(async (tx) => {
      await tx.setProfile(userId, {
        ...p,
        categories: unique(p.categories),
        postalCodes: unique(p.postalCodes),
        skills: unique(p.skills),
        languages: unique(p.languages),
        availability: unique(p.availability),
        daysOff: unique(p.daysOff),
        homeLatitude: round(p.homeLatitude),
        homeLongitude: round(p.homeLongitude),
      });
      await tx.emitProfileChanged(userId);
    });
    return this.repo.profile(userId);
  }
}
