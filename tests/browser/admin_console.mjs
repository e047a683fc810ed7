// The admin console (web-admin, served under /admin/) driven in Debian's Chromium against the
// running stack, signed in as the bootstrapped administrator through the authorization code flow
// with PKCE and the default sign-in pages:
//   onboarding    an organization is onboarded, a tenant, a client and a user are created; that user
//                 signs in at the new tenant through the default sign-in pages and an RP gets tokens
//   dry-run-edit  a client is edited with a dry-run preview of the difference; the audit log shows
//                 the preview and the change
//   organization-admin  the organization's administrator signs in at its ORGANIZER tenant
//   japanese      the console in Japanese (ui_locales), and its navigation at phone width
//   token-refresh with the console client's access tokens made to last 15 s, the console refreshes
//                 them before they expire and keeps working
// Screenshots of every step go to IDP_BROWSER_OUT (default build/browser-out).
// Usage: node admin_console.mjs BASE_URL CA_CERT ADMIN_CREDENTIALS
// Prints "ok NAME" or "FAILED NAME: reason" per scenario and ends with "N passed, M failed".
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, runScenarios } from './harness.mjs';
import { startRp } from './rp_server.mjs';

const [base, caFile, credsFile] = process.argv.slice(2);
if (!credsFile) {
  console.error('usage: node admin_console.mjs BASE_URL CA_CERT ADMIN_CREDENTIALS');
  process.exit(2);
}
const out = resolve(process.env.IDP_BROWSER_OUT ?? 'build/browser-out');
mkdirSync(out, { recursive: true });
const admin = JSON.parse(readFileSync(credsFile, 'utf8'));
const rp = await startRp({ ca: readFileSync(caFile) });

const browser = await launchChromium();

const consoleUrl = (path = '') => `${base}/admin/${path}`;
const signinPage = /\/auth-views\/signin\/(index\.html)?\?/;
const consentPage = /\/auth-views\/consent\/(index\.html)?\?/;

// What the scenarios share: the tenant, client and user the first one makes.
const made = {};

async function signInAt(page, email, password, labels = { email: 'Email address', password: 'Password', submit: 'Sign in' }) {
  await page.waitForURL(signinPage);
  await page.locator('form').waitFor();
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

// Consent when the sign-in pages ask for it; then wait for `until`.
async function consentIfAsked(page, until, allow = 'Allow') {
  await page.waitForURL((url) => consentPage.test(url.href) || until(url));
  if (consentPage.test(page.url())) {
    await page.locator('#allow').waitFor();
    await page.getByRole('button', { name: allow, exact: true }).click();
    await page.waitForURL(until);
  }
}

// Opens the console and signs in as the server's administrator.
async function adminSignIn(page, shot, query = '') {
  await page.goto(consoleUrl(query));
  await page.waitForURL(/\/admin\/signin/);
  await page.getByRole('button', { name: /^(Sign in|サインイン)$/ }).waitFor();
  await shot('console-sign-in');
  await page.getByRole('button', { name: /^(Sign in|サインイン)$/ }).click();
  await signInAt(page, admin.admin_user_email, admin.admin_user_password,
    query.includes('ui_locales=ja') ? { email: 'メールアドレス', password: 'パスワード', submit: 'サインイン' } : undefined);
  await consentIfAsked(page, (url) => url.href.startsWith(consoleUrl()) && !url.pathname.endsWith('/callback'),
    query.includes('ui_locales=ja') ? '許可する' : 'Allow');
  await page.getByRole('main').getByRole('heading').first().waitFor();
}

// Opens a navigation entry (the menu first at phone width).
async function nav(page, name) {
  const burger = page.getByRole('button', { name: /^(Menu|メニュー)$/ });
  if (await burger.isVisible()) await burger.click();
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

async function choose(page, label, option) {
  await page.getByLabel(label, { exact: true }).filter({ visible: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// Preview → the dry-run dialog → Apply.
async function previewAndApply(page, shot, label) {
  const preview = page.getByTestId('dry-run-preview');
  await preview.waitFor();
  await shot(`${label}-preview`);
  await preview.getByRole('button', { name: /^(Apply|適用)$/ }).click();
  await preview.waitFor({ state: 'hidden' });
}

const scenarios = {
  async onboarding({ page, shot }) {
    await adminSignIn(page, shot);
    await page.getByRole('heading', { name: 'Tenants' }).waitFor();
    await shot('tenants');

    // Organization onboarding wizard.
    await nav(page, 'Organizations');
    const org = `Acme ${randomUUID().slice(0, 6)}`;
    await page.getByLabel('Organization name').fill(org);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Organizer tenant name').fill(`${org} organizer`);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Administrator name').fill('Org Admin');
    made.orgAdmin = { email: `admin-${randomUUID().slice(0, 8)}@acme.test` };
    await page.getByLabel('Administrator email').fill(made.orgAdmin.email);
    made.orgAdmin.password = await page.getByLabel('Initial password').inputValue();
    await shot('onboarding-administrator');
    await page.getByRole('button', { name: 'Next' }).click();
    await shot('onboarding-review');
    await page.getByRole('button', { name: 'Preview and create' }).click();
    await previewAndApply(page, shot, 'onboarding');
    await page.getByTestId('onboarding-done').waitFor();
    await shot('onboarding-done');
    made.orgLink = await page.getByTestId('organization-sign-in-link').textContent();
    if (!made.orgLink.includes('organization_id=')) throw new Error(`sign-in link ${made.orgLink}`);

    // A PUBLIC tenant.
    await nav(page, 'Tenants');
    await page.getByRole('link', { name: 'New tenant' }).click();
    const tenantName = `Shop ${randomUUID().slice(0, 6)}`;
    await page.getByRole('textbox', { name: /^Name/ }).fill(tenantName);
    made.tenantId = await page.getByLabel('Tenant ID').inputValue();
    await shot('tenant-new');
    await page.getByRole('button', { name: 'Create' }).click();
    await previewAndApply(page, shot, 'tenant');
    await page.waitForURL(new RegExp(`/admin/t/${made.tenantId}/clients$`));
    await page.getByTestId('empty-state').waitFor();
    await shot('tenant-clients-empty');

    // A client of the RP, with the secret shown once.
    await page.getByRole('link', { name: 'New client' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Shop web app');
    const uris = page.getByLabel('Redirect URIs', { exact: true }).filter({ visible: true });
    await uris.fill(rp.redirectUri);
    await uris.press('Enter');
    await choose(page, 'Token endpoint authentication', 'client_secret_post');
    made.clientId = await page.getByLabel('Client ID').inputValue();
    await shot('client-new');
    await page.getByRole('button', { name: 'Create' }).click();
    await previewAndApply(page, shot, 'client');
    const secret = (await page.getByTestId('client-secret').textContent()).trim();
    if (secret.length < 32) throw new Error(`client secret "${secret}"`);
    await shot('client-secret-once');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByRole('heading', { name: 'Client Shop web app' }).waitFor();

    // A user with an initial password.
    await nav(page, 'Users');
    await page.getByRole('link', { name: 'New user' }).click();
    made.email = `shopper-${randomUUID().slice(0, 8)}@example.test`;
    made.password = `Sh0pper-${randomUUID()}`;
    await page.getByLabel('Name', { exact: true }).fill('Shopper');
    await page.getByLabel('Email', { exact: true }).fill(made.email);
    // The server's password policy refuses a short one: its message stands at the field.
    await page.getByLabel('Initial password').fill('short1');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('raw_password must be at least 8 characters').waitFor();
    const described = await page.getByLabel('Initial password').getAttribute('aria-describedby');
    const fieldError = described ? await page.locator(`[id="${described}"]`).textContent() : '';
    if (!fieldError?.includes('raw_password must be at least 8 characters'))
      throw new Error(`the refusal is not the password field's error (${fieldError})`);
    if (await page.getByRole('alert').count()) throw new Error('the refusal is shown above the form, not at its field');
    await shot('user-refused-at-field');
    await page.getByLabel('Initial password').fill(made.password);
    await shot('user-new');
    await page.getByRole('button', { name: 'Create' }).click();
    await previewAndApply(page, shot, 'user');
    await page.getByRole('heading', { name: `User ${made.email}` }).waitFor();
    await shot('user');

    // That user signs in at the new tenant through the default sign-in pages; the RP gets tokens.
    await rp.configure({
      issuer: `${base}/${made.tenantId}`,
      client: { client_id: made.clientId, client_secret: secret, redirect_uris: [rp.redirectUri] },
    });
    const shopper = await page.context().browser().newContext({ ignoreHTTPSErrors: true, locale: 'en-US' });
    try {
      const p = await shopper.newPage();
      p.setDefaultTimeout(15000);
      await p.goto(`${rp.origin}/start`);
      await signInAt(p, made.email, made.password);
      await consentIfAsked(p, (url) => url.href.startsWith(`${rp.origin}/callback`));
      await p.screenshot({ path: join(out, 'admin-onboarding-99-relying-party.png'), fullPage: true });
      const outcome = await p.locator('#outcome').textContent();
      const rows = await p.locator('dd').evaluateAll((dds) => Object.fromEntries(dds.map((d) => [d.id, d.textContent])));
      if (outcome !== 'Signed in' || rows.access_token !== 'received' || rows.id_token !== 'received')
        throw new Error(`RP says "${outcome}": ${JSON.stringify(rows)}`);
    } finally {
      await shopper.close();
    }
  },

  async 'dry-run-edit'({ page, shot }) {
    if (!made.clientId) throw new Error('needs the client of the onboarding scenario');
    await adminSignIn(page, shot, `t/${made.tenantId}/clients`);
    await page.getByRole('row', { name: /Shop web app/ }).click();
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Shop web app (renamed)');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('dry-run-preview').waitFor();
    const changed = dialog.locator('[data-field="client_name"]');
    await changed.waitFor();
    const row = await changed.textContent();
    if (!row.includes('"Shop web app"') || !row.includes('"Shop web app (renamed)"')) throw new Error(`preview row ${row}`);
    if ((await dialog.locator('.diff-added').count()) === 0) throw new Error('the preview shows no added line');
    await shot('client-preview');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Client Shop web app (renamed)' }).waitFor();
    await shot('client-saved');

    // An invalid redirect URI is refused next to its field.
    const uris = page.getByLabel('Redirect URIs', { exact: true }).filter({ visible: true });
    await uris.fill('https://rp.example.test/cb#fragment');
    await uris.press('Enter');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/must not have a fragment/).waitFor();
    await shot('client-field-error');

    await nav(page, 'Audit log');
    await page.getByLabel('Type', { exact: true }).fill('client.update');
    await page.getByRole('button', { name: 'Filter' }).click();
    const entries = page.getByRole('table', { name: 'Audit log' }).locator('tbody tr');
    await entries.nth(1).waitFor();
    const texts = await entries.allTextContents();
    if (!texts.some((t) => t.includes('dry run'))) throw new Error(`no dry-run entry in ${texts.join(' | ')}`);
    if (!texts.some((t) => !t.includes('dry run'))) throw new Error('no applied entry');
    await shot('audit-log');
    await entries.filter({ hasNotText: 'dry run' }).nth(0).click();
    const entry = page.getByTestId('audit-entry');
    await entry.waitFor();
    if (!(await entry.textContent()).includes('Shop web app (renamed)')) throw new Error('the audit entry does not show the new name');
    await shot('audit-entry');
  },

  // The organization's administrator signs in at the ORGANIZER tenant with the wizard's link and
  // manages the organization's tenants (organization-level management API).
  async 'organization-admin'({ page, shot }) {
    if (!made.orgLink) throw new Error('needs the organization of the onboarding scenario');
    await page.goto(made.orgLink);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    if ((await page.getByLabel('Organization ID').inputValue()) === '') throw new Error('the link did not fill in the organization');
    await shot('console-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signInAt(page, made.orgAdmin.email, made.orgAdmin.password);
    await consentIfAsked(page, (url) => url.href.startsWith(consoleUrl()) && !url.pathname.endsWith('/callback'));
    await page.getByRole('heading', { name: 'Clients' }).waitFor();
    await page.getByRole('row', { name: /Admin console/ }).waitFor();
    await shot('organizer-clients');
    if (await page.getByRole('navigation').getByRole('link', { name: 'Organizations', exact: true }).count())
      throw new Error('an organization administrator is offered the system-level organizations screen');
    await nav(page, 'Tenants');
    await page.getByRole('heading', { name: 'Tenants' }).waitFor();
    const rows = await page.getByRole('table', { name: 'Tenants' }).locator('tbody tr').allTextContents();
    if (rows.length !== 1 || !rows[0].includes('ORGANIZER')) throw new Error(`the organization's tenants: ${rows.join(' | ')}`);
    await shot('organization-tenants');
  },

  async japanese({ page, shot }) {
    if (!made.tenantId) throw new Error('needs the tenant of the onboarding scenario');
    await page.setViewportSize({ width: 390, height: 844 });
    await adminSignIn(page, shot, `t/${made.tenantId}/users?ui_locales=ja`);
    await page.getByRole('heading', { name: 'ユーザー' }).waitFor();
    await shot('users-phone');
    await nav(page, '監査ログ');
    await page.getByRole('heading', { name: '監査ログ' }).waitFor();
    await shot('audit-phone');
    await page.getByRole('button', { name: 'メニュー' }).click();
    await page.getByRole('navigation').getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await shot('english-again');
    // RP-initiated logout at the tenant, which sends the browser back to the console.
    const logout = page.waitForRequest((r) => r.url().startsWith(`${base}/${admin.admin_tenant_id}/v1/logout?`));
    await page.getByRole('button', { name: 'Sign out' }).filter({ visible: true }).click();
    const request = new URL((await logout).url());
    if (!request.searchParams.get('id_token_hint') || request.searchParams.get('post_logout_redirect_uri') !== consoleUrl())
      throw new Error(`logout request ${request.href}`);
    await page.waitForURL(/\/admin\/signin/);
    await shot('signed-out');
  },

  async 'token-refresh'({ page, shot }) {
    await adminSignIn(page, shot, `t/${admin.admin_tenant_id}/clients`);
    const lifetime = async (seconds) => {
      await page.getByRole('row', { name: /Admin console/ }).click();
      await page.getByLabel('Access token').fill(seconds);
      await page.getByRole('button', { name: 'Save' }).click();
      await previewAndApply(page, shot, `access-token-${seconds || 'default'}`);
      await nav(page, 'Clients');
    };
    await lifetime('15');
    try {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/admin\/signin/);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await signInAt(page, admin.admin_user_email, admin.admin_user_password);
      await consentIfAsked(page, (url) => url.href.startsWith(consoleUrl()) && !url.pathname.endsWith('/callback'));
      await page.getByRole('main').getByRole('heading').first().waitFor();
      const refreshed = await page.waitForRequest((r) => r.url().endsWith('/v1/tokens') && (r.postData() ?? '').includes('grant_type=refresh_token'), { timeout: 40000 });
      if ((await refreshed.response())?.status() !== 200) throw new Error('the refresh was refused');
      await new Promise((resolve) => setTimeout(resolve, 6000));  // past the first token's expiry
      await nav(page, 'Users');
      await page.getByRole('table', { name: 'Users' }).waitFor();
      await shot('after-refresh');
    } finally {
      await nav(page, 'Clients');
      await lifetime('');
    }
  },
};

const { passed, failed } = await runScenarios(browser, scenarios, {
  out, prefix: 'admin-', contextFor: () => ({ viewport: { width: 1280, height: 800 } }),
});
await browser.close();
await rp.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
