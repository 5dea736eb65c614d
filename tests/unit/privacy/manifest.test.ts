// The source manifest asks only for allow-listed permissions and lets no
// remote script into extension pages. (The built manifests are checked the
// same way in tests/e2e/privacy-manifest.e2e.ts, after the build.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestProblems, type ManifestLike } from './manifest-rules';

const source = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as ManifestLike;

describe('manifest.json privacy', () => {
  it('passes the allow-list and CSP rules', () => {
    // The image checks ship WebAssembly (OCR, models): 'wasm-unsafe-eval' is allowed, and the e2e test checks the build really has .wasm.
    expect(manifestProblems(source, { wasmInBuild: true })).toEqual([]);
  });

  it('has a CSP for extension pages that keeps script to the package', () => {
    const csp = source.content_security_policy;
    expect(typeof csp === 'object' && csp.extension_pages).toMatch(/script-src 'self'/);
  });

  describe('the rules bite', () => {
    const base: ManifestLike = { manifest_version: 3, permissions: ['storage'], content_security_policy: { extension_pages: "default-src 'self'; script-src 'self'; object-src 'self'" } };

    it.each([
      [{ permissions: ['storage', 'tabs'] }, /permission not on the allow-list: tabs/],
      [{ permissions: ['storage', 'webRequest'] }, /permission not on the allow-list: webRequest/],
      [{ host_permissions: ['https://x.com/*'] }, /host permission not on the allow-list/],
      [{ optional_host_permissions: ['<all_urls>'] }, /optional host permission not on the allow-list: <all_urls>/],
      [{ optional_permissions: ['history'] }, /optional permission not on the allow-list: history/],
      [{ content_security_policy: { extension_pages: "default-src 'self'; script-src 'self' https://cdn.example.com" } }, /remote or eval script: https:\/\/cdn/],
      [{ content_security_policy: { extension_pages: "default-src 'self'; script-src 'self' 'unsafe-eval'" } }, /'unsafe-eval'/],
      [{ content_security_policy: { extension_pages: "default-src 'self'; script-src 'self' *" } }, /remote or eval script: \*/],
      [{ content_security_policy: { sandbox: "default-src https:" } }, /remote or eval script: https:/],
      [{ content_security_policy: { extension_pages: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" } }, /no WebAssembly/],
      [{ content_security_policy: { extension_pages: "script-src 'self'" } }, /needs default-src 'self'/],
      [{ content_security_policy: { extension_pages: "default-src 'self'; connect-src 'self' https://collector.example" } }, /connect-src allows https:\/\/collector/],
      [{ content_security_policy: { extension_pages: "default-src 'self'; img-src *" } }, /img-src allows \*/],
      [{ content_security_policy: { extension_pages: "default-src 'self'; style-src https://cdn.example" } }, /style-src allows https:/],
      [{ content_security_policy: { sandbox: "sandbox allow-scripts; script-src 'self' http://localhost:5173" } }, /sandbox allows remote/],
      [{ web_accessible_resources: [{ resources: ['a.js'], matches: ['https://x.com/*'] }] }, /fixed-URL web_accessible_resources/],
      [{ externally_connectable: { matches: ['https://x.com/*'] } }, /externally_connectable/],
      [{ content_scripts: [{ matches: ['https://x.com/*'], world: 'MAIN' }] }, /page world/],
      [{ content_scripts: [{ matches: ['<all_urls>'] }] }, /non-HTTPS or wildcard/],
      [{ browser_specific_settings: { gecko: { data_collection_permissions: { required: ['websiteContent'] } } } }, /data_collection_permissions/],
    ] as [Partial<ManifestLike>, RegExp][])('%o is refused', (change, problem) => {
      expect(manifestProblems({ ...base, ...change })).toEqual([expect.stringMatching(problem)]);
    });

    it("allows 'wasm-unsafe-eval' only when the build ships WebAssembly, and dynamic-URL resources", () => {
      const m: ManifestLike = {
        ...base,
        content_security_policy: { extension_pages: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
        web_accessible_resources: [{ resources: ['x.png'], matches: ['https://x.com/*'], use_dynamic_url: true }],
      };
      expect(manifestProblems(m, { wasmInBuild: true })).toEqual([]);
    });
  });
});
