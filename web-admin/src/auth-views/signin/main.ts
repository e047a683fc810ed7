// Sign-in page: email and password, or the existing session; then the consent page.
import { api, clientDisplayName, type ViewData } from '../lib/api';
import { alertRegion, busy, field, h, render } from '../lib/dom';
import { startPage, type PageContext } from '../lib/page';
import { flowPageUrl } from '../lib/query';

function sessionSection(ctx: PageContext, alert: ReturnType<typeof alertRegion>, others: HTMLButtonElement[]): HTMLElement {
  const { t, flow } = ctx;
  const button = h('button', { type: 'button', class: 'primary', id: 'continue-session' }, t('continueSession'));
  button.addEventListener('click', () => {
    alert.clear();
    void busy(button, t('sending'), others, async () => {
      try {
        ctx.finish(await api.authorizeWithSession(flow));
      } catch (e) {
        const text = ctx.problem(e);
        if (text) alert.show(text);
      }
    });
  });
  return h('section', { class: 'session', 'aria-labelledby': 'session-lead' }, h('p', { id: 'session-lead' }, t('sessionLead')), button);
}

function show(ctx: PageContext, view: ViewData): void {
  const { t, flow } = ctx;
  const alert = alertRegion();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('signin'));
  const email = field('email', t('email'), { type: 'email', autocomplete: 'username', inputmode: 'email', autofocus: true });
  const password = field('password', t('password'), { type: 'password', autocomplete: 'current-password' });
  const form = h('form', { 'aria-label': t('signinTitle') }, email, password, submit);
  const passwordInput = password.querySelector('input')!;
  const emailInput = email.querySelector('input')!;
  const others: HTMLButtonElement[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    alert.clear();
    void busy(submit, t('signingIn'), others, async () => {
      try {
        await api.passwordAuthentication(flow, emailInput.value.trim(), passwordInput.value);
        ctx.go('consent');
      } catch (e) {
        const text = ctx.problem(e);
        if (text) {
          alert.show(text);
          passwordInput.select();
          passwordInput.focus();
        }
      }
    });
  });
  const session = view.session_enabled ? sessionSection(ctx, alert, [submit]) : null;
  if (session) others.push(session.querySelector('button')!);
  render(
    t('signinTitle'),
    h('p', { class: 'lead' }, t('signinLead', { client: clientDisplayName(view) })),
    alert.element,
    session,
    session && h('p', { class: 'divider' }, t('otherAccount')),
    form,
    h('p', { class: 'switch' }, `${t('noAccount')} `, h('a', { href: flowPageUrl('signup', window.location.href, flow), id: 'signup-link' }, t('createAccount'))),
  );
  if (session) (session.querySelector('button') as HTMLButtonElement).focus();
}

const ctx = startPage();
if (ctx) {
  api.viewData(ctx.flow).then(
    (view) => (view.authenticated ? ctx.go('consent') : show(ctx, view)),
    (e) => ctx.fail(e),
  );
}
