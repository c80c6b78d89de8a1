// A statement that PostgreSQL parses and plans once per pooled connection and afterwards only executes: for
// the few queries that every request runs (the session lookup). Hand it to `manager.query` in place of the
// SQL text: node-postgres takes the { name, text } object as it is, TypeORM passes it through unchanged, and
// the one-connection guard (one-connection.ts) applies as to any other query.

/** `name` must be unique in the application and `text` fixed (its parameters vary, never its text). */
export function prepared(name: string, text: string): string {
  return { name, text } as unknown as string;
}
