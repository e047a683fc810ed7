// idp-server's e2e test tenant imported under a fresh tenant id for the browser tests: issuer and
// endpoints on this stack's base URL, no `ui_config` (so the authorization endpoint sends the
// browser to the default pages under /auth-views/), form_post allowed, and the
// client_secret_post client registered with the test's own redirect URI.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEST_TENANT = '67e7eae6-62b0-4500-9eff-87459f63fc66';
const TEST_ORGANIZATION = '9eb8eb8c-2615-4604-809f-5cae1c00a462';
const CLIENT_FILE = 'clientSecretPost.json';

function adjust(doc, redirectUri) {
  if (doc.tenant) delete doc.tenant.ui_config;
  const server = doc.authorization_server ?? (doc.issuer ? doc : undefined);
  if (server) {
    const modes = server.response_modes_supported ?? ['query', 'fragment'];
    if (!modes.includes('form_post')) server.response_modes_supported = [...modes, 'form_post'];
  }
  if (doc.client_id && doc.redirect_uris) doc.redirect_uris = [redirectUri];
  return doc;
}

// Imports the tenant and returns { tenantId, issuer, client }.
export function importTestTenant({ base, bin, settings, source, redirectUri }) {
  const tenantId = randomUUID();
  const dir = mkdtempSync(join(tmpdir(), 'idp-browser-'));
  try {
    cpSync(join(source, 'initial.json'), join(dir, 'initial.json'));
    cpSync(join(source, 'authorization-server'), join(dir, 'authorization-server'), { recursive: true });
    cpSync(join(source, 'user'), join(dir, 'user'), { recursive: true });
    mkdirSync(join(dir, 'clients'));
    cpSync(join(source, 'clients', CLIENT_FILE), join(dir, 'clients', CLIENT_FILE));
    const files = ['initial.json', ...['authorization-server', 'user', 'clients'].flatMap((d) =>
      readdirSync(join(dir, d)).map((f) => join(d, f)))];
    const organization = randomUUID();
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8')
        .replaceAll('https://api.local.test', base)
        .replaceAll(TEST_TENANT, tenantId)
        .replaceAll(TEST_ORGANIZATION, organization);
      writeFileSync(join(dir, f), JSON.stringify(adjust(JSON.parse(text), redirectUri), null, 2));
    }
    execFileSync(bin, ['import', dir, '--settings', settings], { stdio: 'pipe' });
    const client = JSON.parse(readFileSync(join(dir, 'clients', CLIENT_FILE), 'utf8'));
    return { tenantId, issuer: `${base}/${tenantId}`, client };
  } catch (e) {
    throw new Error(`import of the test tenant failed: ${e.stderr?.toString() || e.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
