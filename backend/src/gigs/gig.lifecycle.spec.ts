import fc from 'fast-check';
import {
  actionsFrom,
  FINAL_STATUSES,
  GIG_ACTIONS,
  GIG_STATUSES,
  GigStatus,
  transition,
} from './gig.lifecycle';

describe('the gig lifecycle', () => {
  it('moves a gig through its life', () => {
    let s: GigStatus = 'draft';
    for (const [action, next] of [
      ['publish', 'published'],
      ['fill', 'full'],
      ['reopen', 'published'],
      ['fill', 'full'],
      ['start', 'in_progress'],
      ['finish', 'done'],
      ['close', 'closed'],
    ] as const) {
      const to = transition(s, action);
      expect([action, to]).toEqual([action, next]);
      s = to!;
    }
  });

  it('refuses what makes no sense', () => {
    expect(transition('draft', 'start')).toBeNull();
    expect(transition('in_progress', 'cancel')).toBeNull();
    expect(transition('full', 'expire')).toBeNull();
    expect(transition('cancelled', 'publish')).toBeNull();
  });

  it('lets nothing leave a final state, and every other state has a way on', () => {
    for (const s of GIG_STATUSES) {
      if (FINAL_STATUSES.includes(s)) expect(actionsFrom(s)).toEqual([]);
      else expect(actionsFrom(s).length).toBeGreaterThan(0);
    }
  });

  it('reaches a final state from any state by some path, whatever is tried on the way', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GIG_ACTIONS), { maxLength: 30 }), (actions) => {
        let s: GigStatus = 'draft';
        for (const a of actions) s = transition(s, a) ?? s;
        // From wherever the random walk stopped, one of the final states is reachable.
        const seen = new Set<GigStatus>([s]);
        const queue = [s];
        while (queue.length) {
          const cur = queue.shift()!;
          for (const a of actionsFrom(cur)) {
            const n = transition(cur, a)!;
            if (seen.has(n)) continue;
            seen.add(n);
            queue.push(n);
          }
        }
        expect(FINAL_STATUSES.some((f) => seen.has(f))).toBe(true);
      }),
    );
  });
});
