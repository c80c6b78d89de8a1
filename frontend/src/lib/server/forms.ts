// Small helpers for reading posted forms in actions.

/** A text field's value, trimmed; missing fields read as an empty string. */
export function field(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** "28100, 28130" or one per line: a list; empty parts dropped. */
export function list(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A password as typed: never trimmed, never sent back to the page. */
export function password(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

// A deliberately loose check (the API validates properly): something@something.something, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value);
}
