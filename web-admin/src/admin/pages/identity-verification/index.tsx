import type { Feature } from '../../app/features';
import { ApplicationDetail } from './ApplicationDetail';
import { ApplicationList, ResultList } from './Lists';
import { ResultDetail } from './ResultDetail';

export const feature: Feature = {
  order: 80,
  scope: 'tenant',
  nav: [
    { path: 'identity-verification-applications', scope: 'tenant', label: { en: 'Verification applications', ja: '身元確認申込' } },
    { path: 'identity-verification-results', scope: 'tenant', label: { en: 'Verification results', ja: '身元確認結果' } },
  ],
  routes: [
    { path: 'identity-verification-applications', element: <ApplicationList key="applications" /> },
    { path: 'identity-verification-applications/:id', element: <ApplicationDetail /> },
    { path: 'identity-verification-results', element: <ResultList key="results" /> },
    { path: 'identity-verification-results/:id', element: <ResultDetail /> },
  ],
};
