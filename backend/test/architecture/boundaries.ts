// Reads the backend's source as text and finds the places that break its boundaries:
//  - the platform imports a feature;
//  - a feature writes to or locks a table another feature owns (SQL or a TypeORM repository);
//  - a feature reads another feature's table outside a declared read model (`*.queries.ts`);
//  - a read model writes;
//  - a feature imports another feature's repository or read model.
// The owner of a table is the folder of the entity that declares it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface SourceFile {
  /** Path relative to src/, with forward slashes: "gigs/gig.repository.ts". */
  path: string;
  text: string;
}

/** Folders that are not features: the platform, the migrations, and the demo loader (a seed script). */
const NOT_FEATURES = new Set(['platform', 'migrations', 'demo']);

export function readSources(srcDir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts'))
        out.push({
          path: path.relative(srcDir, full).split(path.sep).join('/'),
          text: readFileSync(full, 'utf8'),
        });
    }
  };
  walk(srcDir);
  return out;
}

const areaOf = (p: string) => p.split('/')[0];

/** Table → owning folder, and entity class → table, from every `@Entity({ name })`. */
export function owners(files: SourceFile[]): { tables: Map<string, string>; classes: Map<string, string> } {
  const tables = new Map<string, string>();
  const classes = new Map<string, string>();
  for (const f of files) {
    const re = /@Entity\(\{\s*name:\s*'([a-z_]+)'[^)]*\)\s*(?:@[\s\S]*?)?export class (\w+)/g;
    for (const m of f.text.matchAll(re)) {
      tables.set(m[1], areaOf(f.path));
      classes.set(m[2], m[1]);
    }
  }
  return { tables, classes };
}

/** The string literals of a file that look like SQL. */
function sqlStrings(text: string): string[] {
  const strings = [...text.matchAll(/`([^`]*)`|'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1] ?? m[2]);
  return strings.filter((s) => /\b(SELECT|INSERT|UPDATE|DELETE|TRUNCATE)\b/.test(s));
}

const tablesIn = (sql: string, re: RegExp) => [...sql.matchAll(re)].map((m) => m[1]);

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s+'([^']+)'|require\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
}

export function findViolations(files: SourceFile[]): string[] {
  const { tables, classes } = owners(files);
  const problems: string[] = [];
  for (const f of files) {
    const area = areaOf(f.path);
    const dir = path.posix.dirname(f.path);
    for (const spec of importsOf(f.text)) {
      if (!spec.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(dir, spec));
      const targetArea = areaOf(target);
      if (area === 'platform' && targetArea !== 'platform')
        problems.push(`${f.path}: the platform imports ${target}`);
      if (
        !NOT_FEATURES.has(area) &&
        targetArea !== area &&
        !NOT_FEATURES.has(targetArea) &&
        /\.(repository|queries)$/.test(target)
      )
        problems.push(`${f.path}: imports another feature's ${target}`);
    }
    if (area === 'migrations' || area === 'demo') continue;
    const isReadModel = f.path.endsWith('.queries.ts');
    for (const sql of sqlStrings(f.text)) {
      const writes = [
        ...tablesIn(sql, /\bINSERT\s+INTO\s+"?([a-z_]+)/gi),
        ...tablesIn(sql, /\bUPDATE\s+"?([a-z_]+)"?\s+(?:AS\s+\w+\s+)?SET\b/gi),
        ...tablesIn(sql, /\bDELETE\s+FROM\s+"?([a-z_]+)/gi),
        ...tablesIn(sql, /\bTRUNCATE\s+(?:TABLE\s+)?"?([a-z_]+)/gi),
      ];
      const locks = /\bFOR\s+(?:NO\s+KEY\s+)?(?:UPDATE|SHARE)\b/i.test(sql)
        ? tablesIn(sql, /\b(?:FROM|JOIN)\s+"?([a-z_]+)/gi)
        : [];
      const reads = tablesIn(sql, /\b(?:FROM|JOIN)\s+"?([a-z_]+)/gi);
      if (isReadModel && writes.length)
        problems.push(`${f.path}: a read model writes to ${writes.join(', ')}`);
      for (const t of writes)
        if (tables.has(t) && tables.get(t) !== area)
          problems.push(`${f.path}: writes to ${tables.get(t)}'s ${t}`);
      for (const t of locks)
        if (tables.has(t) && tables.get(t) !== area)
          problems.push(`${f.path}: locks ${tables.get(t)}'s ${t}`);
      if (!isReadModel)
        for (const t of reads)
          if (tables.has(t) && tables.get(t) !== area && tables.get(t) !== 'platform')
            problems.push(`${f.path}: reads ${tables.get(t)}'s ${t} outside a *.queries.ts read model`);
    }
    // TypeORM repositories: getRepository(Entity) on another feature's entity.
    for (const m of f.text.matchAll(/getRepository\((\w+)\)/g)) {
      const t = classes.get(m[1]);
      if (t && tables.get(t) !== area)
        problems.push(`${f.path}: uses the repository of ${tables.get(t)}'s ${t}`);
    }
  }
  return [...new Set(problems)].sort();
}
