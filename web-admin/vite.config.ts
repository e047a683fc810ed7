// One Vite build per web application, chosen with --mode: each app has its own root folder under
// src/, its own public base path (the location nginx serves it from) and its own folder in dist/.
// The admin console joins as another row of `apps` and another `vite build --mode admin`.
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

interface App {
  root: string;  // folder holding the app's HTML pages
  base: string;  // URL path nginx serves dist/<name>/ from
}

const apps: Record<string, App> = {
  'auth-views': { root: 'src/auth-views', base: '/auth-views/' },
};

// Every `<page>/index.html` directly under the app's root is an entry (multi-page build).
function pages(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const d of readdirSync(root, { withFileTypes: true })) {
    const html = resolve(root, d.name, 'index.html');
    if (d.isDirectory() && existsSync(html)) entries[d.name] = html;
  }
  return entries;
}

export default defineConfig(({ mode }) => {
  if (mode === 'test') return { test: { include: ['src/**/*.test.ts'], environment: 'node' } };
  const app = apps[mode];
  if (!app) throw new Error(`unknown app "${mode}"; build with --mode ${Object.keys(apps).join('|')}`);
  const root = resolve(here, app.root);
  return {
    root,
    base: app.base,
    build: {
      outDir: resolve(here, 'dist', mode),
      emptyOutDir: true,
      assetsDir: 'assets',
      rollupOptions: { input: pages(root) },
    },
  };
});
