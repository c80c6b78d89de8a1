import { describe, expect, it } from 'vitest';
import { reasonsText } from './reasons';

const gig = { category: 'yard', district: 'Ulvila', postalCode: '28400', startsAt: '2026-12-05T08:00:00Z' };

describe('reasonsText', () => {
  it('says how far a gig is from the code matching keeps (km:N)', () => {
    expect(reasonsText(gig, ['km:12'], 'fi')).toBe('12 km päässä.');
    expect(reasonsText(gig, ['area', 'km:3'], 'fi')).toBe('Alueellasi (28400), 3 km päässä.');
  });

  it('leaves out codes it does not know and is empty without reasons', () => {
    expect(reasonsText(gig, ['kilometres'], 'fi')).toBe('');
    expect(reasonsText(gig, [], 'fi')).toBe('');
  });
});
