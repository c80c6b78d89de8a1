import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { NOTIFICATION_KINDS, NotificationKind } from './kinds';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'Values the text is made of, e.g. gigTitle, startsAt, payCents',
  })
  params: Record<string, string | number>;
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
