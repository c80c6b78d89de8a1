// The seeker's work-ability self-assessment: answering it, seeing one's own, and who is due a reminder.
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../platform/clock/clock';
import { helsinkiDay } from '../platform/core/helsinki';
import { CoordinationQueries } from './coordination.queries';
import { CoordinationRepository } from './coordination.repository';
import type { MyWorkAbilityDto, WorkAbilityAnswerDto } from './dto';
import { isDue, nextDue } from './work-ability';

export interface DueAssessment {
  seekerId: string;
  dueDay: string;
  /** None answered yet: the reminder at the start. */
  first: boolean;
}

@Injectable()
export class WorkAbilityService {
  constructor(
    private readonly queries: CoordinationQueries,
    private readonly repo: CoordinationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async mine(seekerId: string): Promise<MyWorkAbilityDto> {
    const items = await this.queries.workAbility(seekerId);
    const today = helsinkiDay(this.clock.now());
    const last = items.at(-1)?.day ?? null;
    return { due: isDue(last, today), nextDue: nextDue(last, today), items };
  }

  async answer(seekerId: string, a: WorkAbilityAnswerDto): Promise<MyWorkAbilityDto> {
    await this.repo.upsertWorkAbility({ seekerId, day: helsinkiDay(this.clock.now()), ...pick(a) });
    return this.mine(seekerId);
  }

  /** Seekers due an assessment today, for the daily reminder. */
  due(): Promise<DueAssessment[]> {
    return this.queries.workAbilityDue(helsinkiDay(this.clock.now()));
  }
}

const pick = (a: WorkAbilityAnswerDto) => ({
  coping: a.coping,
  routines: a.routines,
  confidence: a.confidence,
  skills: a.skills,
});
