import { describe, expect, it } from 'vitest';
import { homePath, safeRedirectPath } from './navigation';

describe('homePath', () => {
  it('sends each role to its own first page', () => {
    expect(homePath({ role: 'seeker', memberships: [] })).toBe('/gigs');
    expect(homePath({ role: 'coordinator', memberships: [] })).toBe('/coordinator');
    expect(homePath({ role: 'admin', memberships: [] })).toBe('/admin/coordinators');
  });

  it("sends an organisation's member to the first organisation's gigs", () => {
    const membership = {
      organisationId: 'org-1',
      organisationName: 'Pihaseura',
      organisationKind: 'association',
      role: 'owner',
    } as const;
    expect(homePath({ role: 'organisation', memberships: [membership] })).toBe('/org/org-1/gigs');
    expect(homePath({ role: 'organisation', memberships: [] })).toBe('/profile');
  });
});

describe('safeRedirectPath', () => {
  it('keeps paths on this site', () => {
    expect(safeRedirectPath('/gigs')).toBe('/gigs');
    expect(safeRedirectPath('/org/1/gigs?x=1#top')).toBe('/org/1/gigs?x=1#top');
  });

  it('refuses other sites and odd values', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'gigs',
      '',
      null,
      undefined,
      42,
      '/\tevil',
      'javascript:alert(1)',
    ]) {
      expect(safeRedirectPath(value, '/fallback')).toBe('/fallback');
    }
  });
});

describe('safeRedirectPath for the links of notifications', () => {
  it('follows the paths of this app that notices lead to', () => {
    for (const link of [
      '/gigs/7b0c5a52-3f55-4a57-9d0b-5d1f4c1b2a11',
      '/org/1f0c/gigs/7b0c',
      '/coordinator',
      '/coordinator/jobs',
      '/my-gigs',
    ]) {
      expect(safeRedirectPath(link, '/notifications')).toBe(link);
    }
  });

  it('stays on the notifications page for a link to another site or no path at all', () => {
    for (const link of [
      '//evil.example/gigs',
      'https://evil.example/',
      '/\\evil.example',
      'gigs/1',
      '',
      ' /gigs',
    ]) {
      expect(safeRedirectPath(link, '/notifications'), link).toBe('/notifications');
    }
  });
});
