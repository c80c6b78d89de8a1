import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Email, OptionalField, Text, TextRules } from '../../platform/http/fields';
import { LOCALES, Locale, ORGANISATION_KINDS, OrganisationKind } from '../roles';

/** A person's name, as they write it. */
export const PERSON_NAME = {
  min: 1,
  max: 100,
  messages: { required: 'Enter your name.', tooLong: 'The name can be at most 100 characters.' },
} satisfies TextRules;

/** A new password: every character counts, so it is not trimmed. */
export const PASSWORD = {
  min: 10,
  max: 200,
  trim: false,
  messages: {
    tooShort: 'The password needs at least 10 characters.',
    tooLong: 'The password can be at most 200 characters.',
  },
} satisfies TextRules;

export class EmailField {
  @ApiProperty({ example: 'maija@example.fi', format: 'email', maxLength: 254 })
  @Text({
    min: 1,
    max: 254,
    messages: { required: 'Enter your e-mail address.', tooLong: 'The e-mail address is too long.' },
  })
  @Email('Enter an e-mail address like name@example.fi.')
  email: string;
}

/** Sign-up asks for the address only: whatever else a stranger could choose for someone else's address waits. */
export class SignUpDto extends EmailField {
  @ApiProperty({ enum: LOCALES, example: 'fi', description: 'Language of the mail and of the new account' })
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale: Locale;
}

/** What a person chooses in the session their sign-up link opened, once. */
export class FinishAccountDto {
  @ApiProperty({ example: 'Maija Meikäläinen', maxLength: 100 })
  @Text(PERSON_NAME)
  name: string;

  @ApiProperty({ enum: ['seeker', 'organisation'], example: 'seeker' })
  @IsIn(['seeker', 'organisation'], { message: 'Choose whether you look for gigs or offer them.' })
  accountType: 'seeker' | 'organisation';

  @ApiPropertyOptional({ maxLength: 120, description: 'Required when accountType is organisation' })
  @OptionalField()
  @Text({ max: 120, messages: { tooLong: 'The name can be at most 120 characters.' } })
  organisationName?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS, description: 'Required when accountType is organisation' })
  @OptionalField()
  @IsIn(ORGANISATION_KINDS, { message: 'Choose association, household or company.' })
  organisationKind?: OrganisationKind;

  @ApiPropertyOptional({ minLength: 10, maxLength: 200 })
  @OptionalField()
  @Text(PASSWORD)
  password?: string;
}

export class MagicLinkDto extends EmailField {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Language of the mail when the address has no account' })
  @OptionalField()
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale?: Locale;
}

export class VerifyDto {
  @ApiProperty({ maxLength: 100 })
  @Text({
    min: 1,
    max: 100,
    trim: false,
    messages: { required: 'The link is missing its code.', tooLong: 'The link is not valid.' },
  })
  token: string;
}

export class PasswordSignInDto extends EmailField {
  @ApiProperty({ maxLength: 200 })
  @Text({
    min: 1,
    max: 200,
    trim: false,
    messages: { required: 'Enter your password.', tooLong: 'The password can be at most 200 characters.' },
  })
  password: string;
}

export class SentDto {
  @ApiProperty()
  sent: boolean;
}
