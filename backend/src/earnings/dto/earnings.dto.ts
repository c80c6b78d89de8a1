import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Day, OptionalField, Text } from '../../platform/http/fields';
import { EFFECTS, Effect, LIMIT_MODES, LimitMode } from '../limits';

const MODE_DESCRIPTION =
  'A gig that would take the seeker over: show = just show it, warn = ask to confirm before accepting, ' +
  'never = matching does not offer it';

export class RuleNamesDto {
  @ApiProperty() fi: string;
  @ApiProperty() sv: string;
  @ApiProperty() en: string;
}

/** Where the seeker stands against one limit in its current period. */
export class StandingDto {
  @ApiProperty() ruleKey: string;
  @ApiProperty({ type: RuleNamesDto }) names: RuleNamesDto;
  @ApiProperty({ enum: ['benefit', 'programme', 'other'] }) kind: 'benefit' | 'programme' | 'other';
  @ApiProperty({ enum: EFFECTS }) effect: Effect;
  @ApiProperty({ description: 'Basis points of the excess the benefit falls by (5000 = 50 %)' })
  reductionRateBp: number;
  @ApiProperty({ enum: ['month', 'four_weeks', 'year'] }) period: string;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ format: 'date', description: 'The last day of the period' }) periodEnd: string;
  @ApiProperty() limitCents: number;
  @ApiProperty({ description: 'Confirmed earnings counted in the period' }) earnedCents: number;
  @ApiProperty({ description: 'Expected pay of places held' }) projectedCents: number;
  @ApiProperty({ description: 'Left before the limit (negative when over)' }) headroomCents: number;
  @ApiProperty({ type: Number, nullable: true }) percentUsed: number | null;
  @ApiProperty({ description: 'Estimated benefit reduction for what is earned' }) reductionCents: number;
  @ApiProperty() projectedReductionCents: number;
  @ApiProperty({ description: 'What the version in force says' }) note: string;
  @ApiProperty({ enum: LIMIT_MODES, description: MODE_DESCRIPTION }) mode: LimitMode;
  @ApiProperty({ format: 'date', description: 'The first day of the period before' })
  previousPeriodStart: string;
  @ApiProperty({ format: 'date' }) nextPeriodStart: string;
  @ApiProperty({ format: 'date', description: 'The last day of the next period' }) nextPeriodEnd: string;
  @ApiProperty({ description: 'The limit in force in the next period' }) nextLimitCents: number;
}

export class EntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['gig', 'outside', 'correction'] }) kind: 'gig' | 'outside' | 'correction';
  @ApiProperty() payerName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) gigId: string | null;
  @ApiProperty() amountCents: number;
  @ApiProperty({ format: 'date' }) workDate: string;
  @ApiProperty({ format: 'date' }) paymentDate: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reverses: string | null;
  @ApiProperty({ description: 'A correction has reversed it' }) reversed: boolean;
  @ApiProperty() reason: string;
}

export class EarningsDto {
  @ApiProperty({ format: 'date', description: 'The day the standing is for' }) on: string;
  @ApiProperty({ description: 'Whether the seeker has chosen their limits (else the defaults apply)' })
  chosen: boolean;
  @ApiProperty({ type: [StandingDto] }) limits: StandingDto[];
  @ApiProperty({ type: [EntryDto] }) entries: EntryDto[];
}

export class ImpactDto {
  @ApiProperty() ruleKey: string;
  @ApiProperty({ type: RuleNamesDto }) names: RuleNamesDto;
  @ApiProperty({ enum: EFFECTS }) effect: Effect;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty() limitCents: number;
  @ApiProperty({ description: 'Earned and booked in that period before this gig' }) beforeCents: number;
  @ApiProperty() afterCents: number;
  @ApiProperty() leftCents: number;
  @ApiProperty({ description: 'How much of the pay goes over the limit' }) overCents: number;
  @ApiProperty({ description: 'How much more the benefit falls' }) reductionCents: number;
  @ApiProperty({ description: 'What the seeker keeps of the pay' }) keepCents: number;
  @ApiProperty() takesOver: boolean;
  @ApiProperty({ enum: LIMIT_MODES, description: MODE_DESCRIPTION }) mode: LimitMode;
  @ApiProperty({
    description: 'Taking the gig asks the seeker to confirm first (over a limit set to warn or never)',
  })
  confirm: boolean;
}

export class GigImpactDto {
  @ApiProperty({ description: 'The expected gross pay of one person' }) payCents: number;
  @ApiProperty({ description: 'Whether the seeker already holds a place (its pay is among the booked)' })
  held: boolean;
  @ApiProperty({ description: 'Whether any limit asks for a confirmation before taking the gig' })
  confirm: boolean;
  @ApiProperty({ type: [ImpactDto] }) limits: ImpactDto[];
}

export class RuleVersionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() amountCents: number;
  @ApiProperty({ enum: EFFECTS }) effect: Effect;
  @ApiProperty() reductionRateBp: number;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo: string | null;
  @ApiProperty() note: string;
}

export class RuleDto {
  @ApiProperty() key: string;
  @ApiProperty({ enum: ['benefit', 'programme', 'other'] }) kind: 'benefit' | 'programme' | 'other';
  @ApiProperty({ enum: ['month', 'four_weeks', 'year'] }) period: string;
  @ApiProperty({ enum: ['payment_date', 'work_date'] }) allocation: string;
  @ApiProperty({ description: 'Needs a figure of the seeker’s own' }) personal: boolean;
  @ApiProperty({ type: RuleNamesDto }) names: RuleNamesDto;
  @ApiProperty() source: string;
  @ApiProperty({ type: [RuleVersionDto] }) versions: RuleVersionDto[];
}

export class SeekerLimitDto {
  @ApiProperty({ example: 'unemployment_month' })
  @Text({ max: 60, min: 1 })
  ruleKey: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'For 4-week rules' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @Day()
  anchor?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'For rules with a personal limit' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsInt({ message: 'Give the amount in whole cents.' })
  @Min(0, { message: 'The amount cannot be negative.' })
  @Max(100_000_000, { message: 'That amount is too large.' })
  personalAmountCents?: number | null;

  @ApiPropertyOptional({ enum: LIMIT_MODES, default: 'warn', description: MODE_DESCRIPTION })
  @OptionalField()
  @IsIn(LIMIT_MODES, { message: 'Choose show, warn or never.' })
  mode?: LimitMode;
}

export class SeekerLimitsDto {
  @ApiProperty({ type: [SeekerLimitDto] })
  @IsArray({ message: 'List the limits.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SeekerLimitDto)
  limits: SeekerLimitDto[];
}

export class OutsideEarningDto {
  @ApiProperty({ maxLength: 120, description: 'Who paid' })
  @Text({ max: 120, min: 1, messages: { required: 'Say who paid.' } })
  payerName: string;

  @ApiProperty({ minimum: 1, maximum: 10_000_000, description: 'Gross, in cents' })
  @IsInt({ message: 'Give the amount in whole cents.' })
  @Min(1, { message: 'Give an amount above zero.' })
  @Max(10_000_000, { message: 'That amount is too large.' })
  amountCents: number;

  @ApiProperty({ format: 'date', example: '2026-11-02' })
  @Day()
  workDate: string;

  @ApiProperty({ format: 'date', example: '2026-11-02' })
  @Day()
  paymentDate: string;
}

export class CorrectionDto {
  @ApiProperty({ maxLength: 500 })
  @Text({ max: 500, min: 1, multiline: true, messages: { required: 'Say why it is corrected.' } })
  reason: string;
}

export class NewRuleVersionDto {
  @ApiProperty({ minimum: 0, maximum: 100_000_000 })
  @IsInt({ message: 'Give the amount in whole cents.' })
  @Min(0, { message: 'The amount cannot be negative.' })
  @Max(100_000_000)
  amountCents: number;

  @ApiProperty({ enum: EFFECTS })
  @IsIn(EFFECTS, { message: 'Choose the effect above the limit.' })
  effect: Effect;

  @ApiProperty({ minimum: 0, maximum: 10_000 })
  @IsInt({ message: 'Give the rate in basis points (5000 = 50 %).' })
  @Min(0)
  @Max(10_000)
  reductionRateBp: number;

  @ApiProperty({
    format: 'date',
    example: '2030-01-01',
    description: 'The first day of the adjustment periods it applies to',
  })
  @Day()
  validFrom: string;

  @ApiProperty({ maxLength: 500, description: 'What changed, and the source' })
  @Text({ max: 500, min: 1, multiline: true, messages: { required: 'Say what changed.' } })
  note: string;
}

export class AssignCoordinatorDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'Choose a coordinator.' })
  coordinatorId: string;
}

export class EarningsOnQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-11-15',
    description: 'The day to stand on; today by default',
  })
  @OptionalField()
  @Day()
  on?: string;
}

export class StatementQueryDto {
  @ApiProperty({ format: 'date', example: '2026-11-01', description: 'The first payment day' })
  @Day()
  from: string;

  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'The last payment day' })
  @Day()
  to: string;
}

export class StatementLineDto {
  @ApiProperty() payerName: string;
  @ApiProperty({ format: 'date' }) workDate: string;
  @ApiProperty({ format: 'date' }) paymentDate: string;
  @ApiProperty({ description: 'Gross, in cents (negative for a correction)' }) amountCents: number;
  @ApiProperty({ enum: ['gig', 'outside', 'correction'] }) kind: 'gig' | 'outside' | 'correction';
  @ApiProperty() reason: string;
}

export class StatementDto {
  @ApiProperty() seekerName: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ type: [StatementLineDto] }) lines: StatementLineDto[];
  @ApiProperty({ description: 'The sum of the lines, in cents' }) totalCents: number;
}

export class HeadroomQueryDto {
  @ApiPropertyOptional({
    example: '28',
    description: 'The start of a postal code the seeker works in (1-5 digits)',
  })
  @OptionalField()
  @Matches(/^[0-9]{1,5}$/, { message: 'Give the start of a postal code, 1 to 5 digits.' })
  area?: string;

  @ApiPropertyOptional({
    example: 'none',
    description: "A coordinator's id: their seekers; 'none': seekers with no coordinator",
  })
  @OptionalField()
  @Matches(/^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'Choose a coordinator.',
  })
  coordinator?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, example: 50 })
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: 'Give a whole number.' })
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, example: 0 })
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: 'Give a whole number.' })
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export class HeadroomRowDto {
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String], description: 'The postal codes they work in' }) postalCodes: string[];
  @ApiProperty({ type: String, nullable: true }) coordinatorName: string | null;
  @ApiProperty({ description: 'The limit closest to being reached (or most over)' }) ruleKey: string;
  @ApiProperty({ type: RuleNamesDto }) names: RuleNamesDto;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty() limitCents: number;
  @ApiProperty({ description: 'Confirmed earnings in the period' }) earnedCents: number;
  @ApiProperty({ description: 'Left before the limit (negative when over)' }) headroomCents: number;
  @ApiProperty({ description: 'Whole percent of the limit earned' }) percentUsed: number;
}

export class HeadroomListDto {
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty({ type: [HeadroomRowDto] }) seekers: HeadroomRowDto[];
  @ApiProperty({ description: 'Whether more follow (ask again with a larger offset)' }) more: boolean;
}
