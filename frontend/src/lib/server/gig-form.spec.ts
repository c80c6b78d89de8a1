import { describe, expect, it } from 'vitest';
import type { OrgGig } from '$lib/api/types';
import { gigFormValues, parseHours, readGigForm } from './gig-form';

// 12.00 in Helsinki on 1 June 2026.
const now = new Date('2026-06-01T09:00:00Z');

function form(overrides: Record<string, string | string[]> = {}): FormData {
  const data = new FormData();
  const fields: Record<string, string | string[]> = {
    title: ' Haravointi ',
    description: 'Lehtien haravointi omakotitalon pihalla.',
    category: 'yard',
    district: 'Kallio',
    postalCode: '00530',
    streetAddress: 'Kalliontie 3',
    timeKind: 'fixed',
    date: '2026-06-02',
    startTime: '10:00',
    endTime: '12:30',
    payKind: 'per_gig',
    pay: '45,50',
    places: '2',
    selection: 'first_come',
    physicalLoad: 'light',
    setting: 'outdoors',
    withdrawHours: '24',
    attendanceHours: '12',
    repeatWeeks: '0',
    publish: 'true',
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

describe('readGigForm', () => {
  it('turns the typed date, times and euros into what the API takes', () => {
    const { body, errors } = readGigForm(form(), now);
    expect(errors).toEqual({});
    expect(body).toEqual({
      title: 'Haravointi',
      description: 'Lehtien haravointi omakotitalon pihalla.',
      category: 'yard',
      district: 'Kallio',
      postalCode: '00530',
      streetAddress: 'Kalliontie 3',
      timeKind: 'fixed',
      startsAt: '2026-06-02T07:00:00.000Z',
      endsAt: '2026-06-02T09:30:00.000Z',
      estimatedMinutes: 150,
      payKind: 'per_gig',
      payCents: 4550,
      places: 2,
      selection: 'first_come',
      skills: [],
      languages: [],
      physicalLoad: 'light',
      setting: 'outdoors',
      toolsProvided: false,
      accessibilityNotes: '',
      contactName: '',
      contactPhone: '',
      supported: false,
      supportPerson: '',
      supportNotes: '',
      withdrawHours: 24,
      attendanceHours: 12,
      publish: true,
      repeatWeeks: 0,
    });
  });

  it('reads a window with a deadline, hourly pay, languages, skills and a supported gig', () => {
    const { body, errors } = readGigForm(
      form({
        timeKind: 'window',
        date: '2026-06-02',
        startTime: '08:00',
        endDate: '2026-06-05',
        endTime: '18:00',
        estimatedHours: '2,5',
        payKind: 'per_hour',
        pay: '13',
        languages: ['fi', 'sv', 'xx'],
        skills: 'Haravointi, kantaminen, ',
        toolsProvided: 'true',
        supported: 'true',
        supportPerson: 'Pirjo',
        repeatWeeks: '3',
      }),
      now,
    );
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      timeKind: 'window',
      startsAt: '2026-06-02T05:00:00.000Z',
      endsAt: '2026-06-05T15:00:00.000Z',
      estimatedMinutes: 150,
      payKind: 'per_hour',
      payCents: 1300,
      languages: ['fi', 'sv'],
      skills: ['haravointi', 'kantaminen'],
      toolsProvided: true,
      supported: true,
      repeatWeeks: 3,
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
    const empty = new FormData();
    const { errors, body } = readGigForm(empty, now);
    expect(body).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(
      [
        'attendanceHours',
        'category',
        'date',
        'description',
        'district',
        'endTime',
        'estimatedHours',
        'pay',
        'payKind',
        'physicalLoad',
        'places',
        'postalCode',
        'selection',
        'setting',
        'startTime',
        'timeKind',
        'title',
        'withdrawHours',
      ].sort(),
    );
  });

  it('refuses a past date on the date and a past hour today on the start time', () => {
    expect(Object.keys(readGigForm(form({ date: '2026-05-31' }), now).errors)).toEqual(['date']);
    expect(Object.keys(readGigForm(form({ date: '2026-06-01', startTime: '11:00' }), now).errors)).toEqual([
      'startTime',
    ]);
  });

  it('refuses pay, places, a postal code, a phone and a supported gig without its guide', () => {
    const { errors } = readGigForm(
      form({ pay: '0', places: '51', postalCode: '123', contactPhone: 'soita', supported: 'true' }),
      now,
    );
    expect(Object.keys(errors).sort()).toEqual([
      'contactPhone',
      'pay',
      'places',
      'postalCode',
      'supportPerson',
    ]);
    expect(readGigForm(form({ pay: '1001' }), now).errors.pay).toBeDefined();
  });

  it('refuses too many or too long skills and a window without its deadline', () => {
    expect(Object.keys(readGigForm(form({ skills: 'a,'.repeat(11) }), now).errors)).toEqual(['skills']);
    expect(Object.keys(readGigForm(form({ timeKind: 'window', estimatedHours: '2' }), now).errors)).toEqual([
      'endDate',
    ]);
  });
});

describe('parseHours', () => {
  it('reads hours as people type them', () => {
    expect(parseHours('2')).toBe(120);
    expect(parseHours('2,5')).toBe(150);
    expect(parseHours('0.25')).toBe(15);
    expect(parseHours('1,75 h')).toBe(105);
    expect(parseHours('0,1')).toBeNull();
    expect(parseHours('25')).toBeNull();
    expect(parseHours('kaksi')).toBeNull();
  });
});

describe('gigFormValues', () => {
  const gig = {
    id: 'g',
    title: 'Haravointi',
    description: 'Lehtiä',
    category: 'yard',
    district: 'Kallio',
    postalCode: '00530',
    streetAddress: 'Kalliontie 3',
    timeKind: 'fixed',
    startsAt: '2026-06-02T07:00:00.000Z',
    endsAt: '2026-06-02T09:30:00.000Z',
    estimatedMinutes: 150,
    payKind: 'per_gig',
    payCents: 4550,
    places: 2,
    selection: 'choose',
    skills: ['haravointi'],
    languages: ['fi'],
    physicalLoad: 'moderate',
    setting: 'both',
    toolsProvided: true,
    accessibilityNotes: '',
    contactName: 'Pirjo',
    contactPhone: '040 123 4567',
    supported: false,
    supportPerson: '',
    supportNotes: '',
    withdrawHours: 48,
    attendanceHours: 6,
  } as unknown as OrgGig;

  it('fills the form with a gig so that reading it gives the same gig back', () => {
    const { values, checked } = gigFormValues(gig);
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) data.set(k, v);
    for (const c of checked)
      data.append(
        c === 'toolsProvided' || c === 'supported' ? c : 'languages',
        c === 'toolsProvided' || c === 'supported' ? 'true' : c,
      );
    const { body, errors } = readGigForm(data, now);
    expect(errors).toEqual({});
    const { id: _id, ...fields } = gig;
    expect(body).toMatchObject({ ...fields, publish: false, repeatWeeks: 0 });
  });

  it('leaves the dates of a copy to choose', () => {
    const { values } = gigFormValues(gig, true);
    expect(values.date).toBe('');
    expect(values.startTime).toBe('10:00');
    expect(values.pay).toBe('45,50');
  });
});
