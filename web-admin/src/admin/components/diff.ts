// What a change does to a JSON document: the member paths whose values differ, and a line diff of
// the pretty-printed documents (jsdiff) for the preview dialog.
import { diffLines } from 'diff';

export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

// Members sorted by name, so that a reordering (as PostgreSQL's jsonb does) is no difference.
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

export function pretty(value: unknown): string {
  return value === undefined ? '' : `${JSON.stringify(canonical(value), null, 2)}\n`;
}

export function lineDiff(before: unknown, after: unknown): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of diffLines(pretty(before), pretty(after))) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const text of part.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  return lines;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

// Dotted paths (objects descended, arrays compared whole) whose values differ.
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(before) || !isObject(after)) return same(before, after) ? [] : [prefix || '$'];
  const b = before as Record<string, unknown>, a = after as Record<string, unknown>;
  const out: string[] = [];
  for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (isObject(b[k]) && isObject(a[k])) out.push(...changedPaths(b[k], a[k], path));
    else if (!same(b[k], a[k])) out.push(path);
  }
  return out;
}

// Only the lines near a change (and a marker for what is skipped), for long documents.
export function withContext(lines: DiffLine[], context = 3): (DiffLine | { kind: 'skipped'; count: number })[] {
  const near = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.kind === 'same') return;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); ++j) near[j] = true;
  });
  const out: (DiffLine | { kind: 'skipped'; count: number })[] = [];
  let skipped = 0;
  lines.forEach((l, i) => {
    if (near[i]) {
      if (skipped) out.push({ kind: 'skipped', count: skipped });
      skipped = 0;
      out.push(l);
    } else ++skipped;
  });
  if (skipped) out.push({ kind: 'skipped', count: skipped });
  return out;
}
