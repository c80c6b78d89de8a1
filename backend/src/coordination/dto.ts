import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { ORGANISATION_KINDS, OrganisationKind } from '../accounts/roles';
import { RuleNamesDto } from '../earnings/dto/earnings.dto';
import { Day, OptionalField, Text } from '../platform/http/fields';
import { PATH_STEPS, PathStep } from './path-note.entity';

export class OverviewDto {
  @ApiProperty() seekers: number;
  @ApiProperty() organisations: number;
  @ApiProperty() organisationsAwaitingVerification: number;
  @ApiProperty() upcomingGigs: number;
}

export class OrganisationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty() verified: boolean;
  @ApiProperty({ description: 'Paused by a coordinator: its gigs are not offered' }) paused: boolean;
  @ApiProperty() members: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

// The dashboard: today at a glance

export class LimitWatchDto {
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty() name: string;
  @ApiProperty() ruleKey: string;
  @ApiProperty({ type: RuleNamesDto }) ruleNames: RuleNamesDto;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ description: 'The highest threshold crossed in the period: 80 or 100 (percent)' })
  threshold: number;
  @ApiProperty({ description: 'Earned in the period when the threshold was crossed' }) amountCents: number;
}

export class GigSoonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() places: number;
  @ApiProperty() placesOpen: number;
}

export class WaitingCompletionDto {
  @ApiProperty({ format: 'uuid' }) bookingId: string;
  @ApiProperty({ format: 'uuid' }) gigId: string;
  @ApiProperty() gigTitle: string;
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty() seekerName: string;
  @ApiProperty() amountCents: number;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
}

export class NoShowDto {
  @ApiProperty({ format: 'uuid' }) gigId: string;
  @ApiProperty() gigTitle: string;
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty() seekerName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
}

export class MonthFiguresDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date', description: 'The last day, inclusive' }) to: string;
  @ApiProperty({ description: 'Seekers with a completed gig worked in the month' }) activeSeekers: number;
  @ApiProperty({ description: 'Gigs with at least one confirmed completion worked in the month' })
  gigsDone: number;
  @ApiProperty({ description: 'Confirmed minutes worked in the month' }) minutes: number;
  @ApiProperty({ description: 'Gig pay paid in the month, from the ledger (payment date)' })
  paidCents: number;
}

export class WeekEarningsDto {
  @ApiProperty({ format: 'date', description: 'Monday of the week' }) week: string;
  @ApiProperty() paidCents: number;
}

export class CategoryCountDto {
  @ApiProperty() category: string;
  @ApiProperty() gigs: number;
}

export class WeekFillDto {
  @ApiProperty({ format: 'date', description: 'Monday of the week' }) week: string;
  @ApiProperty() places: number;
  @ApiProperty() filled: number;
}

export class DashboardDto {
  @ApiProperty({ type: [LimitWatchDto] }) limits: LimitWatchDto[];
  @ApiProperty({ type: [GigSoonDto] }) gigsSoon: GigSoonDto[];
  @ApiProperty({ type: [WaitingCompletionDto] }) waiting: WaitingCompletionDto[];
  @ApiProperty() waitingCount: number;
  @ApiProperty() disputes: number;
  @ApiProperty({ type: [NoShowDto] }) noShows: NoShowDto[];
  @ApiProperty() failedJobs: number;
  @ApiProperty({ type: MonthFiguresDto }) month: MonthFiguresDto;
  @ApiProperty({ type: [WeekEarningsDto] }) weeklyEarnings: WeekEarningsDto[];
  @ApiProperty({ type: [CategoryCountDto] }) categories: CategoryCountDto[];
  @ApiProperty({ type: [WeekFillDto] }) fillRate: WeekFillDto[];
}

// Work-ability self-assessment

/** A score from 1 to 5, with the same message for every wrong value. */
const Score = (what: string): PropertyDecorator =>
  applyDecorators(
    ApiProperty({
      type: 'integer',
      minimum: 1,
      maximum: 5,
      example: 3,
      description: `${what}: 1 (poorly) to 5 (well)`,
    }),
    IsInt({ message: 'Choose a number from 1 to 5.' }),
    Min(1, { message: 'Choose a number from 1 to 5.' }),
    Max(5, { message: 'Choose a number from 1 to 5.' }),
  );

export class WorkAbilityAnswerDto {
  @Score('How I cope with everyday life') coping: number;
  @Score('How my daily routines hold') routines: number;
  @Score('How confident I feel') confidence: number;
  @Score('My work-life skills') skills: number;
}

export class WorkAbilityDto extends WorkAbilityAnswerDto {
  @ApiProperty({ format: 'date' }) day: string;
}

export class MyWorkAbilityDto {
  @ApiProperty({ description: 'Whether it is time to answer (at the start, then every three months)' })
  due: boolean;
  @ApiProperty({ format: 'date' }) nextDue: string;
  @ApiProperty({ type: [WorkAbilityDto], description: 'Oldest first' }) items: WorkAbilityDto[];
}

// Seekers

export const LIMIT_STATUSES = ['ok', 'near', 'over'] as const;
export type LimitStatus = (typeof LIMIT_STATUSES)[number];
export const ACTIVITY_WINDOWS = ['30', '90', 'none90'] as const;

export class SeekerListQuery {
  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Part of the name or e-mail address',
    example: 'virtanen',
  })
  @OptionalField()
  @Text({ max: 100, messages: { tooLong: 'The search can be at most 100 characters.' } })
  q?: string;

  @ApiPropertyOptional({
    maxLength: 5,
    description: 'Beginning of a postal code in the work profile',
    example: '28',
  })
  @OptionalField()
  @Matches(/^[0-9]{0,5}$/, { message: 'Give the beginning of a postal code, like 28.' })
  area?: string;

  @ApiPropertyOptional({
    description: "A coordinator's id, or 'none' for seekers without one",
    example: 'none',
  })
  @OptionalField()
  @Matches(/^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, {
    message: 'Choose a coordinator.',
  })
  coordinator?: string;

  @ApiPropertyOptional({
    enum: LIMIT_STATUSES,
    description: 'Near (80 %) or over a limit in its current period',
  })
  @OptionalField()
  @IsIn(LIMIT_STATUSES, { message: 'Choose ok, near or over.' })
  limit?: LimitStatus;

  @ApiPropertyOptional({
    enum: ACTIVITY_WINDOWS,
    description: 'Active in the last 30 or 90 days, or not in the last 90 days',
  })
  @OptionalField()
  @IsIn(ACTIVITY_WINDOWS, { message: 'Choose 30, 90 or none90.' })
  active?: (typeof ACTIVITY_WINDOWS)[number];
}

export class SeekerRowDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: [String] }) postalCodes: string[];
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) coordinatorId: string | null;
  @ApiProperty({ type: String, nullable: true }) coordinatorName: string | null;
  @ApiProperty({ enum: LIMIT_STATUSES }) limitStatus: LimitStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastActivity: string | null;
}

export class SeekerListDto {
  @ApiProperty({ type: [SeekerRowDto] }) items: SeekerRowDto[];
  @ApiProperty({ description: 'All that match, of which at most 200 are listed' }) total: number;
}

export class CoordinatorOptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class SeekerBookingDto {
  @ApiProperty({ format: 'uuid' }) gigId: string;
  @ApiProperty() gigTitle: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: String, nullable: true }) completionStatus: string | null;
}

export class FeedbackReceivedDto {
  @ApiProperty({ format: 'uuid' }) gigId: string;
  @ApiProperty() gigTitle: string;
  @ApiProperty({ type: Number, nullable: true }) punctuality: number | null;
  @ApiProperty({ type: Number, nullable: true }) quality: number | null;
  @ApiProperty() wentWell: string;
  @ApiProperty() practiseNext: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class PathNoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PATH_STEPS }) step: PathStep;
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty() note: string;
  @ApiProperty({ type: String, nullable: true }) recordedByName: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class SeekerProfileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty() locale: string;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
  @ApiProperty({ type: Number, nullable: true }) birthYear: number | null;
  @ApiProperty({ type: [String] }) postalCodes: string[];
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) coordinatorId: string | null;
  @ApiProperty({ type: String, nullable: true }) coordinatorName: string | null;
}

export class SeekerPageDto {
  @ApiProperty({ type: SeekerProfileDto }) profile: SeekerProfileDto;
  @ApiProperty({ type: [SeekerBookingDto] }) bookings: SeekerBookingDto[];
  @ApiProperty({ type: [FeedbackReceivedDto] }) feedback: FeedbackReceivedDto[];
  @ApiProperty({ type: [PathNoteDto] }) notes: PathNoteDto[];
  @ApiProperty({ type: [WorkAbilityDto], description: 'The self-assessments, oldest first' })
  workAbility: WorkAbilityDto[];
}

export class NewPathNoteDto {
  @ApiProperty({ enum: PATH_STEPS, example: 'first_gig' })
  @IsIn(PATH_STEPS, { message: 'Choose a step of the path.' })
  step: PathStep;

  @ApiProperty({ format: 'date', example: '2026-11-20' })
  @Day()
  day: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Ensimmäinen keikka meni hyvin.' })
  @OptionalField()
  @Text({ max: 2000, multiline: true, messages: { tooLong: 'The note can be at most 2,000 characters.' } })
  note?: string;
}

// Reports

export class ReportQuery {
  @ApiProperty({ format: 'date', example: '2026-11-01' })
  @Day()
  from: string;

  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'The last day, inclusive' })
  @Day()
  to: string;
}

export class FunderReportDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ description: 'Seekers with a confirmed gig worked, or a path step, in the period' })
  participants: number;
  @ApiProperty({ description: 'Of them, aged 18 to 29 in the last year of the period (birth year)' })
  participants18to29: number;
  @ApiProperty() gigsDone: number;
  @ApiProperty() minutes: number;
  @ApiProperty({
    description: 'Gig pay paid in the period, from the ledger (payment date), corrections included',
  })
  paidCents: number;
  @ApiProperty({ description: 'Seekers who were paid in the period' }) paidSeekers: number;
  @ApiProperty({ description: 'paidCents / paidSeekers, rounded to the cent' }) averagePerSeekerCents: number;
  @ApiProperty({ description: 'Participants whose path reached work or studies in the period' })
  movedOn: number;
  @ApiProperty({
    description: 'Seekers who answered the work-life skills question after a gig in the period',
  })
  skillsAnswered: number;
  @ApiProperty({ description: "Of them, those who said 'yes' or 'somewhat'" }) skillsGrew: number;
  @ApiProperty({
    description: 'Participants with at least two work-ability self-assessments by the end of the period',
  })
  workAbilityCompared: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Their average change of the summed score (4–20), first to latest; null when none',
  })
  workAbilityChange: number | null;
}

// The audit log

export class AuditQuery {
  @ApiPropertyOptional({
    maxLength: 100,
    description: "Part of a person's name or e-mail address",
    example: 'kaisa',
  })
  @OptionalField()
  @Text({ max: 100, messages: { tooLong: 'The search can be at most 100 characters.' } })
  person?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-01' })
  @OptionalField()
  @Day()
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-30', description: 'The last day, inclusive' })
  @OptionalField()
  @Day()
  to?: string;

  @ApiPropertyOptional({
    maxLength: 40,
    example: 'limit_rule',
    description: 'Only changes to things of this kind (limit_rule, organisation, user, …)',
  })
  @OptionalField()
  @Text({ max: 40, messages: { tooLong: 'The kind can be at most 40 characters.' } })
  subjectType?: string;

  @ApiPropertyOptional({
    maxLength: 100,
    example: 'unemployment_month',
    description: 'Only changes to this one thing (a rule key, an id); with subjectType',
  })
  @OptionalField()
  @Text({ max: 100, messages: { tooLong: 'The id can be at most 100 characters.' } })
  subjectId?: string;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null: the system' }) actorName: string | null;
  @ApiProperty({ example: 'verify_organisation' }) action: string;
  @ApiProperty({ example: 'organisation' }) subjectType: string;
  @ApiProperty() subjectId: string;
  @ApiProperty({ type: String, nullable: true, description: 'The person or organisation, when it is one' })
  subjectName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'How it was before, as JSON' }) before:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'How it is after, as JSON' }) after:
    string | null;
}
