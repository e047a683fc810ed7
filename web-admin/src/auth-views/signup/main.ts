// Sign-up page: name, email and password create the account and sign it in; then the consent page.
import { api, clientDisplayName, type ViewData } from '../lib/api';
import { alertRegion, busy, field, h, render } from '../lib/dom';
import { startPage, type PageContext } from '../lib/page';
import { flowPageUrl } from '../lib/query';

function show(ctx: PageContext, view: ViewData): void {
  const { t, flow } = ctx;
  const alert = alertRegion();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('signup'));
  const name = field('name', t('name'), { type: 'text', autocomplete: 'name', autofocus: true });
  const email = field('email', t('email'), { type: 'email', autocomplete: 'email', inputmode: 'email' });
  const password = field('password', t('password'), { type: 'password', autocomplete: 'new-password' });
  const form = h('form', { 'aria-label': t('signupTitle') }, name, email, password, submit);
  const value = (f: HTMLElement) => f.querySelector('input')!.value;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    alert.clear();
    void busy(submit, t('signingUp'), [], async () => {
      try {
        await api.initialRegistration(flow, { email: value(email).trim(), password: value(password), name: value(name).trim() });
        ctx.go('consent');
      } catch (e) {
        const text = ctx.problem(e);
        if (text) {
          alert.show(text);
          alert.element.focus();
        }
      }
    });
  });
  render(
    t('signupTitle'),
    h('p', { class: 'lead' }, t('signupLead', { client: clientDisplayName(view) })),
    alert.element,
    form,
    h('p', { class: 'switch' }, `${t('haveAccount')} `, h('a', { href: flowPageUrl('signin', window.location.href, flow), id: 'signin-link' }, t('backToSignin'))),
  );
}

const ctx = startPage();
if (ctx) api.viewData(ctx.flow).then((view) => show(ctx, view), (e) => ctx.fail(e));
