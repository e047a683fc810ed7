import { describe, expect, it } from 'vitest';
import { canonical, changedPaths, lineDiff, withContext } from './diff';

describe('differences of documents', () => {
  it('ignores member order (PostgreSQL jsonb reorders them)', () => {
    expect(changedPaths({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toEqual([]);
    expect(JSON.stringify(canonical({ b: 1, a: [{ d: 1, c: 2 }] }))).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('names changed, added and removed members by path; arrays whole', () => {
    expect(changedPaths({ client_name: 'a', extension: { x: 1 }, uris: ['u'] }, { client_name: 'b', extension: { x: 1, y: 2 }, uris: ['u', 'v'], scope: 's' }))
      .toEqual(['client_name', 'extension.y', 'scope', 'uris']);
    expect(changedPaths(undefined, { a: 1 })).toEqual(['$']);
  });

  it('marks added and removed lines and keeps only the context near them', () => {
    const before = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${String(i).padStart(2, '0')}`, i]));
    const lines = lineDiff(before, { ...before, k10: 'ten' });
    expect(lines.filter((l) => l.kind === 'removed').map((l) => l.text.trim())).toEqual(['"k10": 10,']);
    expect(lines.filter((l) => l.kind === 'added').map((l) => l.text.trim())).toEqual(['"k10": "ten",']);
    const shown = withContext(lines, 2);
    expect(shown[0]).toEqual({ kind: 'skipped', count: 9 });
    expect(shown.filter((l) => l.kind !== 'skipped')).toHaveLength(6);
  });

  it('shows a new document as all added, a deleted one as all removed', () => {
    expect(lineDiff(undefined, { a: 1 }).every((l) => l.kind === 'added')).toBe(true);
    expect(lineDiff({ a: 1 }, undefined).every((l) => l.kind === 'removed')).toBe(true);
  });
});
