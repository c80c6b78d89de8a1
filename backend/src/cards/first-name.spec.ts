import fc from 'fast-check';
import { firstName } from './first-name';

describe('firstName', () => {
  it('keeps the first word only', () => {
    expect(firstName('Maija Meikäläinen')).toBe('Maija');
    expect(firstName('  Anna-Liisa   Virtanen ')).toBe('Anna-Liisa');
    expect(firstName('Ahmed')).toBe('Ahmed');
    expect(firstName('')).toBe('');
  });

  it('reads a name written surname first with a comma', () => {
    expect(firstName('Virtanen, Anna Maria')).toBe('Anna');
  });

  it('never shows a word after the first of the given names', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖäö-]{1,12}$/);
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 3 }), (first, rest) => {
        const shown = firstName([first, ...rest].join(' '));
        expect(shown).toBe(first);
        expect(shown).not.toContain(' ');
      }),
    );
  });
});
