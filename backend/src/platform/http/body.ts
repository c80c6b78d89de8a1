// How the API reads request bodies: JSON only, at most 100 kB, and at most MAX_BODY_DEPTH levels of nesting.
// The depth is checked on the raw bytes before JSON.parse, because what comes after (class-transformer in the
// ValidationPipe) walks a body recursively and overflows the stack on a few thousand levels: a 500 on every
// route with a body. No body of this API needs more than a few levels.
// URL-encoded bodies are not parsed: no client sends them (the CSRF header rules out plain HTML forms).
import express, { RequestHandler } from 'express';

export const MAX_BODY_DEPTH = 32;
export const MAX_BODY_SIZE = '100kb';

/** Thrown from the parser's verify step; shaped like body-parser's own errors (a 400 the client may see). */
export class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly statusCode = 400;
  readonly expose = true;
  readonly type = 'entity.too_deep';

  constructor(readonly limit: number) {
    super(`The request body is nested too deeply: at most ${limit} levels of objects and arrays.`);
  }
}

class UnsupportedCharsetError extends Error {
  readonly status = 415;
  readonly statusCode = 415;
  readonly expose = true;
  readonly type = 'charset.unsupported';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether JSON text (UTF-8 bytes) nests objects and arrays deeper than `limit`. Brackets inside strings do not
 * count. It only counts: malformed JSON is left for JSON.parse to refuse. UTF-8 is safe to scan byte by byte,
 * because every byte of a multi-byte character is ≥ 0x80.
 */
export function nestedDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) {
      inString = true;
    } else if (OPEN.has(b)) {
      if (++depth > limit) return true;
    } else if (CLOSE.has(b)) {
      depth--;
    }
  }
  return false;
}

function utf8(buf: Buffer, encoding: string): Uint8Array {
  if (/^utf-?8$/i.test(encoding)) return buf;
  try {
    // body-parser accepts any utf-* charset (utf-16 in practice): decode, then scan as UTF-8.
    return Buffer.from(new TextDecoder(encoding).decode(buf), 'utf8');
  } catch {
    throw new UnsupportedCharsetError(`Send the body as UTF-8 (${encoding} is not supported).`);
  }
}

/** The one body parser of the API (Nest's own are turned off: see `httpAppOptions`). */
export function jsonBody(maxDepth = MAX_BODY_DEPTH): RequestHandler {
  return express.json({
    limit: MAX_BODY_SIZE,
    verify: (_req, _res, buf, encoding) => {
      if (nestedDeeperThan(utf8(buf, encoding), maxDepth)) throw new BodyTooDeepError(maxDepth);
    },
  });
}
