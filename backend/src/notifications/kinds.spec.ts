import { effectivePreference, kindsFor } from './kinds';

describe('notification preferences', () => {
  it('gives each role only the kinds meant for it', () => {
    expect(kindsFor('seeker')).toEqual([
      'match',
      'gig_invitation',
      'place_given',
      'application_declined',
      'confirm_attendance',
      'reminder',
      'place_released',
      'gig_changed',
      'gig_cancelled',
      'completion_to_confirm',
      'gig_completed',
      'feedback_received',
      'limit_reached',
      'work_ability_due',
      'gig_message',
    ]);
    expect(kindsFor('coordinator')).toContain('limit_alert');
    expect(kindsFor('seeker')).not.toContain('limit_alert');
    expect(kindsFor('coordinator')).not.toContain('limit_reached');
  });

  it('falls back to the default, and refuses a digest where none exists', () => {
    expect(effectivePreference('match')).toEqual({ kind: 'match', inApp: true, mail: 'each' });
    expect(effectivePreference('match', { inApp: false, mail: 'digest' })).toEqual({
      kind: 'match',
      inApp: false,
      mail: 'digest',
    });
    expect(effectivePreference('reminder', { inApp: true, mail: 'digest' }).mail).toBe('each');
  });
});
