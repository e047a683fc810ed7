// JSON Schema checks in the browser (ajv, draft-07) against the same schema files the server
// compiles (fcgi-app/control/schemas/), so the JSON editors show problems before the server does.
// idp-server's files carry some numbers as strings ("maxLength": "255"); those are read as numbers.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const numeric = new Set(['maxLength', 'minLength', 'maxItems', 'minItems', 'maximum', 'minimum', 'exclusiveMaximum',
  'exclusiveMinimum', 'multipleOf', 'maxProperties', 'minProperties']);

export function normalizeSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normalizeSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema as Record<string, unknown>)) {
    if (numeric.has(k) && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) out[k] = Number(v);
    else if (k === '$schema' || k === '$id') continue;
    else out[k] = normalizeSchema(v);
  }
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
addFormats(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(normalizeSchema(schema) as object);
    compiled.set(schema, v);
  }
  return v;
}

function describe(e: ErrorObject): string {
  const at = e.instancePath ? e.instancePath.slice(1).replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.') : '';
  if (e.keyword === 'additionalProperties') {
    const extra = `${at}.${(e.params as { additionalProperty: string }).additionalProperty}`.replace(/^\./, '');
    return `${extra}: is not allowed here`;
  }
  const missing = e.keyword === 'required' ? `.${(e.params as { missingProperty: string }).missingProperty}` : '';
  const path = `${at}${missing}`.replace(/^\./, '');
  return `${path || '(document)'}: ${e.message ?? e.keyword}`;
}

// The problems of `value` against `schema`, each as "path: message" (paths as the server names them).
export function schemaProblems(schema: object, value: unknown): string[] {
  const v = validator(schema);
  if (v(value)) return [];
  return [...new Set((v.errors ?? []).map(describe))];
}

// Reads JSON text: the value, or the parser's message.
export function readJson(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
