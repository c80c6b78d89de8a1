import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({
    example: 'email',
    description:
      'required, email, too_long, too_short, invalid_choice, unknown_field, taken, wrong_password, invalid',
  })
  code: string;
  @ApiProperty({ example: 'Enter an e-mail address like name@example.fi.' }) message: string;
}

export class ErrorDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'BAD_REQUEST' }) error: string;
  @ApiProperty({ example: 'validation' }) code: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}
