import fc from 'fast-check';
import { nestedDeeperThan } from './body';

const bytes = (text: string) => Buffer.from(text, 'utf8');

/** Levels of objects and arrays in a parsed JSON value. */
function depth(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  const children = Array.isArray(v) ? v : Object.values(v);
  return 1 + Math.max(0, ...children.map(depth));
}

describe('nestedDeeperThan', () => {
  it('counts objects and arrays', () => {
    expect(nestedDeeperThan(bytes('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(nestedDeeperThan(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    expect(nestedDeeperThan(bytes('[[],[],{},[[]]]'), 3)).toBe(false);
    expect(nestedDeeperThan(bytes('[[],[],{},[[]]]'), 2)).toBe(true);
    expect(nestedDeeperThan(bytes('"[[[["'), 0)).toBe(false);
  });

  it('does not count brackets in strings, escaped quotes included', () => {
    expect(nestedDeeperThan(bytes('{"a":"[[[[\\"[[[[","b":"\\\\"}'), 1)).toBe(false);
    expect(nestedDeeperThan(bytes('["\\\\",[[1]]]'), 2)).toBe(true);
  });

  it('is not fooled by multi-byte characters', () => {
    expect(nestedDeeperThan(bytes('["Äö€😀[", ["\u5b5b"]]'), 2)).toBe(false);
  });

  it('agrees with JSON.parse on the depth of any JSON value', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 8, stringUnit: 'binary' }),
        fc.integer({ min: 0, max: 8 }),
        (value, limit) => {
          const text = JSON.stringify(value);
          expect(nestedDeeperThan(bytes(text), limit)).toBe(depth(JSON.parse(text)) > limit);
        },
      ),
    );
  });
});
