import { describe, expect, it } from 'vitest';
import type { Notification, NotificationKind } from '$lib/api/types';
import { locales } from '$lib/paraglide/runtime';
import { noticeText } from './notifications';

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

const gig = {
  gigTitle: 'Haravointi Kalliossa',
  organisationName: 'Pihaseura ry',
  // 10.00 in Helsinki (summer time)
  startsAt: '2026-06-02T07:00:00.000Z',
  area: 'Kallio',
  payCents: 4550,
};

// The values the API stores with each kind (backend/src/notifications/notification.service.ts).
const examples: Record<NotificationKind, Notification['params']> = {
  match: gig,
  reminder: { ...gig, hours: 24 },
  gig_cancelled: gig,
  gig_completed: gig,
  booking_made: { ...gig, seekerName: 'Mikko Heinonen' },
  booking_withdrawn: { ...gig, seekerName: 'Mikko Heinonen' },
  confirm_completion: gig,
  gig_expired: gig,
  organisation_awaiting: { organisationName: 'Pihaseura ry' },
  limit_alert: {
    seekerName: 'Mikko Heinonen',
    limitName: 'suojaosa',
    amountCents: 28000,
    capCents: 30000,
  },
  dispute: gig,
  no_show: { ...gig, seekerName: 'Mikko Heinonen' },
  delivery_failed: { queue: 'notifications', jobName: 'outbox', reason: 'SMTP refused' },
};

// What each kind must say, whatever the language: the names and values that tell notices apart.
const mustMention: Record<NotificationKind, string[]> = {
  match: ['Haravointi Kalliossa', 'Pihaseura ry', 'Kallio', '45', '2026', '10'],
  reminder: ['Haravointi Kalliossa', '24', 'Kallio', '2026'],
  gig_cancelled: ['Haravointi Kalliossa', 'Pihaseura ry', '2026'],
  gig_completed: ['Haravointi Kalliossa', '45'],
  booking_made: ['Mikko Heinonen', 'Haravointi Kalliossa', '2026', 'Kallio'],
  booking_withdrawn: ['Mikko Heinonen', 'Haravointi Kalliossa'],
  confirm_completion: ['Haravointi Kalliossa'],
  gig_expired: ['Haravointi Kalliossa'],
  organisation_awaiting: ['Pihaseura ry'],
  limit_alert: ['Mikko Heinonen', 'suojaosa', '280', '300'],
  dispute: ['Haravointi Kalliossa', 'Pihaseura ry'],
  no_show: ['Mikko Heinonen', 'Haravointi Kalliossa'],
  delivery_failed: ['notifications', 'outbox', 'SMTP refused'],
};

describe('noticeText', () => {
  for (const locale of locales) {
    for (const kind of Object.keys(examples) as NotificationKind[]) {
      it(`writes a ${kind} notice in ${locale}`, () => {
        const { title, body } = noticeText({ kind, params: examples[kind] }, locale);
        const all = plain(`${title} ${body}`);
        expect(title.length).toBeGreaterThan(0);
        expect(body.length).toBeGreaterThan(0);
        for (const expected of mustMention[kind]) expect(all, `${kind} ${locale}`).toContain(expected);
        // No placeholder left unfilled, no value missing.
        expect(all).not.toMatch(/[{}]|undefined|NaN|Invalid/);
      });
    }
  }

  it('writes each kind differently in each language', () => {
    for (const kind of Object.keys(examples) as NotificationKind[]) {
      const titles = locales.map((locale) => noticeText({ kind, params: examples[kind] }, locale).title);
      expect(new Set(titles).size, kind).toBe(locales.length);
    }
  });

  it('reads as expected in Finnish', () => {
    const { title, body } = noticeText({ kind: 'match', params: gig }, 'fi');
    expect(title).toBe('Sinulle sopiva keikka: Haravointi Kalliossa');
    expect(plain(body)).toBe(
      'Pihaseura ry tarvitsee apua. Aika: ti 2.6.2026 klo 10.00. Alue: Kallio. Palkka: 45,50 €.',
    );
  });

  it('shows money in the reader’s format', () => {
    expect(noticeText({ kind: 'match', params: gig }, 'en').body).toContain('€45.50');
    expect(plain(noticeText({ kind: 'match', params: gig }, 'sv').body)).toContain('45,50 €');
  });

  it('leaves out values an older notice lacks instead of showing "undefined"', () => {
    const { title, body } = noticeText({ kind: 'booking_made', params: { gigTitle: 'Muutto' } }, 'fi');
    expect(`${title} ${body}`).not.toMatch(/undefined|NaN|Invalid/);
    expect(title).toContain('Muutto');
  });

  it('gives a kind newer than this page a general title', () => {
    const notice = { kind: 'something_new' as NotificationKind, params: {} };
    expect(noticeText(notice, 'fi')).toEqual({ title: 'Uusi ilmoitus', body: '' });
  });
});
