// Requests built from an OpenAPI document: for an operation, a valid baseline (from the schema's types,
// formats, enums, lengths and bounds) and the same request with one thing wrong at a time, in every field of
// its body, query and path. Used by test/api/bad-input.api.spec.ts.

/** The parts of an OpenAPI schema the fuzz reads. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface Document {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: string;
  /** As the document writes it: /api/organisations/{orgId}/gigs */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body?: Schema;
}

/** One request: what is wrong with it, and the request itself. */
export interface Probe {
  what: string;
  method: string;
  url: string;
  /** Raw JSON text, sent as application/json; undefined sends no body. */
  body?: string;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(doc: Document): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return ops;
}

export function resolve(doc: Document, s: Schema): Schema {
  if (s.$ref) {
    const name = s.$ref.replace('#/components/schemas/', '');
    const found = doc.components?.schemas?.[name];
    if (!found) throw new Error(`unknown schema ${s.$ref}`);
    return resolve(doc, found);
  }
  if (s.allOf) {
    const parts = s.allOf.map((p) => resolve(doc, p));
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  return s;
}

// Deep nesting cannot be held in a JS value that JSON.stringify writes out without recursing 5,000 times, so
// it stands in the value as this marker and is put into the JSON text at the end.
const DEEP = '\u{1F9E8}deep';
const DEEP_JSON = '['.repeat(5000) + ']'.repeat(5000);
const LONG = 'x'.repeat(100_000);

/** Every kind of wrong value, tried in every field: wrong types, control characters, extremes, nesting. */
/** Days written as YYYY-MM-DD that no calendar has. */
export const IMPOSSIBLE_DAYS = ['2026-02-30', '2026-13-01', '2026-00-10', '0000-00-00'];

export const BAD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 53,
  1e308,
  -1e308,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0001',
  '\u0008',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\n',
  '\t',
  '\r\n',
  '\ud800', // a lone surrogate
  LONG,
  {},
  { a: 1 },
  [],
  [null],
  ['x'],
  DEEP,
];

/** Odd values for a path parameter, as they stand in the URL. */
export const ODD_PATH_VALUES = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '%00',
  'a%00b',
  '..%2F',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%FF',
  '%E2%80',
  'x'.repeat(500),
  '__proto__',
  '-1',
  '1e308',
];

/** Odd values for a query parameter, as they stand in the URL (after `name=`). */
const ODD_QUERY_VALUES = ['', '%00', 'fi%00', '%01', '%1B', '%FF', 'true', '-1', '1e308', LONG];

/** Bodies that are wrong as a whole: what they are, and their text. */
const ODD_BODIES: [string, string][] = [
  ...['null', '[]', '"text"', '42', 'true', 'not json', '{', '{"__proto__":{"x":1}}'].map(
    (raw): [string, string] => [raw, raw],
  ),
  ['5,000 levels', DEEP_JSON],
];

type Path = (string | number)[];

/** Builds valid values from schemas; dates come out in order (an end after its start), addresses unique. */
export class Baselines {
  private unique = 0;

  constructor(private readonly doc: Document) {}

  value(schema: Schema, dates = { n: 0 }): unknown {
    const s = resolve(this.doc, schema);
    // A field whose valid values the schema cannot say (a pattern, a code from a list) gives an example.
    // Addresses stay unique, though: an example address would soon meet its own rate limit.
    if (s.example !== undefined && s.format !== 'email') return clone(s.example);
    if (s.enum?.length) return s.enum[0];
    switch (s.type) {
      case 'object': {
        // Only what is required: an optional field's valid value may need something that exists (the gig a
        // new one copies), and leaving it out is valid by definition. Mutations still reach every field.
        const out: Record<string, unknown> = {};
        for (const [k, p] of Object.entries(s.properties ?? {}))
          if (!s.required || s.required.includes(k)) out[k] = this.value(p, dates);
        return out;
      }
      case 'array':
        return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () => this.value(s.items ?? {}, dates));
      case 'integer':
      case 'number': {
        const n = Math.max(s.minimum ?? 1, Math.min(1, s.maximum ?? 1));
        return s.type === 'integer' ? Math.ceil(n) : n;
      }
      case 'boolean':
        return false;
      default:
        return this.string(s, dates);
    }
  }

  private string(s: Schema, dates: { n: number }): string {
    switch (s.format) {
      case 'date-time':
        return new Date(Date.now() + 86_400_000 + 3_600_000 * dates.n++).toISOString();
      case 'date':
        return new Date(Date.now() + 86_400_000 * (1 + dates.n++)).toISOString().slice(0, 10);
      case 'email':
        return `fuzz-${++this.unique}@example.fi`;
      case 'uuid':
        return '00000000-0000-4000-8000-000000000000';
      default: {
        const text = 'Testi'.padEnd(s.minLength ?? 0, 'x');
        return s.maxLength !== undefined ? text.slice(0, s.maxLength) : text;
      }
    }
  }
}

/** The fields of a body, nested ones and array items included, with their schemas. */
function* fieldsOf(doc: Document, schema: Schema, at: Path = []): Generator<{ at: Path; schema: Schema }> {
  const s = resolve(doc, schema);
  if (s.type === 'object') {
    for (const [k, p] of Object.entries(s.properties ?? {})) {
      yield { at: [...at, k], schema: resolve(doc, p) };
      yield* fieldsOf(doc, p, [...at, k]);
    }
  } else if (s.type === 'array' && s.items) {
    yield { at: [...at, 0], schema: resolve(doc, s.items) };
    yield* fieldsOf(doc, s.items, [...at, 0]);
  }
}

/** Values at the edges of a field's own limits, one step outside. */
function pastTheLimits(doc: Document, s: Schema, baselines: Baselines): unknown[] {
  const out: unknown[] = [];
  if (s.maxLength !== undefined) out.push('x'.repeat(s.maxLength + 1));
  if (s.minLength) out.push('x'.repeat(s.minLength - 1));
  if (s.minimum !== undefined) out.push(s.minimum - 1);
  if (s.maximum !== undefined) out.push(s.maximum + 1);
  if (s.maxItems !== undefined && s.items)
    out.push(Array.from({ length: s.maxItems + 1 }, () => baselines.value(s.items!)));
  if (s.enum) out.push(`${String(s.enum[0])}x`);
  return out;
}

const clone = <T>(v: T): T => structuredClone(v);

function setAt(root: unknown, at: Path, value: unknown): unknown {
  const copy = clone(root);
  let node = copy as Record<string | number, unknown>;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[at[at.length - 1]] = value;
  return copy;
}

function deleteAt(root: unknown, at: Path): unknown {
  const copy = clone(root);
  let node = copy as Record<string | number, unknown>;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  delete node[at[at.length - 1]];
  return copy;
}

const json = (v: unknown) => JSON.stringify(v).replaceAll(JSON.stringify(DEEP), DEEP_JSON);
const show = (v: unknown) =>
  v === DEEP
    ? '5,000 levels'
    : typeof v === 'string' && v.length > 40
      ? `${v.length} chars`
      : JSON.stringify(v);

export interface ProbeContext {
  baselines: Baselines;
  /** An existing value for each path parameter of an operation. */
  pathValue: (op: Operation, param: string) => string;
  /** Existing ids that belong to someone else, tried in every path parameter. */
  others: string[];
  /** Values the schema cannot tell (a password that is right, an address that has an account). */
  adjust?: (op: Operation, body: Record<string, unknown>) => Record<string, unknown>;
}

/** The probes of one operation: one with every part valid, then one per wrong thing. */
export function probesOf(
  doc: Document,
  op: Operation,
  { baselines, pathValue, others, adjust = (_op, body) => body }: ProbeContext,
): { baseline: Probe; mutations: Probe[] } {
  const goodPath = Object.fromEntries(op.pathParams.map((p) => [p.name, pathValue(op, p.name)]));
  const goodQuery = Object.fromEntries(
    op.queryParams.map((p) => [p.name, encodeURIComponent(String(baselines.value(p.schema ?? {})))]),
  );
  const url = (path: Record<string, string>, query: Record<string, string | string[]>) => {
    const q = Object.entries(query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k}=${x}`));
    return (
      op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name]) + (q.length ? `?${q.join('&')}` : '')
    );
  };
  const good = op.body ? adjust(op, baselines.value(op.body) as Record<string, unknown>) : undefined;
  const baseline: Probe = {
    what: 'baseline',
    method: op.method,
    url: url(goodPath, goodQuery),
    body: good === undefined ? undefined : json(good),
  };
  const mutations: Probe[] = [];
  const add = (what: string, u: string, body: string | undefined = baseline.body) =>
    mutations.push({ what, method: op.method, url: u, body });

  for (const p of op.pathParams) {
    for (const v of [...ODD_PATH_VALUES, ...others])
      add(`path ${p.name} = ${show(v)}`, url({ ...goodPath, [p.name]: v }, goodQuery));
  }
  for (const p of op.queryParams) {
    for (const v of ODD_QUERY_VALUES)
      add(`query ${p.name} = ${show(v)}`, url(goodPath, { ...goodQuery, [p.name]: v }));
    add(
      `query ${p.name} twice`,
      url(goodPath, { ...goodQuery, [p.name]: [goodQuery[p.name], goodQuery[p.name]] }),
    );
    add(`query ${p.name}[a]`, url(goodPath, { ...goodQuery, [`${p.name}[a]`]: goodQuery[p.name] }));
    const { [p.name]: _left, ...without } = goodQuery;
    add(`query without ${p.name}`, url(goodPath, without));
  }
  add('unknown query parameter', url(goodPath, { ...goodQuery, unknownParameter: '1' }));

  const goodUrl = baseline.url;
  for (const [what, raw] of ODD_BODIES) add(`body ${what}`, goodUrl, raw);
  if (op.body && good !== undefined) {
    add('body empty', goodUrl, '');
    add('unknown field', goodUrl, json({ ...(good as object), unknownField: 1 }));
    for (const { at, schema } of fieldsOf(doc, op.body)) {
      const name = at.join('.');
      add(`${name} left out`, goodUrl, json(deleteAt(good, at)));
      // A day field also gets days that match the pattern but do not exist.
      const days = resolve(doc, schema).format === 'date' ? IMPOSSIBLE_DAYS : [];
      for (const v of [...BAD_VALUES, ...days, ...pastTheLimits(doc, schema, baselines)])
        add(`${name} = ${show(v)}`, goodUrl, json(setAt(good, at, v)));
      if (schema.type === 'object')
        add(`${name}.unknownField`, goodUrl, json(setAt(good, [...at, 'unknownField'], 1)));
    }
  } else {
    add('unknown field in a body the route does not take', goodUrl, json({ unknownField: 1 }));
  }
  return { baseline, mutations };
}
