// The period arithmetic of limits.ts, in SQL, for the reads that cover many seekers at once (the coordinators'
// headroom list, matching's "never take me over" filter in matching/candidates.queries.ts). limits.spec.ts checks it against the TypeScript.

/** The first day of the period of kind `kind` (a column or literal) that holds the date `day`. */
export function periodStartSql(kind: string, day: string, anchor: string): string {
  return `(CASE ${kind} WHEN 'month' THEN date_trunc('month', ${day})::date
    WHEN 'year' THEN date_trunc('year', ${day})::date
    ELSE ${anchor} + 28 * floor((${day} - ${anchor}) / 28.0)::int END)`;
}

/** The day after the last of the period that starts on `start`. */
export function periodEndSql(kind: string, start: string): string {
  return `(CASE ${kind} WHEN 'month' THEN (${start} + interval '1 month')::date
    WHEN 'year' THEN (${start} + interval '1 year')::date ELSE ${start} + 28 END)`;
}

/** The amount of the limit in force for a period starting on `start`: the seeker's own, else the version's. */
export function limitAmountSql(ruleKey: string, personal: string, start: string): string {
  return `coalesce(${personal}, (SELECT v.amount_cents FROM limit_rule_versions v WHERE v.rule_key = ${ruleKey}
    AND v.valid_from <= ${start} AND (v.valid_to IS NULL OR ${start} < v.valid_to)), 0)`;
}

/**
 * Counts running totals again from the ledger: for the seeker $1 (every seeker when null), per limit that
 * applies (the chosen ones, else the defaults $2) and period. For data written around the service (the demo's
 * seed, a benchmark's); the service keeps the totals itself, entry by entry.
 */
export function recountTotalsSql(): string {
  const day = `(CASE WHEN r.allocation = 'payment_date' THEN e.payment_date ELSE e.work_date END)`;
  return `INSERT INTO ledger_totals (seeker_id, rule_key, period_start, period_end, total_cents)
    SELECT l.seeker_id, l.rule_key, p.start, ${periodEndSql('r.period', 'p.start')}, sum(e.amount_cents)
    FROM (SELECT seeker_id, rule_key, anchor FROM seeker_limits
          UNION ALL
          SELECT u.seeker_id, k, NULL FROM (SELECT DISTINCT seeker_id FROM ledger_entries) u
          CROSS JOIN unnest($2::text[]) k
          WHERE NOT EXISTS (SELECT 1 FROM seeker_limit_choices c WHERE c.seeker_id = u.seeker_id)) l
    JOIN limit_rules r ON r.key = l.rule_key
    JOIN ledger_entries e ON e.seeker_id = l.seeker_id AND (r.kind <> 'programme' OR e.gig_id IS NOT NULL)
    CROSS JOIN LATERAL (SELECT ${periodStartSql('r.period', day, 'l.anchor')} AS start) p
    WHERE p.start IS NOT NULL AND ($1::uuid IS NULL OR l.seeker_id = $1::uuid)
    GROUP BY l.seeker_id, l.rule_key, p.start, r.period
    ON CONFLICT (seeker_id, rule_key, period_start)
    DO UPDATE SET total_cents = EXCLUDED.total_cents, period_end = EXCLUDED.period_end`;
}
