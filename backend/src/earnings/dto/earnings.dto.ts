import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Day, Text } from '../../platform/http/fields';
import { EFFECTS, Effect } from '../limits';

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
}

export class GigImpactDto {
  @ApiProperty({ description: 'The expected gross pay of one person' }) payCents: number;
  @ApiProperty({ description: 'Whether the seeker already holds a place (its pay is among the booked)' })
  held: boolean;
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
