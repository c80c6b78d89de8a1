import { ApiProperty } from '@nestjs/swagger';

const object = { type: 'object', additionalProperties: true } as const;

export class PersonalDataDto {
  @ApiProperty({ example: '2026-11-25T10:00:00.000Z' })
  exportedAt: string;

  @ApiProperty({ ...object, nullable: true, description: 'Name, e-mail address, role and language' })
  profile: Record<string, unknown> | null;

  @ApiProperty({ ...object, nullable: true })
  workProfile: Record<string, unknown> | null;

  @ApiProperty({ ...object, nullable: true })
  card: Record<string, unknown> | null;

  @ApiProperty({ type: 'array', items: object })
  bookings: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: object })
  completions: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: object, description: 'Feedback given on their gigs, by either side' })
  feedback: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: object, description: 'Messages they wrote' })
  messages: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: object })
  ledger: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: object })
  limits: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: object })
  notices: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: object, description: "Coordinators' notes on their path" })
  pathNotes: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: object })
  selfAssessments: Record<string, unknown>[];
}

export class ErasureStatusDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-25T10:00:00.000Z' })
  requestedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  carriedOutAt: Date | null;
}

export class OpenErasureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  seekerId: string;

  @ApiProperty({ example: 'Matti Virtanen' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: 'matti@example.fi' })
  email: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  requestedAt: Date;
}
