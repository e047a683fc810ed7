import type { Feature } from '../../app/features';
import { CONFIGURATION_KINDS } from '../../forms/configurations';
import { ConfigurationEdit } from './ConfigurationEdit';
import { ConfigurationList } from './ConfigurationList';

// One list and one editor per configuration kind; the keys keep each kind's screens apart when
// the navigation moves from one kind to another.
export const feature: Feature = {
  order: 70,
  scope: 'tenant',
  nav: CONFIGURATION_KINDS.map((k) => ({ path: k.path, scope: 'tenant' as const, label: k.label })),
  routes: CONFIGURATION_KINDS.flatMap((k) => [
    { path: k.path, element: <ConfigurationList key={k.path} kind={k} /> },
    { path: `${k.path}/new`, element: <ConfigurationEdit key={`${k.path}/new`} kind={k} /> },
    { path: `${k.path}/:id`, element: <ConfigurationEdit key={`${k.path}/edit`} kind={k} /> },
  ]),
};
