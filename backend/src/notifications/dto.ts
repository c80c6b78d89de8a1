import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { OptionalField } from '../platform/http/fields';
import { LOCALES, Locale } from '../platform/i18n/locales';
import { NOTIFICATION_KINDS, NotificationKind } from './kinds';

export class NotificationListQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: "The language of the texts; the account's by default" })
  @OptionalField()
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale?: Locale;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ description: 'What happened, in one line, in the requested language' }) title: string;
  @ApiProperty({ description: 'The details (when, where, pay), or empty' }) body: string;
  @ApiProperty({ description: 'Path of the web app the notice leads to' }) link: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
}

export class NotificationListDto {
  @ApiProperty() unread: number;
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
}

export class UnreadDto {
  @ApiProperty() unread: number;
}

export class PreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS, { message: 'Unknown kind of notice.' })
  kind: NotificationKind;

  @ApiProperty({ description: 'Show as unread in the app (notices are always kept in the app)' })
  @IsBoolean()
  inApp: boolean;

  @ApiProperty({ enum: ['each', 'digest', 'off'] })
  @IsIn(['each', 'digest', 'off'], { message: 'Choose each, digest or off.' })
  mail: 'each' | 'digest' | 'off';
}

export class PreferenceViewDto extends PreferenceDto {
  @ApiProperty({ description: 'Whether a daily digest can be chosen for this kind' })
  digestAvailable: boolean;
}

export class SetPreferencesDto {
  @ApiProperty({ type: [PreferenceDto] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences: PreferenceDto[];
}
