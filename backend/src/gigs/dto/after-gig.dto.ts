import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Day, OptionalField, Text } from '../../platform/http/fields';
import { BOOKING_STATUSES, BookingStatus } from '../booking.entity';
import { COMPLETION_STATUSES, CompletionStatus } from '../completion.entity';
import { SKILLS_GREW, SkillsGrew } from '../feedback.entity';
import { GigDetailDto } from './gig.dto';

export class TakeResultDto extends GigDetailDto {
  @ApiProperty({
    enum: ['booked', 'applied', 'waitlisted'],
    description:
      'booked: you hold a place; applied: the organisation chooses; waitlisted: you are next in line',
  })
  outcome: 'booked' | 'applied' | 'waitlisted';
}

export class WithdrawQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'For health reasons: never counts against you',
  })
  @OptionalField()
  @IsIn(['true', 'false'], { message: 'Say true or false.' })
  health?: 'true' | 'false';
}

export class CompletionDto {
  @ApiProperty({ enum: COMPLETION_STATUSES }) status: CompletionStatus;
  @ApiProperty() minutes: number;
  @ApiProperty({ description: 'Gross pay in integer cents' }) amountCents: number;
  @ApiProperty({ format: 'date' }) workDate: string;
  @ApiProperty({ format: 'date' }) paymentDate: string;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
  @ApiProperty() disputeReason: string;
  @ApiProperty({ description: 'Confirmed because nobody answered in 7 days' }) automatic: boolean;
}

export class ReferenceDto {
  @ApiProperty() title: string;
  @ApiProperty() category: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ format: 'date' }) workDate: string;
  @ApiProperty() minutes: number;
  @ApiProperty({ type: Number, nullable: true, description: '1–5' }) punctuality: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '1–5' }) quality: number | null;
  @ApiProperty() skillsShown: string;
  @ApiProperty() wentWell: string;
  @ApiProperty({ description: 'For the seeker only: empty on a shared page' }) practiseNext: string;
}

export class FeedbackGivenDto {
  @ApiProperty({ type: Number, nullable: true }) punctuality: number | null;
  @ApiProperty({ type: Number, nullable: true }) quality: number | null;
  @ApiProperty() skillsShown: string;
  @ApiProperty() wentWell: string;
  @ApiProperty() practiseNext: string;
}

/** A completion the seeker disputed, for the coordinators to settle. */
export class DisputeDto extends CompletionDto {
  @ApiProperty({ format: 'uuid' }) bookingId: string;
  @ApiProperty({ format: 'uuid' }) gigId: string;
  @ApiProperty() gigTitle: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() seekerName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
}

export class MyCompletionDto extends CompletionDto {
  @ApiProperty({ format: 'uuid' }) bookingId: string;
  @ApiProperty({ description: 'Whether you have given your feedback' }) feedbackGiven: boolean;
  @ApiProperty({ type: FeedbackGivenDto, nullable: true, description: "The organisation's feedback to you" })
  reference: FeedbackGivenDto | null;
}

export class GigPersonDto {
  @ApiProperty({ format: 'uuid' }) bookingId: string;
  @ApiProperty() seekerName: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) attendanceConfirmedAt: string | null;
  @ApiProperty({ type: CompletionDto, nullable: true }) completion: CompletionDto | null;
  @ApiProperty() feedbackGiven: boolean;
}

export class CompletionFormDto {
  @ApiProperty({ description: 'The estimated time, the default' }) minutes: number;
  @ApiProperty({ description: 'The expected pay of one person, the default' }) amountCents: number;
  @ApiProperty({ format: 'date' }) workDate: string;
  @ApiProperty({ format: 'date' }) paymentDate: string;
  @ApiProperty({ enum: ['association', 'household', 'company'], description: 'A household is an employer' })
  organisationKind: 'association' | 'household' | 'company';
}

export class ReportEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'Not a person booked on this gig.' })
  bookingId: string;

  @ApiProperty({ enum: ['worked', 'no_show'] })
  @IsIn(['worked', 'no_show'], { message: 'Choose whether the person did the work or did not come.' })
  outcome: 'worked' | 'no_show';

  @ApiPropertyOptional({ minimum: 0, maximum: 1440, description: 'Time worked; the estimate by default' })
  @OptionalField()
  @IsInt({ message: 'Give the time in whole minutes.' })
  @Min(0, { message: 'The time cannot be negative.' })
  @Max(1440, { message: 'At most 24 hours.' })
  minutes?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100000,
    description: 'Gross pay in cents; the expected pay by default',
  })
  @OptionalField()
  @IsInt({ message: 'Give the pay in whole cents.' })
  @Min(0, { message: 'The pay cannot be negative.' })
  @Max(100000, { message: 'At most 1000 € for one person on one gig.' })
  amountCents?: number;

  @ApiPropertyOptional({ format: 'date', description: 'A day of the gig; its first day by default' })
  @OptionalField()
  @Day()
  workDate?: string;

  @ApiPropertyOptional({ format: 'date', description: 'When the pay is paid; the work day by default' })
  @OptionalField()
  @Day()
  paymentDate?: string;
}

export class ReportDto {
  @ApiProperty({ type: [ReportEntryDto] })
  @IsArray({ message: 'List the people.' })
  @ArrayMinSize(1, { message: 'Report at least one person.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReportEntryDto)
  entries: ReportEntryDto[];
}

export class RespondDto {
  @ApiProperty({ enum: ['confirm', 'dispute'] })
  @IsIn(['confirm', 'dispute'], { message: 'Confirm or dispute.' })
  answer: 'confirm' | 'dispute';

  @ApiPropertyOptional({ maxLength: 1000, description: 'What is not right (required to dispute)' })
  @OptionalField()
  @Text({ max: 1000, multiline: true })
  reason?: string;
}

export class ResolveDto {
  @ApiProperty({ enum: ['confirm', 'annul'] })
  @IsIn(['confirm', 'annul'], { message: 'Confirm with the agreed figures, or annul.' })
  outcome: 'confirm' | 'annul';

  @ApiPropertyOptional({ minimum: 0, maximum: 1440 })
  @OptionalField()
  @IsInt()
  @Min(0)
  @Max(1440)
  minutes?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000 })
  @OptionalField()
  @IsInt()
  @Min(0)
  @Max(100000)
  amountCents?: number;

  @ApiPropertyOptional({ format: 'date' })
  @OptionalField()
  @Day()
  paymentDate?: string;

  @ApiProperty({ maxLength: 1000, description: 'What was agreed, for the record' })
  @Text({ max: 1000, min: 1, multiline: true, messages: { required: 'Write down what was agreed.' } })
  note: string;
}

export class OrgFeedbackDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'Choose 1–5.' })
  @Min(1, { message: 'Choose 1–5.' })
  @Max(5, { message: 'Choose 1–5.' })
  punctuality: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'Choose 1–5.' })
  @Min(1, { message: 'Choose 1–5.' })
  @Max(5, { message: 'Choose 1–5.' })
  quality: number;

  @ApiProperty({ maxLength: 300 })
  @Text({ max: 300 })
  skillsShown: string;

  @ApiProperty({ maxLength: 1000, description: 'Becomes the reference on the seeker’s work history' })
  @Text({ max: 1000, multiline: true })
  wentWell: string;

  @ApiProperty({ maxLength: 1000, description: 'Seen by the seeker only' })
  @Text({ max: 1000, multiline: true })
  practiseNext: string;
}

export class SeekerFeedbackDto {
  @ApiProperty({ description: 'The gig was as described' })
  @IsBoolean({ message: 'Say yes or no.' })
  asDescribed: boolean;

  @ApiProperty({ maxLength: 1000 })
  @Text({ max: 1000, multiline: true })
  note: string;

  @ApiProperty({ enum: SKILLS_GREW, description: 'Did this gig strengthen your work-life skills?' })
  @IsIn(SKILLS_GREW, { message: 'Choose yes, somewhat or no.' })
  skillsGrew: SkillsGrew;
}

export class WorkHistoryDto {
  @ApiProperty({ type: [ReferenceDto] }) items: ReferenceDto[];
  @ApiProperty({ description: 'Whether a shared link is active' }) shared: boolean;
}

export class SharedWorkHistoryDto {
  @ApiProperty({ description: 'The first name only' }) firstName: string;
  @ApiProperty({ type: [ReferenceDto] }) items: ReferenceDto[];
}

export class HistoryLinkDto {
  @ApiProperty({ description: 'The path of the shared page, with its secret; shown once' }) path: string;
}

export class GigMessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() body: string;
  @ApiProperty() senderName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) senderId: string | null;
  @ApiProperty() fromOrganisation: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MessageBodyDto {
  @ApiProperty({ maxLength: 2000 })
  @Text({ max: 2000, min: 1, multiline: true, messages: { required: 'Write a message.' } })
  body: string;
}
