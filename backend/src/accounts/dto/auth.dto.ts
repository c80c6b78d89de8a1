import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LOCALES, Locale, ORGANISATION_KINDS, OrganisationKind } from '../roles';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class EmailField {
  @ApiProperty({ example: 'maija@example.fi', maxLength: 254 })
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter your e-mail address.' })
  @MaxLength(254, { message: 'The e-mail address is too long.' })
  @IsEmail({}, { message: 'Enter an e-mail address like name@example.fi.' })
  email: string;
}

export class SignUpDto extends EmailField {
  @ApiProperty({ example: 'Maija Meikäläinen', maxLength: 100 })
  @Transform(trim)
  @IsString({ message: 'Enter your name.' })
  @IsNotEmpty({ message: 'Enter your name.' })
  @MaxLength(100, { message: 'The name can be at most 100 characters.' })
  name: string;

  @ApiProperty({ enum: ['seeker', 'organisation'] })
  @IsIn(['seeker', 'organisation'], { message: 'Choose whether you look for gigs or offer them.' })
  accountType: 'seeker' | 'organisation';

  @ApiPropertyOptional({ maxLength: 120, description: 'Required when accountType is organisation' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120, { message: 'The name can be at most 120 characters.' })
  organisationName?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS, description: 'Required when accountType is organisation' })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS, { message: 'Choose association, household or company.' })
  organisationKind?: OrganisationKind;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale: Locale;

  @ApiPropertyOptional({ minLength: 10, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'The password needs at least 10 characters.' })
  @MaxLength(200, { message: 'The password can be at most 200 characters.' })
  password?: string;
}

export class MagicLinkDto extends EmailField {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Language of the mail when the address has no account' })
  @IsOptional()
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale?: Locale;
}

export class VerifyDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'The link is missing its code.' })
  @MaxLength(100, { message: 'The link is not valid.' })
  token: string;
}

export class PasswordSignInDto extends EmailField {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'Enter your password.' })
  @MaxLength(200, { message: 'The password can be at most 200 characters.' })
  password: string;
}

export class SentDto {
  @ApiProperty()
  sent: boolean;
}
