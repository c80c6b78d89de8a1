import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Email, OptionalField, Text } from '../../platform/http/fields';
import { LOCALES, Locale } from '../roles';
import { EmailField, PERSON_NAME } from './auth.dto';

export class RegisterSeekerDto {
  @ApiProperty({ example: 'Matti Virtanen', maxLength: 100 })
  @Text({ ...PERSON_NAME, messages: { ...PERSON_NAME.messages, required: 'Enter the name.' } })
  name: string;

  @ApiPropertyOptional({
    example: 'matti@example.fi',
    format: 'email',
    maxLength: 254,
    description: 'Leave out when the person has no address they read',
  })
  @OptionalField()
  @Text({ max: 254, messages: { tooLong: 'The e-mail address is too long.' } })
  @Email('Enter an e-mail address like name@example.fi, or leave it empty.')
  email?: string;

  @ApiProperty({ enum: LOCALES, example: 'fi' })
  @IsIn(LOCALES, { message: 'Choose fi, sv or en.' })
  locale: Locale;
}

export class PrintedCodeDto {
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty() name: string;
  @ApiProperty({
    description: 'The one-time code, shown once: only its hash is kept',
    example: 'ABCDE-FGHJK',
  })
  code: string;
  @ApiProperty({ description: 'The address the QR code opens, with the code in it' }) signInUrl: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class SignInCodeDto {
  @ApiProperty({ example: 'ABCDE-FGHJK', maxLength: 40 })
  @Text({
    min: 1,
    max: 40,
    messages: { required: 'Enter the code from your paper.', tooLong: 'The code is too long.' },
  })
  code: string;
}

export class AddEmailDto extends EmailField {}

export class ConfirmEmailDto {
  @ApiProperty({ maxLength: 100, example: 'q3v1cN0eO1qzYV3m1o7pQ2Yx9kB0rS8uT4wA6dE5fG0' })
  @Text({
    min: 1,
    max: 100,
    trim: false,
    messages: { required: 'The link is missing its code.', tooLong: 'The link is not valid.' },
  })
  token: string;
}
