import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';

/**
 * A seeker's work-ability self-assessment: four questions scored 1 to 5 (coping, daily routines, confidence,
 * work-life skills), at the start and every three months, one a day at most. The projects measure progress
 * by its change.
 */
@Entity({ name: 'work_ability_assessments' })
@Index('uq_work_ability_seeker_day', ['seekerId', 'day'], { unique: true })
@Check('ck_work_ability_coping', 'coping BETWEEN 1 AND 5')
@Check('ck_work_ability_routines', 'routines BETWEEN 1 AND 5')
@Check('ck_work_ability_confidence', 'confidence BETWEEN 1 AND 5')
@Check('ck_work_ability_skills', 'skills BETWEEN 1 AND 5')
export class WorkAbilityAssessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: User;

  /** The Helsinki day it was answered. */
  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'smallint' })
  coping: number;

  @Column({ type: 'smallint' })
  routines: number;

  @Column({ type: 'smallint' })
  confidence: number;

  @Column({ type: 'smallint' })
  skills: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
