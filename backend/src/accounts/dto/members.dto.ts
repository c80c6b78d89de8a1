import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LOCALES, Locale, MEMBER_ROLES, MemberRole } from '../roles';
import { EmailField } from './auth.dto';

export class InviteMemberDto extends EmailField {
  @ApiProperty({ enum: LOCALES, example: 'fi', description: 'Language of the invitation mail' })
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale: Locale;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class InvitationDto {
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class MemberListDto {
  @ApiProperty({ type: [MemberDto] }) members: MemberDto[];
  @ApiProperty({ type: [InvitationDto], description: 'Invitations not yet followed nor expired' })
  invitations: InvitationDto[];
}
