// Small helpers for reading posted forms in actions.

/** A text field's value, trimmed; missing fields read as an empty string. */
export function field(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
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
