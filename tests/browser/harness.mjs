// What the browser suites share: Debian's Chromium, headless, and the scenario loop (a fresh
// context per scenario, screenshots named <prefix><scenario>-<step>-<label>.png, one line per
// scenario: "ok NAME", "skipped NAME: why" or "FAILED NAME: why (at URL)").
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export class Skip extends Error {}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.IDP_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// Runs `scenarios` ({ name: async ({ page, shot, context, browser }) => … }) in order; returns
// the counts. `contextFor(name)` adds options to the scenario's browser context.
export async function runScenarios(browser, scenarios, { out, prefix = '', contextFor = () => ({}) }) {
  let passed = 0;
  let failed = 0;
  for (const [name, run] of Object.entries(scenarios)) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'en-US', ...contextFor(name) });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    let step = 0;
    const shot = (label) => page.screenshot({
      path: join(out, `${prefix}${name}-${String(++step).padStart(2, '0')}-${label}.png`), fullPage: true, animations: 'disabled',
    });
    try {
      await run({ page, shot, context, browser });
      console.log(`ok ${prefix}${name}`);
      passed++;
    } catch (e) {
      if (e instanceof Skip) {
        console.log(`skipped ${prefix}${name}: ${e.message}`);
      } else {
        await shot('failure').catch(() => {});
        console.log(`FAILED ${prefix}${name}: ${e.message.split('\n')[0]} (at ${page.url()})`);
        failed++;
      }
    } finally {
      await context.close();
    }
  }
  return { passed, failed };
}
