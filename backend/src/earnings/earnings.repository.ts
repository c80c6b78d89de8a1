// All writes of the earnings feature: the ledger (append-only), the seekers' limits, rule versions and the
// audit log, and the events it emits.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../platform/audit/audit.log';
import { DomainEvents } from '../platform/outbox/events';
import { OutboxService } from '../platform/outbox/outbox.service';
import type { EntryKind } from './ledger-entry.entity';
import type { LedgerEntry as Entry, LimitMode, RuleVersion } from './limits';
import './earnings.events';

export interface RuleRow {
  key: string;
  kind: 'benefit' | 'programme' | 'other';
  period: RuleVersion['period'];
  allocation: RuleVersion['allocation'];
  personal: boolean;
  names: { fi: string; sv: string; en: string };
  source: string;
}

export interface SeekerLimitRow {
  ruleKey: string;
  anchor: string | null;
  personalAmountCents: number | null;
  mode: LimitMode;
}

export interface TotalRow {
  ruleKey: string;
  periodStart: string;
  periodEnd: string;
  totalCents: number;
}

export interface EntryRow extends Entry {
  id: string;
  kind: EntryKind;
  payerName: string;
  gigId: string | null;
  reverses: string | null;
  reversed: boolean;
  reason: string;
  recordedAt: string;
}

export interface NewEntry {
  seekerId: string;
  kind: EntryKind;
  payerName: string;
  payerOrganisationId?: string | null;
  gigId?: string | null;
  bookingId?: string | null;
  amountCents: number;
  workDate: string;
  paymentDate: string;
  reverses?: string | null;
  reason?: string;
  recordedBy: string | null;
}

const day = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

@Injectable()
export class EarningsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly auditLog: AuditLog,
    private readonly manager: EntityManager = db.manager,
  ) {}

  transaction<T>(fn: (tx: EarningsRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((m) => fn(new EarningsRepository(this.db, this.outbox, this.auditLog, m)));
  }

  emit<E extends keyof DomainEvents>(type: E, payload: DomainEvents[E]): Promise<string> {
    return this.outbox.emit(this.manager, type, payload);
  }

  rules(): Promise<RuleRow[]> {
    return this.manager.query(
      `SELECT key, kind, period, allocation, personal, names, source FROM limit_rules ORDER BY kind, key`,
    );
  }

  versions(): Promise<(RuleVersion & { note: string })[]> {
    return this.manager.query(
      `SELECT v.id, v.rule_key AS "ruleKey", v.amount_cents AS "amountCents", r.period, r.allocation, v.effect,
         v.reduction_rate_bp AS "reductionRateBp", ${day('v.valid_from')} AS "validFrom",
         ${day('v.valid_to')} AS "validTo", v.note
       FROM limit_rule_versions v JOIN limit_rules r ON r.key = v.rule_key ORDER BY v.rule_key, v.valid_from`,
    );
  }

  /** Adds a version from `validFrom`: the version in force then ends that day. */
  async addVersion(
    key: string,
    v: { amountCents: number; effect: string; reductionRateBp: number; validFrom: string; note: string },
    by: string,
  ): Promise<string> {
    await this.manager.query(
      `UPDATE limit_rule_versions SET valid_to = $2
       WHERE rule_key = $1 AND valid_from < $2 AND (valid_to IS NULL OR valid_to > $2)`,
      [key, v.validFrom],
    );
    const later: { valid_from: string }[] = await this.manager.query(
      `SELECT ${day('valid_from')} AS valid_from FROM limit_rule_versions WHERE rule_key = $1 AND valid_from > $2
       ORDER BY valid_from LIMIT 1`,
      [key, v.validFrom],
    );
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO limit_rule_versions (rule_key, amount_cents, effect, reduction_rate_bp, valid_from, valid_to, note,
         created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        key,
        v.amountCents,
        v.effect,
        v.reductionRateBp,
        v.validFrom,
        later[0]?.valid_from ?? null,
        v.note,
        by,
      ],
    );
    return rows[0].id;
  }

  seekerLimits(seekerId: string): Promise<SeekerLimitRow[]> {
    return this.manager.query(
      `SELECT rule_key AS "ruleKey", ${day('anchor')} AS anchor, personal_amount_cents AS "personalAmountCents", mode
       FROM seeker_limits WHERE seeker_id = $1 ORDER BY rule_key`,
      [seekerId],
    );
  }

  async setSeekerLimits(seekerId: string, limits: SeekerLimitRow[]): Promise<void> {
    await this.manager.query(`DELETE FROM seeker_limits WHERE seeker_id = $1`, [seekerId]);
    await this.manager.query(
      `INSERT INTO seeker_limit_choices (seeker_id) VALUES ($1)
       ON CONFLICT (seeker_id) DO UPDATE SET chosen_at = now()`,
      [seekerId],
    );
    for (const l of limits)
      await this.manager.query(
        `INSERT INTO seeker_limits (seeker_id, rule_key, anchor, personal_amount_cents, mode)
         VALUES ($1, $2, $3, $4, $5)`,
        [seekerId, l.ruleKey, l.anchor, l.personalAmountCents, l.mode],
      );
  }

  /** Whether the seeker has chosen their limits (an empty choice is a choice). */
  async hasChosen(seekerId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM seeker_limit_choices WHERE seeker_id = $1`,
      [seekerId],
    );
    return rows.length > 0;
  }

  entries(seekerId: string): Promise<EntryRow[]> {
    return this.manager.query(
      `SELECT e.id, e.kind, e.payer_name AS "payerName", e.gig_id AS "gigId", e.amount_cents AS "amountCents",
         ${day('e.work_date')} AS "workDate", ${day('e.payment_date')} AS "paymentDate", e.reverses, e.reason,
         EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses = e.id) AS reversed,
         to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt"
       FROM ledger_entries e WHERE e.seeker_id = $1 ORDER BY e.payment_date DESC, e.recorded_at DESC`,
      [seekerId],
    );
  }

  async entry(id: string): Promise<(EntryRow & { seekerId: string }) | null> {
    const rows = await this.manager.query(
      `SELECT e.id, e.seeker_id AS "seekerId", e.kind, e.payer_name AS "payerName", e.gig_id AS "gigId",
         e.amount_cents AS "amountCents", ${day('e.work_date')} AS "workDate", ${day('e.payment_date')} AS "paymentDate",
         e.reverses, e.reason, EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses = e.id) AS reversed
       FROM ledger_entries e WHERE e.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Appends an entry; a gig's entry is written once per booking (null when it was there already). */
  async append(e: NewEntry): Promise<string | null> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO ledger_entries (seeker_id, kind, payer_name, payer_organisation_id, gig_id, booking_id,
         amount_cents, work_date, payment_date, reverses, reason, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        e.seekerId,
        e.kind,
        e.payerName,
        e.payerOrganisationId ?? null,
        e.gigId ?? null,
        e.bookingId ?? null,
        e.amountCents,
        e.workDate,
        e.paymentDate,
        e.reverses ?? null,
        e.reason ?? '',
        e.recordedBy,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Adds an entry's amount to the running total of one limit's period (same transaction as the entry). */
  async addToTotal(seekerId: string, t: TotalRow): Promise<void> {
    await this.manager.query(
      `INSERT INTO ledger_totals (seeker_id, rule_key, period_start, period_end, total_cents)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (seeker_id, rule_key, period_start)
       DO UPDATE SET total_cents = ledger_totals.total_cents + EXCLUDED.total_cents`,
      [seekerId, t.ruleKey, t.periodStart, t.periodEnd, t.totalCents],
    );
  }

  /** Replaces a seeker's running totals (their limits changed: other rules, another 4-week anchor). */
  async replaceTotals(seekerId: string, rows: TotalRow[]): Promise<void> {
    await this.manager.query(`DELETE FROM ledger_totals WHERE seeker_id = $1`, [seekerId]);
    if (!rows.length) return;
    await this.manager.query(
      `INSERT INTO ledger_totals (seeker_id, rule_key, period_start, period_end, total_cents)
       SELECT $1, * FROM unnest($2::text[], $3::date[], $4::date[], $5::bigint[])`,
      [
        seekerId,
        rows.map((r) => r.ruleKey),
        rows.map((r) => r.periodStart),
        rows.map((r) => r.periodEnd),
        rows.map((r) => r.totalCents),
      ],
    );
  }

  totals(seekerId: string): Promise<TotalRow[]> {
    return this.manager.query(
      `SELECT rule_key AS "ruleKey", ${day('period_start')} AS "periodStart", ${day('period_end')} AS "periodEnd",
         total_cents::int AS "totalCents"
       FROM ledger_totals WHERE seeker_id = $1 ORDER BY rule_key, period_start`,
      [seekerId],
    );
  }

  audit(
    actorId: string | null,
    action: string,
    subjectType: string,
    subjectId: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.auditLog.record(this.manager, { actorId, action, subjectType, subjectId, before, after });
  }

  /** Serialises the ledger writes of one seeker, so that two entries never both miss an alert. */
  async lockSeeker(seekerId: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('ledger:' || $1))`, [seekerId]);
  }

  /** Claims one alert per seeker, rule, period and threshold (its primary key); false when it was sent already. */
  async claimAlert(a: {
    seekerId: string;
    ruleKey: string;
    periodStart: string;
    threshold: number;
    amountCents: number;
  }): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO limit_alerts (seeker_id, rule_key, period_start, threshold, amount_cents)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING seeker_id`,
      [a.seekerId, a.ruleKey, a.periodStart, a.threshold, a.amountCents],
    );
    return rows.length > 0;
  }

  async coordinatorOf(seekerId: string): Promise<string | null> {
    const rows: { coordinator_id: string }[] = await this.manager.query(
      `SELECT coordinator_id FROM seeker_coordinators WHERE seeker_id = $1`,
      [seekerId],
    );
    return rows[0]?.coordinator_id ?? null;
  }

  async assignCoordinator(seekerId: string, coordinatorId: string, by: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO seeker_coordinators (seeker_id, coordinator_id, assigned_by) VALUES ($1, $2, $3)
       ON CONFLICT (seeker_id) DO UPDATE SET coordinator_id = EXCLUDED.coordinator_id,
         assigned_by = EXCLUDED.assigned_by, assigned_at = now()`,
      [seekerId, coordinatorId, by],
    );
  }
}
