// A JSON document editor checked as you type: syntax, then the schema (when there is one), with
// every problem listed by path under the editor.
import { Alert, JsonInput, List, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { readJson, schemaProblems } from './schema';

export interface JsonEditorProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  schema?: object;
  serverErrors?: string[];
  minRows?: number;
}

// The problems of the text: a syntax error, or the schema's complaints.
export function jsonProblems(text: string, schema?: object): { syntax?: string; schema: string[]; value?: unknown } {
  const read = readJson(text);
  if (read.error !== undefined) return { syntax: read.error, schema: [] };
  return { schema: schema ? schemaProblems(schema, read.value) : [], value: read.value };
}

// A form with a JSON tab: entering the tab shows `document` as text; leaving it reads the text back
// into the form with `fromJson` when it is a JSON object.
export function useJsonTab(document: unknown, fromJson: (value: Record<string, unknown>) => void) {
  const [tab, setTab] = useState<string | null>('form');
  const [text, setText] = useState('');
  const switchTab = (next: string | null) => {
    if (next === 'json') setText(JSON.stringify(document, null, 2));
    if (next === 'form' && tab === 'json') {
      const p = jsonProblems(text);
      if (p.value && typeof p.value === 'object' && !Array.isArray(p.value)) fromJson(p.value as Record<string, unknown>);
    }
    setTab(next);
  };
  return { tab, setTab, text, setText, switchTab };
}

export function JsonEditor({ label, value, onChange, schema, serverErrors, minRows = 18 }: JsonEditorProps) {
  const t = useT(common);
  const problems = useMemo(() => jsonProblems(value, schema), [value, schema]);
  return (
    <>
      <JsonInput
        label={label}
        value={value}
        onChange={onChange}
        autosize
        minRows={minRows}
        maxRows={40}
        formatOnBlur
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        error={problems.syntax ? t('jsonInvalid', { message: problems.syntax }) : undefined}
      />
      {problems.schema.length > 0 && (
        <Alert color="orange" mt="xs" title={t('schemaProblems')} data-testid="schema-problems">
          <List size="sm">
            {problems.schema.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {serverErrors && serverErrors.length > 0 && (
        <Alert color="red" mt="xs" role="alert">
          {serverErrors.map((m) => (
            <Text size="sm" key={m}>{m}</Text>
          ))}
        </Alert>
      )}
    </>
  );
}
