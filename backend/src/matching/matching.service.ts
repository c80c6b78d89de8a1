// Tells seekers about a published gig in waves: a first wave at once, the next after a while if places are
// still open. A wave is claimed before it picks anyone, so a wave that runs twice tells no one twice.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import { CLOCK, Clock } from '../platform/clock/clock';
import { QUEUE_PORT, QueuePort } from '../platform/queues/queue.port';
import type { GigCategory } from '../gigs/gig.entity';
import type { GigFacts } from '../gigs/gigs.events';
import { GigService } from '../gigs/gig.service';
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
      const picked = await tx.candidates(gig.id, facts.category, this.config.matchWaveSize);
      await tx.insertMatches(gig.id, picked, wave);
      if (picked.length) await tx.emitMatched({ gig, seekerIds: picked, wave });
      return picked;
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
}
