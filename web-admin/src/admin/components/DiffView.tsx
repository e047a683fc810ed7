// A line diff of two JSON documents, with only the lines near a change.
import { ScrollArea } from '@mantine/core';
import { lineDiff, withContext } from './diff';

const background = { added: 'var(--mantine-color-green-light)', removed: 'var(--mantine-color-red-light)', same: undefined };
const mark = { added: '+ ', removed: '- ', same: '  ' };

export function DiffView({ before, after }: { before: unknown; after: unknown }) {
  const lines = withContext(lineDiff(before, after));
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <pre style={{ margin: 0, fontSize: 12 }} aria-label="diff">
        {lines.map((l, i) =>
          l.kind === 'skipped' ? (
            <div key={i} style={{ color: 'var(--mantine-color-dimmed)' }}>{`… ${l.count}`}</div>
          ) : (
            <div key={i} className={`diff-${l.kind}`} style={{ background: background[l.kind] }}>
              {mark[l.kind]}
              {l.text}
            </div>
          ),
        )}
      </pre>
    </ScrollArea.Autosize>
  );
}
