// One shape for bad input everywhere: 400 with a machine code and a readable message per field.
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { CONTROL_CHARACTERS } from './fields';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

const CODES: Record<string, string> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  isEmail: 'email',
  maxLength: 'too_long',
  minLength: 'too_short',
  isIn: 'invalid_choice',
  isEnum: 'invalid_choice',
  whitelistValidation: 'unknown_field',
  isUuid: 'invalid',
};
// When a field breaks several rules, say the most useful one.
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'isNotEmpty',
  'isString',
  'minLength',
  'maxLength',
  CONTROL_CHARACTERS,
  'isEmail',
  'isIn',
  'isEnum',
];

export function fieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const keys = Object.keys(e.constraints).sort((a, b) => rank(a) - rank(b));
      const key = keys[0];
      out.push({ field, code: CODES[key] ?? 'invalid', message: e.constraints[key] });
    }
    if (e.children?.length) out.push(...fieldErrors(e.children, field));
  }
  return out;
}

function rank(key: string): number {
  const i = PRIORITY.indexOf(key);
  return i === -1 ? PRIORITY.length : i;
}

/** The 400 of bad input, whether the validation pipe or a service's own rule found it. */
export function invalidFields(errors: FieldError[]): BadRequestException {
  return new BadRequestException({ code: 'validation', message: 'Some fields need fixing.', errors });
}

export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => invalidFields(fieldErrors(errors)),
  });
}
