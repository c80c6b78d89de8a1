import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EmailField } from './auth.dto';
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

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) organisationKind: OrganisationKind;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty() hasPassword: boolean;
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
}

export class UpdateMeDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter your name.' })
  @MaxLength(100, { message: 'The name can be at most 100 characters.' })
  name?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale?: Locale;
}

export class SetPasswordDto {
  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10, { message: 'The password needs at least 10 characters.' })
  @MaxLength(200, { message: 'The password can be at most 200 characters.' })
  newPassword: string;

  @ApiPropertyOptional({ description: 'Required when the account already has a password' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  currentPassword?: string;
}

export class InviteCoordinatorDto extends EmailField {
  @ApiProperty({ maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Enter a name.' })
  @MaxLength(100, { message: 'The name can be at most 100 characters.' })
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
