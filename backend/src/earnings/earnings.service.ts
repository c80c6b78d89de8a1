// Earnings: where a seeker stands against each limit that applies to them, what a gig would do to it, the
// append-only ledger (confirmed gigs, outside earnings, corrections), the limits a seeker chooses, and the
// rule versions coordinators add. The arithmetic is the pure core in limits.ts.
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ConfirmedCompletion } from '../gigs/gigs.events';
import { CLOCK, Clock } from '../platform/clock/clock';
import { addDays, Day, helsinkiDay, isDay, previousPeriod } from '../platform/core/helsinki';
import { invalidFields } from '../platform/http/validation';
import type { FieldError } from '../platform/http/validation';
import {
  EarningsDto,
  GigImpactDto,
  NewRuleVersionDto,
  OutsideEarningDto,
  RuleDto,
  SeekerLimitDto,
  StandingDto,
  StatementDto,
} from './dto/earnings.dto';
import { sumCents } from '../platform/core/money';
import { EarningsQueries, HeadroomFilter } from './earnings.queries';
import { EarningsRepository, NewEntry, RuleRow, SeekerLimitRow } from './earnings.repository';
import {
  countDay,
  impactOf,
  lastDay,
  needsConfirmation,
  periodTotals,
  rulePeriod,
  upcoming,
  RuleVersion,
  SeekerRule,
  standing,
  thresholdsCrossed,
  versionProblems,
} from './limits';

/** The limits that apply until a seeker chooses: the benefit's monthly rule and the project's own cap. */
export const DEFAULT_LIMITS = ['unemployment_month', 'programme_cap'];

/** How many of the latest ledger entries a seeker's page lists. */
const ENTRIES_SHOWN = 200;

type Versions = (RuleVersion & { note: string })[];

@Injectable()
export class EarningsService {
  constructor(
    private readonly repo: EarningsRepository,
    private readonly queries: EarningsQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today(): Day {
    return helsinkiDay(this.clock.now());
  }

  /** The seeker's limits with their rules and versions: the chosen ones, else the defaults. */
  private async applicable(repo: EarningsRepository, seekerId: string) {
    const [rules, versions, chosen, hasChosen] = await Promise.all([
      repo.rules(),
      repo.versions(),
      repo.seekerLimits(seekerId),
      repo.hasChosen(seekerId),
    ]);
    const limits: SeekerLimitRow[] = hasChosen
      ? chosen
      : DEFAULT_LIMITS.map((ruleKey) => ({
          ruleKey,
          anchor: null,
          personalAmountCents: null,
          mode: 'warn' as const,
        }));
    return {
      hasChosen,
      items: limits
        .map((l) => ({
          limit: l,
          rule: rules.find((r) => r.key === l.ruleKey),
          versions: versions.filter((v) => v.ruleKey === l.ruleKey) as Versions,
        }))
        .filter((x): x is { limit: SeekerLimitRow; rule: RuleRow; versions: Versions } => !!x.rule),
    };
  }

  private seekerRule(l: SeekerLimitRow): SeekerRule {
    return { anchor: l.anchor, personalAmountCents: l.personalAmountCents };
  }

  /** Where the seeker stands on `on` (today when not given): each limit's period, total, headroom, reduction. */
  async earnings(seekerId: string, on?: Day): Promise<EarningsDto> {
    const [{ hasChosen, items }, entries, projected] = await Promise.all([
      this.applicable(this.repo, seekerId),
      this.repo.entries(seekerId),
      this.queries.projected(seekerId),
    ]);
    const day = on ?? this.today();
    const limits: StandingDto[] = items.map(({ limit, rule, versions }) => {
      const seeker = this.seekerRule(limit);
      const s = standing(versions, seeker, counted(rule, entries), projected, day);
      const v = s.version as (RuleVersion & { note: string }) | null;
      const next = upcoming(versions, seeker, day);
      return {
        ruleKey: rule.key,
        names: rule.names,
        kind: rule.kind,
        effect: v?.effect ?? 'none',
        reductionRateBp: v?.reductionRateBp ?? 0,
        period: rule.period,
        periodStart: s.period.start,
        periodEnd: lastDay(s.period),
        limitCents: s.limitCents,
        earnedCents: s.earnedCents,
        projectedCents: s.projectedCents,
        headroomCents: s.headroomCents,
        percentUsed: s.percentUsed,
        reductionCents: s.reductionCents,
        projectedReductionCents: s.projectedReductionCents,
        note: v?.note ?? '',
        mode: limit.mode,
        previousPeriodStart: previousPeriod(s.period).start,
        nextPeriodStart: next.period.start,
        nextPeriodEnd: lastDay(next.period),
        nextLimitCents: next.limitCents,
      };
    });
    // The whole ledger counts; the page lists the latest entries.
    return { on: day, chosen: hasChosen, limits, entries: entries.slice(0, ENTRIES_SHOWN) };
  }

  /** What taking the gig would do to each of the seeker's limits, in the period of its pay day. */
  async impact(gigId: string, seekerId: string): Promise<GigImpactDto> {
    const gig = await this.queries.gig(gigId);
    if (!gig) throw new NotFoundException({ code: 'not_found', message: 'No such gig.' });
    // A place already held would be among the projected: leave this gig out, to show what it does once.
    const [{ items }, entries, others, held] = await Promise.all([
      this.applicable(this.repo, seekerId),
      this.repo.entries(seekerId),
      this.queries.projected(seekerId, gigId),
      this.queries.holds(gigId, seekerId),
    ]);
    const limits = items.map(({ limit, rule, versions }) => {
      const i = impactOf(
        versions,
        this.seekerRule(limit),
        counted(rule, entries),
        others,
        gig.amountCents,
        gig.day,
      );
      return {
        ruleKey: rule.key,
        names: rule.names,
        effect: i.version?.effect ?? 'none',
        periodStart: i.period.start,
        limitCents: i.limitCents,
        beforeCents: i.beforeCents,
        afterCents: i.afterCents,
        leftCents: i.leftCents,
        overCents: i.overCents,
        reductionCents: i.reductionCents,
        keepCents: i.keepCents,
        takesOver: i.takesOver,
        mode: limit.mode,
        confirm: needsConfirmation(limit.mode, i),
      };
    });
    return { payCents: gig.amountCents, held, confirm: limits.some((l) => l.confirm), limits };
  }

  async limits(seekerId: string): Promise<{ chosen: boolean; limits: SeekerLimitRow[] }> {
    const { hasChosen, items } = await this.applicable(this.repo, seekerId);
    return { chosen: hasChosen, limits: items.map((i) => i.limit) };
  }

  /** The seeker (or their coordinator) chooses which limits apply; every change is in the audit log. */
  async setLimits(seekerId: string, limits: SeekerLimitDto[], by: string) {
    const rules = await this.repo.rules();
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    limits.forEach((l, i) => {
      const rule = rules.find((r) => r.key === l.ruleKey);
      const at = (f: string) => `limits.${i}.${f}`;
      if (!rule || seen.has(l.ruleKey))
        errors.push({ field: at('ruleKey'), code: 'invalid', message: 'Choose from the listed limits.' });
      seen.add(l.ruleKey);
      if (rule?.period === 'four_weeks' && !(l.anchor && isDay(l.anchor)))
        errors.push({
          field: at('anchor'),
          code: 'required',
          message: 'Give the first day of one of your 4-week periods (it is on your benefit decision).',
        });
      if (rule?.personal && l.personalAmountCents == null)
        errors.push({ field: at('personalAmountCents'), code: 'required', message: 'Give your own limit.' });
    });
    if (errors.length) throw invalidFields(errors);
    const rows: SeekerLimitRow[] = limits.map((l) => ({
      ruleKey: l.ruleKey,
      anchor: l.anchor ?? null,
      personalAmountCents: l.personalAmountCents ?? null,
      mode: l.mode ?? 'warn',
    }));
    await this.repo.transaction(async (tx) => {
      await tx.lockSeeker(seekerId);
      const before = await tx.seekerLimits(seekerId);
      await tx.setSeekerLimits(seekerId, rows);
      // Other rules or another anchor: the running totals are counted again from the ledger.
      const entries = await tx.entries(seekerId);
      await tx.replaceTotals(
        seekerId,
        rows.flatMap((l) => {
          const rule = rules.find((r) => r.key === l.ruleKey)!;
          return [...periodTotals(counted(rule, entries), rule.period, rule.allocation, l).values()].map(
            (t) => ({
              ruleKey: rule.key,
              periodStart: t.period.start,
              periodEnd: t.period.end,
              totalCents: t.totalCents,
            }),
          );
        }),
      );
      await tx.audit(by, 'set_limits', 'seeker_limits', seekerId, before, rows);
    });
    return this.limits(seekerId);
  }

  /** Earnings from outside the project's gigs, recorded by the seeker or a coordinator. */
  async recordOutside(seekerId: string, dto: OutsideEarningDto, by: string): Promise<void> {
    const errors: FieldError[] = [];
    if (!isDay(dto.workDate))
      errors.push({ field: 'workDate', code: 'invalid', message: 'Give the day as YYYY-MM-DD.' });
    else if (!isDay(dto.paymentDate) || dto.paymentDate < dto.workDate)
      errors.push({
        field: 'paymentDate',
        code: 'before_work',
        message: 'The pay is paid on or after the work day.',
      });
    const today = this.today();
    if (isDay(dto.workDate) && dto.workDate > addDays(today, 60))
      errors.push({ field: 'workDate', code: 'too_late', message: 'The work day is at most 60 days ahead.' });
    if (errors.length) throw invalidFields(errors);
    await this.append({
      seekerId,
      kind: 'outside',
      payerName: dto.payerName,
      amountCents: dto.amountCents,
      workDate: dto.workDate,
      paymentDate: dto.paymentDate,
      recordedBy: by,
    });
  }

  /** A correction reverses an entry in full, with a reason; the entry itself stays as it was. */
  async correct(seekerId: string, entryId: string, reason: string, by: string): Promise<void> {
    const e = await this.repo.entry(entryId);
    if (!e || e.seekerId !== seekerId)
      throw new NotFoundException({ code: 'not_found', message: 'No such entry.' });
    if (e.kind === 'correction' || e.reversed)
      throw new ConflictException({
        code: 'already_corrected',
        message: 'This entry has been corrected already.',
      });
    await this.append({
      seekerId,
      kind: 'correction',
      payerName: e.payerName,
      gigId: e.gigId,
      amountCents: -e.amountCents,
      workDate: e.workDate,
      paymentDate: e.paymentDate,
      reverses: e.id,
      reason,
      recordedBy: by,
    });
  }

  /** A confirmed completion becomes the seeker's ledger entry; the same event twice writes it once. */
  async fromCompletion(c: ConfirmedCompletion): Promise<boolean> {
    return this.append({
      seekerId: c.seekerId,
      kind: 'gig',
      payerName: c.payer.name,
      payerOrganisationId: c.payer.organisationId,
      gigId: c.gig.id,
      bookingId: c.bookingId,
      amountCents: c.amountCents,
      workDate: c.workDate,
      paymentDate: c.paymentDate,
      recordedBy: null,
    });
  }

  /** Appends an entry and, in the same transaction, tells the coordinators of each limit it takes near or over. */
  private async append(entry: NewEntry): Promise<boolean> {
    const name = await this.queries.seekerName(entry.seekerId);
    return this.repo.transaction(async (tx) => {
      await tx.lockSeeker(entry.seekerId);
      const id = await tx.append(entry);
      if (!id) return false;
      const [{ items }, entries] = await Promise.all([
        this.applicable(tx, entry.seekerId),
        tx.entries(entry.seekerId),
      ]);
      const without = entries.filter((e) => e.id !== id);
      for (const { limit, rule, versions } of items) {
        const day = countDay(entry, rule.allocation);
        if (counted(rule, [entry]).length) {
          const period = rulePeriod(rule.period, day, this.seekerRule(limit));
          await tx.addToTotal(entry.seekerId, {
            ruleKey: rule.key,
            periodStart: period.start,
            periodEnd: period.end,
            totalCents: entry.amountCents,
          });
        }
        const after = standing(versions, this.seekerRule(limit), counted(rule, entries), [], day);
        const before = standing(versions, this.seekerRule(limit), counted(rule, without), [], day);
        for (const threshold of thresholdsCrossed(before.earnedCents, after.earnedCents, after.limitCents)) {
          const alert = {
            seekerId: entry.seekerId,
            ruleKey: rule.key,
            periodStart: after.period.start,
            threshold,
            amountCents: after.earnedCents,
          };
          if (!(await tx.claimAlert(alert))) continue;
          await tx.emit('limit.crossed', {
            seekerId: entry.seekerId,
            coordinatorId: await tx.coordinatorOf(entry.seekerId),
            seekerName: name,
            ruleKey: rule.key,
            limitName: rule.names.fi,
            limitNames: rule.names,
            amountCents: after.earnedCents,
            limitCents: after.limitCents,
            threshold,
            periodStart: after.period.start,
          });
        }
      }
      return true;
    });
  }

  /** The seeker's entries paid from `from` to `to` (inclusive), for a report to the fund or Kela. */
  async statement(seekerId: string, from: Day, to: Day): Promise<StatementDto> {
    if (to < from)
      throw invalidFields([
        { field: 'to', code: 'before_from', message: 'The last day is on or after the first.' },
      ]);
    const [entries, seekerName] = await Promise.all([
      this.repo.entries(seekerId),
      this.queries.seekerName(seekerId),
    ]);
    const lines = entries
      .filter((e) => e.paymentDate >= from && e.paymentDate <= to)
      .reverse() // oldest first, as a statement reads
      .map((e) => ({
        payerName: e.payerName,
        workDate: e.workDate,
        paymentDate: e.paymentDate,
        amountCents: e.amountCents,
        kind: e.kind,
        reason: e.reason,
      }));
    return { seekerName, from, to, lines, totalCents: sumCents(lines.map((l) => l.amountCents)) };
  }

  // Coordinators

  /** Seekers by headroom on today's periods, closest to or over a limit first. */
  async headroom(f: Omit<HeadroomFilter, 'limit' | 'offset'> & { limit?: number; offset?: number }) {
    const on = this.today();
    const limit = f.limit ?? 50;
    const rows = await this.queries.headroom(on, DEFAULT_LIMITS, {
      ...f,
      limit: limit + 1,
      offset: f.offset ?? 0,
    });
    return { on, seekers: rows.slice(0, limit), more: rows.length > limit };
  }

  /** 404 unless the id is a seeker's: coordinators act on seekers only. */
  async mustBeSeeker(userId: string): Promise<void> {
    if ((await this.queries.roleOf(userId)) !== 'seeker')
      throw new NotFoundException({ code: 'not_found', message: 'No such seeker.' });
  }

  /** A coordinator takes a seeker as theirs (or gives them to another): limit alerts then go to them. */
  async assignCoordinator(seekerId: string, coordinatorId: string, by: string): Promise<void> {
    await this.mustBeSeeker(seekerId);
    if ((await this.queries.roleOf(coordinatorId)) !== 'coordinator')
      throw invalidFields([{ field: 'coordinatorId', code: 'invalid', message: 'Choose a coordinator.' }]);
    await this.repo.transaction(async (tx) => {
      const before = await tx.coordinatorOf(seekerId);
      await tx.assignCoordinator(seekerId, coordinatorId, by);
      await tx.audit(
        by,
        'assign_coordinator',
        'seeker',
        seekerId,
        { coordinatorId: before },
        { coordinatorId },
      );
    });
  }

  // The rules, for everyone to read and coordinators to change

  async rules(): Promise<RuleDto[]> {
    const [rules, versions] = await Promise.all([this.repo.rules(), this.repo.versions()]);
    return rules.map((r) => ({
      ...r,
      versions: versions
        .filter((v) => v.ruleKey === r.key)
        .map((v) => ({
          id: v.id,
          amountCents: v.amountCents,
          effect: v.effect,
          reductionRateBp: v.reductionRateBp,
          validFrom: v.validFrom,
          validTo: v.validTo,
          note: v.note,
        })),
    }));
  }

  /** A change in the law: a new version from a day on; the one in force then ends that day. Audited. */
  async addVersion(key: string, dto: NewRuleVersionDto, by: string): Promise<RuleDto> {
    const rules = await this.repo.rules();
    const rule = rules.find((r) => r.key === key);
    if (!rule) throw new NotFoundException({ code: 'not_found', message: 'No such limit.' });
    if (!isDay(dto.validFrom))
      throw invalidFields([{ field: 'validFrom', code: 'invalid', message: 'Give the day as YYYY-MM-DD.' }]);
    await this.repo.transaction(async (tx) => {
      const before = (await tx.versions()).filter((v) => v.ruleKey === key);
      if (before.some((v) => v.validFrom === dto.validFrom))
        throw new ConflictException({ code: 'conflict', message: 'A version already starts that day.' });
      await tx.addVersion(key, dto, by);
      const after = (await tx.versions()).filter((v) => v.ruleKey === key);
      const problems = versionProblems(after);
      if (problems.length)
        throw invalidFields([{ field: 'validFrom', code: 'invalid', message: problems[0] }]);
      await tx.audit(by, 'add_version', 'limit_rule', key, before, after);
    });
    return (await this.rules()).find((r) => r.key === key)!;
  }
}

/** The entries a rule counts: the project's own cap counts its brokered gigs only (and their corrections). */
function counted<T extends { gigId?: string | null }>(rule: RuleRow, entries: T[]): T[] {
  return rule.kind === 'programme' ? entries.filter((e) => e.gigId) : entries;
}
