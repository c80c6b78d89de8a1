import { checkGigTerms, GigTerms, TermsContext } from './gig-terms';

const now = new Date('2026-11-25T10:00:00Z');
const ctx: TermsContext = { now, minHourlyPayCents: 1000, categories: new Set(['yard', 'moving']) };
const base: GigTerms = {
  category: 'yard',
  timeKind: 'fixed',
  startsAt: new Date('2026-11-28T08:00:00Z'),
  endsAt: new Date('2026-11-28T11:00:00Z'),
  estimatedMinutes: 180,
  payKind: 'per_gig',
  payCents: 4500,
  supported: false,
  supportPerson: '',
};
const fields = (t: Partial<GigTerms>, c: Partial<TermsContext> = {}) =>
  checkGigTerms({ ...base, ...t }, { ...ctx, ...c }).map((e) => `${e.field}:${e.code}`);

describe('the terms of a gig', () => {
  it('accepts fair, well-formed terms', () => {
    expect(fields({})).toEqual([]);
    expect(
      fields({ timeKind: 'window', endsAt: new Date('2026-12-05T16:00:00Z'), estimatedMinutes: 240 }),
    ).toEqual([]);
  });

  it('refuses a time in the past, an end before the start, and too long a gig or window', () => {
    expect(
      fields({ startsAt: new Date('2026-11-25T09:00:00Z'), endsAt: new Date('2026-11-25T12:00:00Z') }),
    ).toEqual(['startsAt:in_past']);
    expect(fields({ endsAt: new Date('2026-11-28T07:00:00Z') })).toEqual(['endsAt:before_start']);
    expect(fields({ endsAt: new Date('2026-11-29T09:00:00Z') })).toEqual(['endsAt:too_long']);
    expect(fields({ timeKind: 'window', endsAt: new Date('2026-12-20T08:00:00Z') })).toEqual([
      'endsAt:too_long_window',
    ]);
    expect(fields({ estimatedMinutes: 240 })).toEqual(['estimatedMinutes:longer_than_time']);
  });

  it('refuses pay under the lowest hourly pay, for the gig or per hour', () => {
    expect(fields({ payCents: 2999 })).toEqual(['payCents:under_minimum']);
    expect(fields({ payCents: 3000 })).toEqual([]);
    expect(fields({ payKind: 'per_hour', payCents: 999 })).toEqual(['payCents:under_minimum']);
    expect(fields({ payCents: 0 })).toEqual(['payCents:under_minimum']);
  });

  it('asks a supported gig to name its guide, and a kind of work from the list', () => {
    expect(fields({ supported: true })).toEqual(['supportPerson:required']);
    expect(fields({ supported: true, supportPerson: 'Pirjo' })).toEqual([]);
    expect(fields({ category: 'space' })).toEqual(['category:invalid_choice']);
  });
});
