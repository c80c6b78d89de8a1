// An earnings statement as CSV, for a spreadsheet or a report to the unemployment fund or Kela: one line per
// entry (payer, work day, payment day, gross), as Finnish spreadsheets open it (semicolons, decimal comma).
import { centsToDecimal } from '../platform/core/money';

export interface StatementLine {
  payerName: string;
  workDate: string;
  paymentDate: string;
  amountCents: number;
  reason: string;
}

const HEADER = ['Maksaja', 'Työpäivä', 'Maksupäivä', 'Brutto (€)', 'Selite'];

/** A cell as text: quoted when it must be, and a leading = + - @ made harmless (no formulas from a name). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function statementCsv(lines: readonly StatementLine[], totalCents: number): string {
  const euros = (c: number) => centsToDecimal(c).replace('.', ',');
  const rows = [
    HEADER,
    ...lines.map((l) => [l.payerName, l.workDate, l.paymentDate, euros(l.amountCents), l.reason]),
    ['Yhteensä', '', '', euros(totalCents), ''],
  ];
  // The byte order mark makes spreadsheets read it as UTF-8 (ä, ö).
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
