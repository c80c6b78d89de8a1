// The shared rules of DTO fields, so every field refuses bad input the same way and none of it reaches a
// service or PostgreSQL (docs/decisions/007-input-validation.md):
// - `@OptionalField()`: the field may be left out; null is checked like any other value, so it is refused.
//   (class-validator's IsOptional lets null through to the service: eslint forbids it.)
// - `@Text({...})`: a string field: trimmed, a string, free of control characters, within its length.
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';

/** The field may be absent; when it is present, even as null, its other rules decide. */
export const OptionalField = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

export interface TextMessages {
  /** The field is empty (with `min: 1`), or missing or not a string. */
  required?: string;
  /** Shorter than `min` (when `min` is more than 1). */
  tooShort?: string;
  tooLong?: string;
  /** The text holds a control character (NUL, escape, …; line breaks and tabs outside `multiline`). */
  controlCharacters?: string;
}

export interface TextRules {
  /** The most characters, after trimming. */
  max: number;
  /** The fewest characters, after trimming: 1 for a field that must not be empty. */
  min?: number;
  /** A long text whose line breaks (\n, \r) and tabs are kept. Other control characters are refused. */
  multiline?: boolean;
  /** Trim white space at both ends first (the default). Off for secrets, whose every character counts. */
  trim?: boolean;
  messages?: TextMessages;
}

export const CONTROL_CHARACTERS = 'noControlCharacters';

// \p{Cc} is U+0000–U+001F and U+007F–U+009F. PostgreSQL refuses U+0000 in text; the others are never typed.
const ANY_CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINES = /(?![\t\n\r])\p{Cc}/u;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A string field: trimmed, a string, no control characters, within its length; each rule with its message. */
export function Text(rules: TextRules): PropertyDecorator {
  const m = rules.messages ?? {};
  const min = rules.min ?? 0;
  const controls = rules.multiline ? CONTROL_BUT_LINES : ANY_CONTROL;
  const decorators: PropertyDecorator[] = [];
  if (rules.trim !== false) decorators.push(Transform(trim));
  decorators.push(IsString({ message: m.required ?? 'Write this as text.' }));
  if (min === 1) decorators.push(IsNotEmpty({ message: m.required ?? 'Fill in this field.' }));
  if (min > 1)
    decorators.push(MinLength(min, { message: m.tooShort ?? `Write at least ${min} characters.` }));
  decorators.push(MaxLength(rules.max, { message: m.tooLong ?? `Write at most ${rules.max} characters.` }));
  decorators.push(
    ValidateBy({
      name: CONTROL_CHARACTERS,
      validator: {
        // A value that is not a string is the type rule's to report.
        validate: (value: unknown) => typeof value !== 'string' || !controls.test(value),
        defaultMessage: () =>
          m.controlCharacters ?? 'Remove the invisible control characters (such as NUL) from the text.',
      },
    }),
  );
  return applyDecorators(...decorators);
}
