// A filtered, paged list of identity-verification applications or results. The filters and the
// page live in the URL, so an opened entry's "back" returns to the same list.
import { Title } from '@mantine/core';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { listQuery, paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ListTable, type Column } from '../../components/ListTable';
import { useLoad } from '../../components/useLoad';
import { filtersOf, pageOf, searchOf, verificationQuery, type FilterSet } from '../../forms/verificationFilters';
import { FilterBar } from './FilterBar';

const PAGE = 20;

export interface ListProps {
  resource: string;  // the management API's path segment
  title: string;
  set: FilterSet;
  columns: Column<Json>[];
  anyChoice: string;
}

export function VerificationList({ resource, title, set, columns, anyChoice }: ListProps) {
  const api = useApi();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const filters = filtersOf(search, set);
  const page = pageOf(search);
  // Filters the server refuses (typed into the URL) come back as its error message.
  const query = listQuery(page, PAGE, verificationQuery(filters, set));
  const key = JSON.stringify(query);
  const load = useLoad(() => api.list<Json>(paths.documents(tenantId, resource), query), [api, tenantId, resource, key]);
  return (
    <>
      <Title order={2} mb="md">{title}</Title>
      <FilterBar key={search.toString()} set={set} value={filters} anyChoice={anyChoice} onApply={(f) => setSearch(searchOf(f))} />
      <ListTable<Json>
        label={title}
        columns={columns}
        paging={{ load, page, pageSize: PAGE, onPage: (p) => setSearch(searchOf(filters, p)) }}
        rowKey={(d) => String(d.id)}
        onOpen={(d) => navigate(encodeURIComponent(String(d.id)), { state: { listSearch: location.search } })}
      />
    </>
  );
}
