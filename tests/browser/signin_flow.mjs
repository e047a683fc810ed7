// The default sign-in pages (web-admin, served under /auth-views/) driven in Debian's Chromium
// against the running stack: a relying party on 127.0.0.1 starts the authorization code flow,
// the browser signs in, consents, and the RP redeems the code. Screenshots of every step go to
// IDP_BROWSER_OUT (default build/browser-out).
// Usage: node signin_flow.mjs BASE_URL CA_CERT IDP_FCGI SETTINGS TEST_TENANT_DIR
// Prints "ok NAME", "FAILED NAME: reason" or "skipped NAME: reason" per scenario and ends with
// "N passed, M failed".
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, runScenarios, Skip } from './harness.mjs';
import { startRp } from './rp_server.mjs';
import { importTestTenant } from './test_tenant.mjs';

const [base, caFile, bin, settings, source] = process.argv.slice(2);
if (!source) {
  console.error('usage: node signin_flow.mjs BASE_URL CA_CERT IDP_FCGI SETTINGS TEST_TENANT_DIR');
  process.exit(2);
}
const out = resolve(process.env.IDP_BROWSER_OUT ?? 'build/browser-out');
mkdirSync(out, { recursive: true });

const rp = await startRp({ ca: readFileSync(caFile) });
const { issuer, client } = importTestTenant({ base, bin, settings, source, redirectUri: rp.redirectUri });
await rp.configure({ issuer, client });

const initial = JSON.parse(readFileSync(join(source, 'initial.json'), 'utf8')).user;
const verified = JSON.parse(readFileSync(join(source, 'user', 'ida-verified-user.json'), 'utf8'));
const ito = { email: initial.email, password: initial.raw_password, sub: initial.sub };
const sarah = { email: verified.email, password: verified.raw_password, sub: verified.sub };

const browser = await launchChromium();

const signinUrl = /\/auth-views\/signin\/index\.html\?id=[^&]+&tenant_id=/;
const consentUrl = /\/auth-views\/consent\/index\.html\?/;
const callbackUrl = (url) => url.href.startsWith(`${rp.origin}/callback`);

async function openSignIn(page, query = '') {
  await page.goto(`${rp.origin}/start${query}`);
  await page.waitForURL(signinUrl);
  await page.locator('form').waitFor();
}

async function signIn(page, user, labels = { email: 'Email address', password: 'Password', submit: 'Sign in' }) {
  await page.getByLabel(labels.email).fill(user.email);
  await page.getByLabel(labels.password).fill(user.password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

async function approve(page, shot, allow = 'Allow') {
  await page.waitForURL(consentUrl);
  await page.locator('#allow').waitFor();
  await shot('consent');
  await page.getByRole('button', { name: allow, exact: true }).click();
}

// The RP's callback page as { outcome, field… }.
async function rpOutcome(page, shot) {
  await page.waitForURL(callbackUrl);
  await shot('relying-party');
  const rows = await page.locator('dd').evaluateAll((dds) => Object.fromEntries(dds.map((d) => [d.id, d.textContent])));
  return { outcome: await page.locator('#outcome').textContent(), ...rows };
}

function expectTokens(result, sub) {
  if (result.outcome !== 'Signed in') throw new Error(`RP says "${result.outcome}": ${JSON.stringify(result)}`);
  if (result.access_token !== 'received' || result.id_token !== 'received') throw new Error(`token response ${JSON.stringify(result)}`);
  if (sub && result.sub !== sub) throw new Error(`ID token sub ${result.sub}, expected ${sub}`);
}

// Waits for the sign-up answer; a server without the initial-registration interaction skips.
async function register(page, user) {
  const answer = page.waitForResponse((r) => r.url().endsWith('/initial-registration'));
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  const response = await answer;
  if (response.status() === 404) {
    const body = await response.json().catch(() => ({}));
    throw new Skip(`the server answers 404 to POST initial-registration (${body.error_description ?? 'no description'}); sign-up is not available yet`);
  }
  return response;
}

const scenarios = {
  async sign_in_and_consent_redeem_the_code({ page, shot }) {
    await openSignIn(page);
    await shot('signin');
    await signIn(page, ito);
    await page.waitForURL(consentUrl);
    await page.getByText(client.client_name).first().waitFor();
    for (const label of ['Confirm your identity', 'Your email address']) await page.getByText(label).waitFor();
    await approve(page, shot);
    expectTokens(await rpOutcome(page, shot), ito.sub);
  },

  async wrong_password_shows_an_error({ page, shot }) {
    await openSignIn(page);
    await signIn(page, { ...sarah, password: 'not-the-password' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await shot('wrong-password');
    const text = (await alert.textContent()).trim();
    if (!text) throw new Error('the error message is empty');
    if (!signinUrl.test(page.url())) throw new Error(`left the sign-in page for ${page.url()}`);
    await signIn(page, sarah);
    await approve(page, shot);
    expectTokens(await rpOutcome(page, shot), sarah.sub);
  },

  async deny_returns_access_denied({ page, shot }) {
    await openSignIn(page);
    await signIn(page, ito);
    await page.waitForURL(consentUrl);
    await page.locator('#deny').waitFor();
    await shot('consent');
    await page.getByRole('button', { name: 'Deny', exact: true }).click();
    const result = await rpOutcome(page, shot);
    if (result.outcome !== 'Error' || result.error !== 'access_denied') throw new Error(`RP got ${JSON.stringify(result)}`);
  },

  async form_post_response_is_posted_to_the_client({ page, shot }) {
    await openSignIn(page, '?response_mode=form_post');
    await signIn(page, ito);
    await approve(page, shot);
    const result = await rpOutcome(page, shot);
    expectTokens(result, ito.sub);
    if (result.callback_method !== 'POST') throw new Error(`the callback came by ${result.callback_method}`);
  },

  async japanese_browser_gets_japanese_pages({ page, shot }) {
    await openSignIn(page);
    await page.getByRole('heading', { name: 'サインイン' }).waitFor();
    if ((await page.getAttribute('html', 'lang')) !== 'ja') throw new Error('<html lang> is not ja');
    await shot('signin-ja');
    await signIn(page, ito, { email: 'メールアドレス', password: 'パスワード', submit: 'サインイン' });
    await page.waitForURL(consentUrl);
    await page.getByRole('heading', { name: 'アクセスの許可' }).waitFor();
    await approve(page, shot, '許可する');
    expectTokens(await rpOutcome(page, shot), ito.sub);
  },

  async second_request_continues_with_the_session({ page, shot }) {
    await openSignIn(page);
    await signIn(page, ito);
    await approve(page, shot);
    expectTokens(await rpOutcome(page, shot), ito.sub);
    // The same browser, a new authorization request: the sign-in page offers the session.
    const viewData = page.waitForResponse((r) => r.url().endsWith('/view-data'));
    await openSignIn(page);
    const view = await (await viewData).json();
    if (!('session_enabled' in view)) throw new Skip('view-data has no session_enabled member; the server has no sign-in sessions yet');
    if (view.session_enabled !== true) throw new Error(`view-data says session_enabled ${view.session_enabled} after a sign-in`);
    const proceed = page.getByRole('button', { name: 'Continue', exact: true });
    await proceed.waitFor();
    await shot('signin-with-session');
    await proceed.click();
    expectTokens(await rpOutcome(page, shot), ito.sub);
  },

  async another_browser_is_sent_to_the_error_page({ page, shot, browser: b }) {
    await openSignIn(page);
    const other = await b.newContext({ ignoreHTTPSErrors: true });
    try {
      const stranger = await other.newPage();
      await stranger.goto(page.url());
      await stranger.waitForURL(/\/auth-views\/error\/index\.html\?/);
      const description = await stranger.locator('#error-description').textContent();
      await stranger.screenshot({ path: join(out, 'another_browser_is_sent_to_the_error_page-02-error.png') });
      if (!description.startsWith('auth_session_mismatch')) throw new Error(`error page shows "${description}"`);
    } finally {
      await other.close();
    }
  },

  async sign_up_of_a_new_user_leads_to_tokens({ page, shot, context }) {
    const user = { name: 'Hanako Browser', email: `signup-${randomUUID()}@example.com`, password: `Signup-${randomUUID()}` };
    await openSignIn(page);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(/\/auth-views\/signup\/index\.html\?id=[^&]+&tenant_id=/);
    await page.locator('form').waitFor();
    await shot('signup');
    const response = await register(page, user);
    if (response.status() !== 200) {
      await shot('signup-refused');
      throw new Error(`initial-registration answered ${response.status()} ${await response.text()}`);
    }
    await approve(page, shot);
    const first = await rpOutcome(page, shot);
    expectTokens(first);
    if (first.sub === ito.sub || first.sub === sarah.sub) throw new Error(`sign-up signed in an existing user (${first.sub})`);
    // The account exists: the new user signs in with its password once the cookies are gone.
    await context.clearCookies();
    await openSignIn(page);
    await signIn(page, user);
    await approve(page, shot);
    expectTokens(await rpOutcome(page, shot), first.sub);
  },

  async sign_up_with_a_registered_email_shows_an_error({ page, shot }) {
    await page.goto(`${rp.origin}/start`);
    await page.waitForURL(signinUrl);
    await page.goto(page.url().replace('/signin/', '/signup/'));
    await page.locator('form').waitFor();
    const response = await register(page, { name: 'Ito Again', email: ito.email, password: `Signup-${randomUUID()}` });
    if (response.status() === 200) throw new Error('a second account with a registered email was accepted');
    await page.getByRole('alert').waitFor();
    await shot('signup-refused');
    if (!/\/auth-views\/signup\//.test(page.url())) throw new Error(`left the sign-up page for ${page.url()}`);
  },
};

const { passed, failed } = await runScenarios(browser, scenarios, {
  out, contextFor: (name) => ({ locale: name.startsWith('japanese') ? 'ja-JP' : 'en-US' }),
});
await browser.close();
await rp.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
