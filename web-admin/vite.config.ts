// One Vite build per web application, chosen with --mode: each app has its own root folder under
// src/, its own public base path (the location nginx serves it from) and its own folder in dist/.
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

interface App {
  root: string;  // folder holding the app's HTML pages
  base: string;  // URL path nginx serves dist/<name>/ from
  react?: boolean;
}

const apps: Record<string, App> = {
  'auth-views': { root: 'src/auth-views', base: '/auth-views/' },
  admin: { root: 'src/admin', base: '/admin/', react: true },
};

// The entries: the root's own index.html (a single-page app), else every `<page>/index.html`
// directly under the root (a multi-page build).
function pages(root: string): Record<string, string> {
  if (existsSync(resolve(root, 'index.html'))) return { index: resolve(root, 'index.html') };
  const entries: Record<string, string> = {};
  for (const d of readdirSync(root, { withFileTypes: true })) {
    const html = resolve(root, d.name, 'index.html');
    if (d.isDirectory() && existsSync(html)) entries[d.name] = html;
  }
  return entries;
}

export default defineConfig(({ mode }) => {
  if (mode === 'test') {
    return { plugins: [react()], test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'node' } };
  }
  const app = apps[mode];
  if (!app) throw new Error(`unknown app "${mode}"; build with --mode ${Object.keys(apps).join('|')}`);
  const root = resolve(here, app.root);
  return {
    root,
    base: app.base,
    plugins: app.react ? [react()] : [],
    build: {
      outDir: resolve(here, 'dist', mode),
      emptyOutDir: true,
      assetsDir: 'assets',
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: pages(root) },
    },
  };
});
