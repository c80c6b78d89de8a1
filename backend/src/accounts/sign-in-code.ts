// The one-time sign-in code a coordinator prints for a seeker met in person: short enough to type on a phone,
// with no letters that look alike (0/O, 1/I/L), shown in two groups of five.
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 10;

/** 10 characters from 31: about 49 bits, with sign-in attempts rate-limited per client. */
export function newSignInCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a person typed, as it was issued: case, spaces and dashes do not matter. */
export function normaliseSignInCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === CODE_LENGTH ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}
