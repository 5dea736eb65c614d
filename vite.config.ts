import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { managedSchemaFor, manifestFor, type Manifest, type Target } from './scripts/manifests';
import { imageModelAssets } from './scripts/image-model-assets';

/** Emits the department-policy schema that manifest.json's storage.managed_schema names (Chrome only), site lists from the registry. */
function managedSchema(): Plugin {
  return {
    name: 'second-look-managed-schema',
    generateBundle() {
      const schema = managedSchemaFor(JSON.parse(readFileSync('managed_schema.json', 'utf8')) as object);
      this.emitFile({ type: 'asset', fileName: 'managed_schema.json', source: `${JSON.stringify(schema, null, 2)}\n` });
    },
  };
}

// `vite build` → dist/chrome; `vite build --mode firefox` → dist/firefox (npm run build does both).
export default defineConfig(({ command, mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target, baseManifest as Manifest, pkg.version) as never,
        browser: target,
        // One self-contained content script: no web-accessible loader chunks a page could probe.
        contentScripts: command === 'build' ? { standaloneFiles: ['extension/content/index.ts'] } : {},
      }),
      ...(target === 'chrome' ? [managedSchema()] : []),
      imageModelAssets(),
    ],
    build: {
      outDir: `dist/${target}`, emptyOutDir: true, sourcemap: false, target: 'es2022',
      // Pages the manifest does not name: the offscreen document for image checks (Chrome).
      rollupOptions: { input: { offscreen: 'extension/offscreen/index.html' } },
    },
    // Nothing is ever fetched at run time; dev server only for local hacking.
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
