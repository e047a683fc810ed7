// Cross-checks idp_jose against the npm `jose` library through jose_cli: every JWS alg signed by
// one side and verified by the other, every JWE alg × enc encrypted by one side and decrypted by
// the other, RFC 7638 thumbprints, and a few inputs that must be refused.
// Usage: node jose_interop.mjs /path/to/jose_cli
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jose from 'jose';

const cli = process.argv[2];
if (!cli) {
  console.error('usage: node jose_interop.mjs /path/to/jose_cli');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'jose-interop-'));
let passed = 0;
let failed = 0;
let files = 0;

function ours(args, input) {
  return execFileSync(cli, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

function saveJwk(jwk) {
  const path = join(dir, `key-${files++}.json`);
  writeFileSync(path, JSON.stringify(jwk));
  return path;
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    const detail = e.stderr ? e.stderr.toString().trim() : e.message;
    console.log(`FAIL ${name}: ${detail}`);
  }
}

async function refused(name, args, input) {
  await check(name, async () => {
    let accepted = true;
    try {
      ours(args, input);
    } catch {
      accepted = false;
    }
    expect(!accepted, 'jose_cli accepted it');
  });
}

// A key pair (or secret) made by jose, as CryptoKeys / bytes and as JWK files.
async function keysFor(alg, { crv, secretFor } = {}) {
  const kid = `jose-${alg}-${crv ?? secretFor ?? ''}`;
  if (secretFor) {
    const secret = await jose.generateSecret(secretFor, { extractable: true });
    const jwk = { ...(await jose.exportJWK(secret)), kid };
    const path = saveJwk(jwk);
    return { priv: secret, pub: secret, privPath: path, pubPath: path, pubJwk: jwk, kid };
  }
  const { publicKey, privateKey } = await jose.generateKeyPair(alg, { extractable: true, crv });
  const privJwk = { ...(await jose.exportJWK(privateKey)), kid, alg };
  const pubJwk = { ...(await jose.exportJWK(publicKey)), kid, alg };
  return { priv: privateKey, pub: publicKey, privPath: saveJwk(privJwk), pubPath: saveJwk(pubJwk), pubJwk, kid };
}

const jwsAlgs = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512',
                 'EdDSA', 'HS256', 'HS384', 'HS512'];

for (const alg of jwsAlgs) {
  const k = await keysFor(alg, alg.startsWith('HS') ? { secretFor: alg } : {});
  const payload = JSON.stringify({ sub: 'alice', alg, nonce: crypto.randomUUID() });
  await check(`JWS ${alg}: idp signs, jose verifies`, async () => {
    const jws = ours(['sign', k.privPath, alg], payload);
    const { payload: got, protectedHeader } = await jose.compactVerify(jws, k.pub);
    expect(new TextDecoder().decode(got) === payload, 'payload differs');
    expect(protectedHeader.alg === alg && protectedHeader.kid === k.kid, 'header differs');
  });
  await check(`JWS ${alg}: jose signs, idp verifies`, async () => {
    const jws = await new jose.CompactSign(new TextEncoder().encode(payload))
      .setProtectedHeader({ alg, kid: k.kid, typ: 'JWT' })
      .sign(k.priv);
    expect(ours(['verify', k.pubPath], jws) === payload, 'payload differs');
  });
}

const ecdhAlgs = ['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW'];
const jweAlgs = ['RSA-OAEP', 'RSA-OAEP-256', ...ecdhAlgs, 'A128KW', 'A192KW', 'A256KW', 'dir'];
const encs = ['A128GCM', 'A192GCM', 'A256GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512'];

async function jweCases(alg, enc, k, label) {
  const plaintext = `Secret for ${label} ${crypto.randomUUID()} — ünïcödé`;
  await check(`JWE ${label}: idp encrypts, jose decrypts`, async () => {
    const jwe = ours(['encrypt', k.pubPath, alg, enc], plaintext);
    const { plaintext: got, protectedHeader } = await jose.compactDecrypt(jwe, k.priv);
    expect(new TextDecoder().decode(got) === plaintext, 'plaintext differs');
    expect(protectedHeader.alg === alg && protectedHeader.enc === enc, 'header differs');
  });
  await check(`JWE ${label}: jose encrypts, idp decrypts`, async () => {
    const jwe = await new jose.CompactEncrypt(new TextEncoder().encode(plaintext))
      .setProtectedHeader({ alg, enc, kid: k.kid })
      .encrypt(k.pub);
    expect(ours(['decrypt', k.privPath], jwe) === plaintext, 'plaintext differs');
  });
}

for (const alg of jweAlgs) {
  const shared = alg === 'dir' ? null
    : await keysFor(alg, /^A\d+KW$/.test(alg) ? { secretFor: alg } : {});
  for (const enc of encs) {
    const k = shared ?? (await keysFor(alg, { secretFor: enc }));
    await jweCases(alg, enc, k, `${alg} ${enc}`);
  }
}
for (const crv of ['P-384', 'P-521']) {
  for (const alg of ['ECDH-ES', 'ECDH-ES+A256KW']) {
    const k = await keysFor(alg, { crv });
    await jweCases(alg, 'A256GCM', k, `${alg} ${crv} A256GCM`);
  }
}

for (const alg of ['RS256', 'ES256', 'ES512', 'EdDSA', 'HS256']) {
  const k = await keysFor(alg, alg.startsWith('HS') ? { secretFor: alg } : {});
  await check(`RFC 7638 thumbprint of a ${alg} key`, async () => {
    const theirs = await jose.calculateJwkThumbprint(k.pubJwk);
    expect(ours(['thumbprint', k.pubPath]) === theirs, 'thumbprints differ');
  });
}

{
  const k = await keysFor('ES256');
  const jws = await new jose.CompactSign(new TextEncoder().encode('x'))
    .setProtectedHeader({ alg: 'ES256', kid: k.kid })
    .sign(k.priv);
  const [h, p, s] = jws.split('.');
  const flipped = s.slice(0, 10) + (s[10] === 'A' ? 'B' : 'A') + s.slice(11);
  await refused('JWS ES256 with a modified signature is refused', ['verify', k.pubPath], `${h}.${p}.${flipped}`);
  const unsecured = new jose.UnsecuredJWT({ sub: 'mallory' }).encode();
  await refused('unsecured JWT (alg "none") is refused', ['verify', k.pubPath], unsecured);
  const otherPayload = Buffer.from('{"sub":"mallory"}').toString('base64url');
  await refused('JWS ES256 with a swapped payload is refused', ['verify', k.pubPath], `${h}.${otherPayload}.${s}`);
}

rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
