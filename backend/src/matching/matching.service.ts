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
    const seekers = await this.repo.transaction(async (tx) => {
      if (!(await tx.claimWave(gig.id, wave))) return null;
      const picked = await tx.candidates(gig.id, this.config.matchWaveSize);
      await tx.insertMatches(gig.id, picked, wave);
      const seekerIds = picked.map((c) => c.seekerId);
      if (seekerIds.length) await tx.emitMatched({ gig, seekerIds, wave });
      return seekerIds;
    });
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
    const unique = <T>(xs: T[]) => [...new Set(xs)];
    await this.repo.setProfile(userId, {
      ...p,
      categories: unique(p.categories),
      postalCodes: unique(p.postalCodes),
      skills: unique(p.skills),
      languages: unique(p.languages),
      availability: unique(p.availability),
      daysOff: unique(p.daysOff),
    });
    return this.repo.profile(userId);
  }
}
