// Keyset pagination: the position after the last row of a page, handed out as an opaque string and read back
// as the same values. A cursor that is not one of ours is a field error, never a 500.
import { applyDecorators } from '@nestjs/common';
import { Matches, MaxLength } from 'class-validator';
import { OptionalField } from './fields';
import { invalidFields } from './validation';

const SHAPE = /^[A-Za-z0-9_-]{1,400}$/;

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values of a cursor, checked against the kinds expected; a forged or stale shape is a 400 on `field`. */
type Kind = 'number' | 'uuid' | 'instant';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fits = (v: unknown, kind: Kind): boolean =>
  kind === 'number'
    ? Number.isInteger(v)
    : typeof v === 'string' &&
      (kind === 'uuid' ? UUID.test(v) : v.length < 40 && !Number.isNaN(Date.parse(v)));

export function decodeCursor(cursor: string, kinds: Kind[], field = 'after'): (string | number)[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== kinds.length || values.some((v, i) => !fits(v, kinds[i])))
    throw invalidFields([
      { field, code: 'invalid', message: 'This page link is not valid: start from the first page.' },
    ]);
  return values as (string | number)[];
}

/** An optional `after` query field holding a cursor from the previous page. */
export const CursorField = (): PropertyDecorator =>
  applyDecorators(
    OptionalField(),
    MaxLength(400, { message: 'This page link is not valid: start from the first page.' }),
    Matches(SHAPE, { message: 'This page link is not valid: start from the first page.' }),
  );
