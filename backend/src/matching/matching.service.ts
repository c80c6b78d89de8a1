// Tells seekers about a published gig in waves: a first wave at once, the next after a while if places are
// still open. A wave that runs twice (a retried job) picks no one new: its matches are already there.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/config';
import type { GigCategory } from '../gigs/gig.entity';
import { MatchingRepository } from './matching.repository';

@Injectable()
export class MatchingService {
  constructor(
    private readonly repo: MatchingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs wave `wave` of the gig; returns the seekers it told. */
  async runWave(gigId: string, wave: number): Promise<string[]> {
    const result = await this.repo.transaction(async (tx) => {
      const gig = await tx.gig(gigId);
      if (!gig || gig.status !== 'published' || gig.open <= 0 || gig.startsAt.getTime() <= Date.now())
        return null;
      if (await tx.waveDone(gigId, wave)) return { seekers: [] as string[], startsAt: gig.startsAt };
      const seekers = await tx.candidates(gigId, gig.category, this.config.matchWaveSize);
      await tx.insertMatches(gigId, seekers, wave);
      if (seekers.length) await tx.emitMatched(gigId, seekers, wave);
      return { seekers, startsAt: gig.startsAt };
    });
    if (!result) return [];
    // The next wave, if it can still come before the gig starts; the wave runs only if places are still open.
    const delay = this.config.matchWaveIntervalMinutes * 60_000;
    if (result.startsAt.getTime() - Date.now() > delay) await this.repo.scheduleWave(gigId, wave + 1, delay);
    return result.seekers;
  }

  categories(userId: string): Promise<GigCategory[]> {
    return this.repo.categories(userId);
  }

  async setCategories(userId: string, categories: GigCategory[]): Promise<GigCategory[]> {
    await this.repo.setCategories(userId, [...new Set(categories)]);
    return this.repo.categories(userId);
  }
}
