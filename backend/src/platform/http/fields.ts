// The shared rules of DTO fields, so every field refuses bad input the same way and none of it reaches a
// service or PostgreSQL (docs/decisions/007-input-validation.md):
// - `@OptionalField()`: the field may be left out; null is checked like any other value, so it is refused.
//   (class-validator's IsOptional lets null through to the service: eslint forbids it.)
// - `@Text({...})`: a string field: trimmed, a string, free of control and broken characters, within its
//   length.
// - `@Email(message)`: an e-mail address (with Text); class-validator's IsEmail throws on a broken character.
// - `@Day()`: a calendar day that exists, YYYY-MM-DD (a pattern alone lets 2026-02-30 through to PostgreSQL).
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, MinLength, ValidateBy, ValidateIf, isEmail } from 'class-validator';
import { isDay } from '../core/helsinki';

/** The field may be absent; when it is present, even as null, its other rules decide. */
export const OptionalField = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

export interface TextMessages {
  /** The field is empty (with `min: 1`), or missing or not a string. */
  required?: string;
  /** Shorter than `min` (when `min` is more than 1). */
  tooShort?: string;
  tooLong?: string;
  /**
   * The text holds a control character (NUL, escape, …; line breaks and tabs outside `multiline`) or a broken
   * one (half of a UTF-16 surrogate pair).
   */
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

// \p{Cc} is U+0000–U+001F and U+007F–U+009F: PostgreSQL refuses U+0000 in text, and the others are never
// typed. \p{Cs} matches only a lone surrogate (a pair is one code point here), which makes validator.js's
// encodeURI throw, and which no UTF-8 text can hold.
const ANY_CONTROL = /[\p{Cc}\p{Cs}]/u;
const CONTROL_BUT_LINES = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

/** Whether a string is free of control characters (but line breaks and tabs, if `lines`) and broken ones. */
export function isPlainText(value: string, lines = false): boolean {
  return !(lines ? CONTROL_BUT_LINES : ANY_CONTROL).test(value);
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A string field: trimmed, a string, no control characters, within its length; each rule with its message. */
export function Text(rules: TextRules): PropertyDecorator {
  const m = rules.messages ?? {};
  const min = rules.min ?? 0;
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
        validate: (value: unknown) => typeof value !== 'string' || isPlainText(value, rules.multiline),
        defaultMessage: () =>
          m.controlCharacters ??
          'Remove the invisible control characters or broken characters from the text.',
      },
    }),
  );
  return applyDecorators(...decorators);
}

/**
 * An e-mail address, after `@Text` (which refuses what is not a string or holds broken characters). Checked
 * only on plain text, since validator.js's isEmail throws (a 500) on a lone surrogate. Its code is `email`.
 */
export const Email = (message: string): PropertyDecorator =>
  ValidateBy({
    name: 'isEmail',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isPlainText(value) && isEmail(value),
      defaultMessage: () => message,
    },
  });

/** A calendar day that exists, as YYYY-MM-DD; `each` for a list of days. Its code is `invalid`. */
export const Day = (options: { each?: boolean; message?: string } = {}): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isDay',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isDay(value),
        defaultMessage: () => options.message ?? 'Give a day that exists, as YYYY-MM-DD.',
      },
    },
    { each: options.each },
  );
