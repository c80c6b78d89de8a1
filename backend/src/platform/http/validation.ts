// One shape for bad input everywhere: 400 with a machine code and a readable message per field.
import { ArgumentMetadata, BadRequestException, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
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

/**
 * Nest's ValidationPipe, which also remembers which query classes an empty query passes: most reading requests
 * send no query string at all, and validating `{}` against a class gives the same answer every time (our
 * validators read nothing but the value). Only passing is remembered; a class that refuses `{}` is asked
 * every time, and so answers with its field errors every time.
 */
class FieldsValidationPipe extends ValidationPipe {
  private readonly emptyPasses = new WeakSet<Type>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype as Type | undefined;
    if (metadata.type !== 'query' || !type || !isEmptyObject(value)) return super.transform(value, metadata);
    if (this.emptyPasses.has(type)) return plainToInstance(type, {});
    const result: unknown = await super.transform(value, metadata);
    if (result instanceof type) this.emptyPasses.add(type);
    return result;
  }
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  for (const _ in value) return false;
  return true;
}

export function validationPipe(): ValidationPipe {
  return new FieldsValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => invalidFields(fieldErrors(errors)),
  });
}
