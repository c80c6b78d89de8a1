import * as path from 'node:path';
import { findViolations, owners, readSources, SourceFile } from './boundaries';

const SRC = path.join(__dirname, '../../src');

describe('feature boundaries', () => {
  const files = readSources(SRC);

  it('knows who owns each table', () => {
    const { tables } = owners(files);
    expect(tables.get('gigs')).toBe('gigs');
    expect(tables.get('bookings')).toBe('gigs');
    expect(tables.get('users')).toBe('accounts');
    expect(tables.get('matches')).toBe('matching');
    expect(tables.get('outbox_events')).toBe('platform');
    expect(tables.size).toBeGreaterThanOrEqual(14);
  });

  it('holds in the code: no feature writes, locks or reads around another feature, the platform knows none', () => {
    expect(findViolations(files)).toEqual([]);
  });

  it('catches each kind of breach', () => {
    const entities = files.filter((f) => f.path.endsWith('.entity.ts'));
    const bad = (p: string, text: string): SourceFile[] => [...entities, { path: p, text }];
    expect(
      findViolations(bad('matching/x.repository.ts', 'q(`SELECT id FROM gigs WHERE id = $1 FOR UPDATE`)')),
    ).toEqual([
      "matching/x.repository.ts: locks gigs's gigs",
      "matching/x.repository.ts: reads gigs's gigs outside a *.queries.ts read model",
    ]);
    expect(findViolations(bad('notifications/x.ts', "q(`UPDATE bookings SET status = 'x'`)"))).toEqual([
      "notifications/x.ts: writes to gigs's bookings",
    ]);
    expect(findViolations(bad('gigs/x.ts', "q('INSERT INTO users (email) VALUES ($1)')"))).toEqual([
      "gigs/x.ts: writes to accounts's users",
    ]);
    expect(findViolations(bad('gigs/y.queries.ts', 'q(`DELETE FROM gigs WHERE id = $1`)'))).toEqual([
      'gigs/y.queries.ts: a read model writes to gigs',
    ]);
    expect(findViolations(bad('gigs/z.queries.ts', 'q(`SELECT u.name FROM users u`)'))).toEqual([]);
    expect(findViolations(bad('gigs/z.ts', 'this.m.getRepository(User).update({ id }, { name })'))).toEqual([
      "gigs/z.ts: uses the repository of accounts's users",
    ]);
    expect(
      findViolations(bad('platform/queues/x.ts', "import { GigService } from '../../gigs/gig.service';")),
    ).toEqual(['platform/queues/x.ts: the platform imports gigs/gig.service']);
    expect(
      findViolations(bad('notifications/y.ts', "import { GigRepository } from '../gigs/gig.repository';")),
    ).toEqual(["notifications/y.ts: imports another feature's gigs/gig.repository"]);
  });
});
