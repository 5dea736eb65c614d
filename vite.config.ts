import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig(({ command }) => ({
  plugins: [
    preact(),
    crx({
      manifest: manifest as never,
      // One self-contained content script: no web-accessible loader chunks a page could probe.
      contentScripts: command === 'build' ? { standaloneFiles: ['extension/content/index.ts'] } : {},
    }),
  ],
  build: { outDir: 'dist/chrome', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  // Nothing is ever fetched at run time; dev server only for local hacking.
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
}));
