// The gig's lifecycle as a pure table: which action moves a gig from which states to which. GigService is the
// only writer of a gig's status, and every change goes through `transition` and is recorded with who made it.
//
//   draft ──publish──▶ published ──fill──▶ full ──reopen──▶ published
//     │                  │   │                │
//     │ cancel           │   └──start──┐  start┘──▶ in_progress ──finish──▶ done ──close──▶ closed
//     ▼                  │ expire      ▼
//   cancelled ◀─cancel── ┴──────▶ expired        (cancel: from draft, published or full)

export const GIG_STATUSES = [
  'draft',
  'published',
  'full',
  'in_progress',
  'done',
  'closed',
  'cancelled',
  'expired',
] as const;
export type GigStatus = (typeof GIG_STATUSES)[number];

export const GIG_ACTIONS = [
  'publish',
  'fill',
  'reopen',
  'start',
  'expire',
  'finish',
  'close',
  'cancel',
] as const;
export type GigAction = (typeof GIG_ACTIONS)[number];

export const TRANSITIONS: Readonly<Record<GigAction, { from: readonly GigStatus[]; to: GigStatus }>> = {
  /** Seekers can see it and take places or apply. */
  publish: { from: ['draft'], to: 'published' },
  /** Every place is taken. */
  fill: { from: ['published'], to: 'full' },
  /** A place was freed. */
  reopen: { from: ['full'], to: 'published' },
  /** The start time came with someone booked. */
  start: { from: ['published', 'full'], to: 'in_progress' },
  /** The start time (or a window's deadline) came and nobody was booked. */
  expire: { from: ['published'], to: 'expired' },
  /** The end time came: what was done and paid is confirmed next. */
  finish: { from: ['in_progress'], to: 'done' },
  /** Every booked person's completion is settled (confirmed, no-show, or confirmed automatically). */
  close: { from: ['done'], to: 'closed' },
  /** The organisation calls it off before it starts. */
  cancel: { from: ['draft', 'published', 'full'], to: 'cancelled' },
};

/** States in which seekers may take a place or apply. */
export const OPEN_STATUSES: readonly GigStatus[] = ['published'];
/** States a seeker may still see the gig in from a search (full gigs take waitlist applications). */
export const VISIBLE_STATUSES: readonly GigStatus[] = ['published', 'full'];
/** States after which nothing about the gig changes any more. */
export const FINAL_STATUSES: readonly GigStatus[] = ['closed', 'cancelled', 'expired'];

/** The state an action leads to, or null when the action is not allowed from this state. */
export function transition(from: GigStatus, action: GigAction): GigStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(from) ? t.to : null;
}

/** The actions allowed from a state. */
export function actionsFrom(status: GigStatus): GigAction[] {
  return GIG_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}
