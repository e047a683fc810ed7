// What the sign-in pages read from their own address, and the addresses of the sibling pages.
// The authorization endpoint sends the browser to `signin/index.html?id=…&tenant_id=…`; every
// page passes id, tenant_id and ui_locales on to the next one.

export interface Flow {
  id: string;
  tenantId: string;
  uiLocales?: string;
}

export type Page = 'signin' | 'signup' | 'consent' | 'error';

// The authorization request of this page, or null when id or tenant_id is missing or empty.
export function parseFlow(search: string): Flow | null {
  const q = new URLSearchParams(search);
  const id = q.get('id')?.trim();
  const tenantId = q.get('tenant_id')?.trim();
  if (!id || !tenantId) return null;
  const uiLocales = q.get('ui_locales')?.trim();
  return uiLocales ? { id, tenantId, uiLocales } : { id, tenantId };
}

// Path of one JSON interaction of the flow, relative to the provider's origin.
export function interactionPath(flow: Flow, name: string): string {
  return `/${encodeURIComponent(flow.tenantId)}/v1/authorizations/${encodeURIComponent(flow.id)}/${name}`;
}

// Address of a sibling page, resolved against the current page (all pages share one parent).
export function pageUrl(page: Page, current: string, params: Record<string, string | undefined>): string {
  const url = new URL(`../${page}/index.html`, current);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
  return url.href;
}

export function flowPageUrl(page: Page, current: string, flow: Flow): string {
  return pageUrl(page, current, { id: flow.id, tenant_id: flow.tenantId, ui_locales: flow.uiLocales });
}

export function errorPageUrl(current: string, error: string, description: string, uiLocales?: string): string {
  return pageUrl('error', current, { error, error_description: description, ui_locales: uiLocales });
}
