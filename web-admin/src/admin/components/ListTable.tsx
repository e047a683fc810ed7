// A paged list: a table whose rows open with a click or Enter, pagination below, and the loading
// and empty states; usePagedList loads one page of a management API list.
import { Group, Pagination, ScrollArea, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ListAnswer, Query } from '../api/client';
import { listQuery } from '../api/management';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from './PageState';
import { useLoad, type Load } from './useLoad';

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
}

// One page of a list and how to move to another.
export interface Paging<T> {
  load: Load<ListAnswer<T>>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

// Loads page `page` of a list with `fetch` (given limit and offset), again when `deps` change.
export function usePagedList<T>(fetch: (query: Query) => Promise<ListAnswer<T>>, deps: readonly unknown[], pageSize = 20): Paging<T> {
  const [page, setPage] = useState(1);
  const load = useLoad(() => fetch(listQuery(page, pageSize)), [...deps, page]);
  return { load, page, pageSize, onPage: setPage };
}

export interface ListTableProps<T> {
  columns: Column<T>[];
  paging: Paging<T>;
  rowKey: (row: T) => string;
  onOpen?: (row: T) => void;
  label: string;
  empty?: ReactNode;
}

export function ListTable<T>(p: ListTableProps<T>) {
  const t = useT(common);
  const { load, page, pageSize, onPage } = p.paging;
  const rows = load.data?.list;
  const total = load.data?.total_count;
  if (load.error) return <ErrorMessage error={load.error} />;
  if (!rows) return <Loading />;
  if (rows.length === 0 && page === 1) return <Empty>{p.empty}</Empty>;
  const pages = Math.max(1, Math.ceil((total ?? rows.length) / pageSize));
  return (
    <>
      <ScrollArea type="auto">
        <Table highlightOnHover striped aria-label={p.label} aria-busy={load.loading}>
          <Table.Thead>
            <Table.Tr>
              {p.columns.map((c) => (
                <Table.Th key={c.key}>{c.title}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
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
          {total !== undefined ? t('total', { total }) : ''}
        </Text>
        {pages > 1 && <Pagination total={pages} value={page} onChange={onPage} size="sm" aria-label={t('page', { page, pages })} />}
      </Group>
    </>
  );
}
