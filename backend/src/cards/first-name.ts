/**
 * The part of a person's name a card shows: the first word of it, never the surname. "Anna-Liisa Virtanen"
 * is "Anna-Liisa"; a name written surname first with a comma ("Virtanen, Anna") is "Anna".
 */
export function firstName(name: string): string {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(',');
  const given = comma >= 0 ? trimmed.slice(comma + 1).trim() : trimmed;
  return given.split(/\s+/u)[0] ?? '';
}
