// Erasing a person in place: the words that identify them (their name, e-mail address and any phone number they
// wrote in their own free text) and a helper that replaces those words wherever a feature's table may have
// copied them (a notice's params, an event's payload, someone else's message). Each feature calls it for its own
// tables only; rows stay, so the history and the totals stay true.
import type { EntityManager } from 'typeorm';

/** The person being erased, as read before anything is changed. */
export interface ErasedPerson {
  userId: string;
  /** Their name, e-mail address and phone numbers: every copy of these is replaced. */
  needles: string[];
}

/** What an erased name and a scrubbed word become. */
export const ERASED = '[poistettu]';

/** A feature's part of an erasure: it scrubs the person from its own tables in the caller's transaction. */
export interface PersonEraser {
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<void>;
}

const PHONE = /\+?\d[\d ()-]{5,}\d/g;

/** Phone numbers written in free text ("soita 040 123 4567"), to be searched for and replaced elsewhere. */
export function phoneNumbers(texts: (string | null | undefined)[]): string[] {
  const found = new Set<string>();
  for (const t of texts)
    for (const m of (t ?? '').match(PHONE) ?? []) if (m.replace(/\D/g, '').length >= 7) found.add(m.trim());
  return [...found];
}

/** The words to search for: distinct, at least three characters (a shorter one would erase others' words too). */
export function needlesOf(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.map((v) => (v ?? '').trim()).filter((v) => v.length >= 3))];
}

const regexpEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every needle, in any case, in the given columns of a table (text, or jsonb: there the needle is
 * matched as it is written inside a JSON string, and the replacement keeps the JSON valid).
 */
export async function replaceEverywhere(
  manager: EntityManager,
  table: string,
  columns: { name: string; kind: 'text' | 'jsonb' }[],
  needles: string[],
): Promise<void> {
  for (const needle of needles) {
    for (const c of columns) {
      const inText = c.kind === 'jsonb' ? JSON.stringify(needle).slice(1, -1) : needle;
      const col = `"${c.name}"`;
      await manager.query(
        `UPDATE "${table}" SET ${col} = regexp_replace(${col}::text, $1, $2, 'gi')::${c.kind}
         WHERE ${col}::text ILIKE $3`,
        [regexpEscape(inText), ERASED, `%${inText.replace(/[\\%_]/g, '\\$&')}%`],
      );
    }
  }
}
