import { missingHandlers } from './job-handler';
import { JOB_NAMES, QUEUE_NAMES } from './queues';

describe('missingHandlers', () => {
  const noop = async () => undefined;
  const full = () =>
    Object.fromEntries(QUEUE_NAMES.map((q) => [q, Object.fromEntries(JOB_NAMES[q].map((n) => [n, noop]))]));

  it('is empty when every job has a handler', () => {
    expect(missingHandlers(full())).toEqual([]);
  });

  it('names every job that has no handler', () => {
    const table = full();
    delete table.reminders.remind;
    delete table.maintenance;
    expect(missingHandlers(table)).toEqual(['reminders/remind', 'maintenance/purge-expired']);
  });
});
