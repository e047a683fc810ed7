import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../components/schema';
import { CONFIGURATION_KINDS, documentName, isEnabled, kindOf, memberText, savedId } from './configurations';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID = '0b0e5d1c-7f7a-4c55-9a53-2f1f8f0f6e11';

// idp-server's configuration examples as the repository keeps them (tests/data/README.md).
const REFERENCE = fileURLToPath(new URL('../../../../tests/data/idp-server-config', import.meta.url));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

// The example files of a kind, found by the names idp-server gives them.
const EXAMPLES: Record<string, RegExp> = {
  'identity-verification-configurations': /(\/identity\/[^/]+|identity-verification-config[^/]*)\.json$/,
  'security-event-hook-configurations': /(\/security-event-hook\/[^/]+|security-event-hook-[^/]+)\.json$/,
};

// Examples the schema refuses, each with the reason; the server refuses them too (its dry run
// answers the same problems).
const REFUSED: Record<string, string[]> = {
  // events.default.execution names its function as "type"; the schema's member is "function".
  'examples/e2e/test-tenant/security-event-hook/slack.json': ['events.default.execution.type: is not allowed here'],
  'examples/e2e/tenant-1e68932e-ed4a-43e7-b412-460665e42df3/security-event-hook/slack.json': ['events.default.execution.type: is not allowed here'],
  // Templates with ${…} placeholders for the id and the URL, and a retry_configuration the
  // schema does not have.
  'templates/use-cases/enterprise/security-event-hook-webhook.json': [
    'id: must match format "uuid"',
    'events.default.execution.http_request.retry_configuration: is not allowed here',
    'events.default.execution.http_request.url: must match format "uri"',
  ],
  'templates/use-cases/enterprise/security-event-hook-ssf.json': ['id: must match format "uuid"'],
};

describe('configuration kinds', () => {
  it('has the five kinds of the management API, each once', () => {
    expect(CONFIGURATION_KINDS.map((k) => k.path)).toEqual([
      'authentication-configurations',
      'authentication-policies',
      'identity-verification-configurations',
      'federation-configurations',
      'security-event-hook-configurations',
    ]);
    expect(kindOf('authentication-policies')?.columns).toEqual(['id', 'flow', 'enabled']);
    expect(kindOf('clients')).toBeUndefined();
  });

  it('checks with a schema exactly the kinds the server has one for', () => {
    expect(CONFIGURATION_KINDS.filter((k) => k.schema).map((k) => k.path)).toEqual([
      'identity-verification-configurations',
      'security-event-hook-configurations',
    ]);
  });

  for (const kind of CONFIGURATION_KINDS) {
    describe(kind.path, () => {
      const doc = kind.start(ID);

      it('starts from a document with the given id and a type or flow', () => {
        expect(doc.id).toBe(ID);
        expect(memberText(doc, 'type') || memberText(doc, 'flow')).not.toBe('');
        expect(typeof doc.enabled === 'boolean' || doc.enabled === undefined).toBe(true);
        expect(kind.start(ID)).toEqual(doc);  // a fresh document each time
        expect(kind.start(ID)).not.toBe(doc);
      });

      if (kind.schema) {
        it('starts from a document its schema accepts', () => {
          expect(schemaProblems(kind.schema!, doc)).toEqual([]);
        });
      }

      it('lists the id first and whether it is enabled', () => {
        expect(kind.columns[0]).toBe('id');
        expect(kind.columns).toContain('enabled');
      });
    });
  }

  for (const [path, pattern] of Object.entries(EXAMPLES)) {
    it(`accepts idp-server's ${path} examples, except the documented ones`, () => {
      const kind = kindOf(path)!;
      const files = jsonFiles(REFERENCE).filter((f) => pattern.test(f));
      expect(files.length).toBeGreaterThan(3);
      for (const file of files) {
        const name = relative(REFERENCE, file);
        const problems = schemaProblems(kind.schema!, JSON.parse(readFileSync(file, 'utf8')));
        expect({ name, problems }).toEqual({ name, problems: REFUSED[name] ?? [] });
      }
    });
  }

  it('refuses what the server refuses in a security event hook', () => {
    const hook = kindOf('security-event-hook-configurations')!;
    const doc = { ...hook.start(ID), enabled: 'yes', unknown: 1 };
    delete (doc as Record<string, unknown>).triggers;
    expect(schemaProblems(hook.schema!, doc)).toEqual([
      'triggers: must have required property \'triggers\'',
      'unknown: is not allowed here',
      'enabled: must be boolean',
    ]);
  });
});

describe('listed documents', () => {
  it('reads members as text and "enabled" as the server does', () => {
    expect(memberText({ type: 'oidc' }, 'type')).toBe('oidc');
    expect(memberText({ type: 3 }, 'type')).toBe('');
    expect(isEnabled({})).toBe(true);
    expect(isEnabled({ enabled: true })).toBe(true);
    expect(isEnabled({ enabled: false })).toBe(false);
  });

  it('names a document by its type or flow and id', () => {
    expect(documentName({ id: ID, type: 'WEBHOOK' })).toBe(`WEBHOOK (${ID})`);
    expect(documentName({ id: ID, flow: 'oauth' })).toBe(`oauth (${ID})`);
    expect(documentName({ id: ID })).toBe(ID);
    expect(documentName({})).toBe('');
  });

  it('finds the id of a saved document in the write answer', () => {
    expect(savedId({ dry_run: false, result: { id: ID } }, {})).toBe(ID);
    expect(savedId(undefined, { id: ID })).toBe(ID);
    expect(savedId({ dry_run: false }, { id: ID })).toBe(ID);
    expect(UUID.test(savedId({ result: { id: crypto.randomUUID() } }, {}))).toBe(true);
  });
});
