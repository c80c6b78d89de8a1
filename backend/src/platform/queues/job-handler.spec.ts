import { missingHandlers } from './job-handler';

describe('missingHandlers', () => {
  it('names every job that has no handler', () => {
    const noop = async () => undefined;
    expect(missingHandlers({ maintenance: { 'purge-expired': noop } })).toEqual(['notifications/event']);
    expect(missingHandlers({ maintenance: { 'purge-expired': noop }, notifications: { event: noop } })).toEqual([]);
  });
});
