// Error page: the `error` and `error_description` of its address, shown as text.
import { h, render } from '../lib/dom';
import { pageLanguage } from '../lib/page';

const { t } = pageLanguage();
const q = new URLSearchParams(window.location.search);
const error = q.get('error') || 'unknown_error';
const description = q.get('error_description');
render(
  t('errorTitle'),
  h('p', { class: 'lead' }, t('errorLead')),
  h(
    'dl',
    { class: 'error-details' },
    h('dt', {}, t('errorCode')),
    h('dd', {}, h('code', { id: 'error' }, error)),
    description && h('dt', {}, t('errorDetails')),
    description && h('dd', { id: 'error-description' }, description),
  ),
);
