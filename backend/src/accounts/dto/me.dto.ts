import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalField, Text } from '../../platform/http/fields';
import { EmailField, PASSWORD, PERSON_NAME } from './auth.dto';
import {
  LOCALES,
  Locale,
  MEMBER_ROLES,
  MemberRole,
  ORGANISATION_KINDS,
  OrganisationKind,
  ROLES,
  Role,
} from '../roles';

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) organisationKind: OrganisationKind;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null for people registered in person without one',
  })
  email: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty() hasPassword: boolean;
  @ApiProperty({
    description: 'Signed up by link but not yet chosen a name and role (see PUT /api/me/account)',
  })
  pending: boolean;
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
}

export class UpdateMeDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @OptionalField()
  @Text(PERSON_NAME)
  name?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @OptionalField()
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale?: Locale;
}

export class SetPasswordDto {
  @ApiProperty({ minLength: 10, maxLength: 200 })
  @Text(PASSWORD)
  newPassword: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Required when the account already has a password' })
  @OptionalField()
  @Text({ max: 200, trim: false })
  currentPassword?: string;
}

export class InviteCoordinatorDto extends EmailField {
  @ApiProperty({ maxLength: 100 })
  @Text({ ...PERSON_NAME, messages: { ...PERSON_NAME.messages, required: 'Enter a name.' } })
  name: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale: Locale;
}

export class CoordinatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
