import { describe, expect, it } from 'vitest';
import { readGigForm } from './gig-form';

// 12.00 in Helsinki on 1 June 2026.
const now = new Date('2026-06-01T09:00:00Z');

function form(overrides: Record<string, string> = {}): FormData {
  const data = new FormData();
  const fields = {
    title: ' Haravointi ',
    description: 'Lehtien haravointi omakotitalon pihalla.',
    category: 'yard',
    district: 'Kallio',
    postalCode: '00530',
    date: '2026-06-02',
    startTime: '10:00',
    endTime: '12:30',
    pay: '45,50',
    places: '2',
    publish: 'true',
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('readGigForm', () => {
  it('turns the typed date, times and euros into what the API takes', () => {
    const { body, errors } = readGigForm(form(), now);
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      title: 'Haravointi',
      description: 'Lehtien haravointi omakotitalon pihalla.',
      category: 'yard',
      district: 'Kallio',
      postalCode: '00530',
      timeKind: 'fixed',
      startsAt: '2026-06-02T07:00:00.000Z',
      endsAt: '2026-06-02T09:30:00.000Z',
      estimatedMinutes: 150,
      payKind: 'per_gig',
      payCents: 4550,
      places: 2,
      publish: true,
    });
  });

  it('keeps a draft a draft', () => {
    expect(readGigForm(form({ publish: 'false' }), now).body?.publish).toBe(false);
  });

  it('ends an evening gig on the next day', () => {
    const { body } = readGigForm(form({ startTime: '20:00', endTime: '01:00' }), now);
    expect(body?.startsAt).toBe('2026-06-02T17:00:00.000Z');
    expect(body?.endsAt).toBe('2026-06-02T22:00:00.000Z');
  });

  it('names every missing field', () => {
    const empty = Object.fromEntries(
      [
        'title',
        'description',
        'category',
        'district',
        'postalCode',
        'date',
        'startTime',
        'endTime',
        'pay',
        'places',
      ].map((name) => [name, '']),
    );
    const { body, errors } = readGigForm(form(empty), now);
    expect(body).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(
      [
        'category',
        'date',
        'description',
        'district',
        'endTime',
        'pay',
        'places',
        'postalCode',
        'startTime',
        'title',
      ].sort(),
    );
  });

  it('refuses a past date on the date and a past hour today on the start time', () => {
    expect(Object.keys(readGigForm(form({ date: '2026-05-31' }), now).errors)).toEqual(['date']);
    expect(Object.keys(readGigForm(form({ date: '2026-06-01', startTime: '11:00' }), now).errors)).toEqual([
      'startTime',
    ]);
    expect(
      readGigForm(form({ date: '2026-06-01', startTime: '13:00', endTime: '14:00' }), now).errors,
    ).toEqual({});
  });

  it('refuses pay and places outside what the API allows', () => {
    expect(Object.keys(readGigForm(form({ pay: '45,505' }), now).errors)).toEqual(['pay']);
    expect(Object.keys(readGigForm(form({ pay: '1000,01' }), now).errors)).toEqual(['pay']);
    expect(readGigForm(form({ pay: '1000' }), now).body?.payCents).toBe(100000);
    for (const places of ['0', '51', '1.5', '-1', 'kaksi']) {
      expect(Object.keys(readGigForm(form({ places }), now).errors), places).toEqual(['places']);
    }
  });

  it('refuses an unknown kind of work and too long texts', () => {
    const { errors } = readGigForm(
      form({ category: 'space', title: 'x'.repeat(121), district: 'y'.repeat(101) }),
      now,
    );
    expect(Object.keys(errors).sort()).toEqual(['category', 'district', 'title']);
  });
});
