// A paged list: a table whose rows open with a click or Enter, pagination below, and the loading
// and empty states.
import { Group, Pagination, ScrollArea, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from './PageState';

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
}

export interface ListTableProps<T> {
  columns: Column<T>[];
  rows?: T[];
  total?: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  rowKey: (row: T) => string;
  onOpen?: (row: T) => void;
  loading?: boolean;
  error?: unknown;
  label: string;
  empty?: ReactNode;
}

export function ListTable<T>(p: ListTableProps<T>) {
  const t = useT(common);
  if (p.error) return <ErrorMessage error={p.error} />;
  if (!p.rows) return <Loading />;
  if (p.rows.length === 0 && p.page === 1) return <Empty>{p.empty}</Empty>;
  const pages = Math.max(1, Math.ceil((p.total ?? p.rows.length) / p.pageSize));
  return (
    <>
      <ScrollArea type="auto">
        <Table highlightOnHover striped aria-label={p.label} aria-busy={p.loading}>
          <Table.Thead>
            <Table.Tr>
              {p.columns.map((c) => (
                <Table.Th key={c.key}>{c.title}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.rows.map((row) => (
              <Table.Tr
                key={p.rowKey(row)}
                tabIndex={p.onOpen ? 0 : undefined}
                style={p.onOpen ? { cursor: 'pointer' } : undefined}
                onClick={p.onOpen ? () => p.onOpen!(row) : undefined}
                onKeyDown={p.onOpen ? (e) => e.key === 'Enter' && p.onOpen!(row) : undefined}
              >
                {p.columns.map((c) => (
                  <Table.Td key={c.key}>{c.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed">
          {p.total !== undefined ? t('total', { total: p.total }) : ''}
        </Text>
        {pages > 1 && <Pagination total={pages} value={p.page} onChange={p.onPage} size="sm" aria-label={t('page', { page: p.page, pages })} />}
      </Group>
    </>
  );
}
