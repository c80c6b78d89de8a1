import { CODE_LENGTH, newSignInCode, normaliseSignInCode } from './sign-in-code';

describe('sign-in codes', () => {
  it('are two groups of five characters with no look-alike letters', () => {
    for (let i = 0; i < 200; i++) {
      const code = newSignInCode();
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
      expect(code.replace('-', '')).toHaveLength(CODE_LENGTH);
    }
  });

  it('read the same however they are typed', () => {
    expect(normaliseSignInCode(' abcde fghjk ')).toBe('ABCDE-FGHJK');
    expect(normaliseSignInCode('ABCDE-FGHJK')).toBe('ABCDE-FGHJK');
    expect(normaliseSignInCode('abc')).toBe('ABC');
  });
});
