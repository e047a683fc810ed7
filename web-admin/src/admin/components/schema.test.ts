import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeSchema, readJson, schemaProblems } from './schema';

const dir = join(__dirname, '../../../../fcgi-app/control/schemas');
const schemas = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]));

describe('the server schemas in the browser', () => {
  it.each(Object.keys(schemas))('%s compiles', (name) => {
    expect(() => schemaProblems(schemas[name], {})).not.toThrow();
  });

  it('reads numbers written as strings', () => {
    expect(normalizeSchema({ properties: { a: { maxLength: '255', minimum: '1', type: 'string' } } })).toEqual({ properties: { a: { maxLength: 255, minimum: 1, type: 'string' } } });
  });

  it('names the member of each problem as the server does', () => {
    const problems = schemaProblems(schemas['client.json'], { client_id: 'not-a-uuid', redirect_uris: ['x', 3] });
    expect(problems).toContain('client_id: must match format "uuid"');
    expect(problems.some((p) => p.startsWith('redirect_uris[1]:'))).toBe(true);
    expect(schemaProblems(schemas['client.json'], {})).toContain('redirect_uris: must have required property \'redirect_uris\'');
  });

  it('names a member the schema does not allow', () => {
    expect(schemaProblems({ type: 'object', properties: { a: { type: 'object', additionalProperties: false } } }, { a: { b: 1 } })).toEqual(['a.b: is not allowed here']);
  });

  it('reads JSON text or says why not', () => {
    expect(readJson('{"a":1}').value).toEqual({ a: 1 });
    expect(readJson('{"a":').error).toBeTruthy();
  });
});
