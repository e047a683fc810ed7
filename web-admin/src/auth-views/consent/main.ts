// Consent page: who asks for what; Allow or Deny sends the browser back to the relying party.
import { api, clientDisplayName, type ViewData } from '../lib/api';
import { alertRegion, busy, h, render } from '../lib/dom';
import { startPage, type PageContext } from '../lib/page';
import { scopeLabel, hasLabel } from '../lib/scopes';

function httpLink(url: string | undefined, text: string): HTMLElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

function show(ctx: PageContext, view: ViewData): void {
  const { t, flow, locale } = ctx;
  const client = clientDisplayName(view);
  const alert = alertRegion();
  const allow = h('button', { type: 'button', class: 'primary', id: 'allow' }, t('allow'));
  const deny = h('button', { type: 'button', class: 'secondary', id: 'deny' }, t('deny'));
  const answer = (button: HTMLButtonElement, other: HTMLButtonElement, call: () => Promise<unknown>) =>
    button.addEventListener('click', () => {
      alert.clear();
      void busy(button, t('sending'), [other], async () => {
        try {
          ctx.finish(await call());
        } catch (e) {
          const text = ctx.problem(e);
          if (text) alert.show(text);
        }
      });
    });
  answer(allow, deny, () => api.authorize(flow));
  answer(deny, allow, () => api.deny(flow));

  const logo = view.logo_uri && /^https?:\/\//i.test(view.logo_uri) ? h('img', { class: 'logo', src: view.logo_uri, alt: '' }) : null;
  logo?.addEventListener('error', () => logo.remove());
  const links = [httpLink(view.client_uri, t('website')), httpLink(view.policy_uri, t('privacyPolicy')), httpLink(view.tos_uri, t('terms'))].filter(
    (l): l is HTMLElement => l !== null,
  );
  const scopes = h(
    'ul',
    { class: 'scopes', 'aria-labelledby': 'consent-lead' },
    ...view.scopes.map((s) => h('li', {}, scopeLabel(s, locale), hasLabel(s) ? h('code', {}, s) : null)),
  );
  render(
    t('consentTitle'),
    h('div', { class: 'client' }, logo, h('strong', { class: 'client-name' }, client)),
    h('p', { class: 'lead', id: 'consent-lead' }, t('consentLead', { client })),
    scopes,
    alert.element,
    h('div', { class: 'actions' }, deny, allow),
    links.length > 0 && h('p', { class: 'links' }, ...links.flatMap((l, i) => (i === 0 ? [l] : [' · ', l]))),
  );
  allow.focus();
}

const ctx = startPage();
if (ctx) {
  api.viewData(ctx.flow).then(
    (view) => (view.authenticated === false ? ctx.go('signin') : show(ctx, view)),
    (e) => ctx.fail(e),
  );
}
