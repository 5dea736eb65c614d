// What the extension may ask the browser for, and the checks that hold a
// manifest (source or built) to it. Used by the unit test on manifest.json and
// by the e2e test on the built manifests in dist/.
//
// Adding a permission means adding it HERE, with the reason, in a reviewed
// change: the tests fail on anything not listed.

/** API permissions, each with why it is needed. */
export const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'settings in storage.sync, the member insignia gallery in storage.local, department policy in storage.managed (never drafts)',
  offscreen: 'Chrome only: image checks need a DOM, which the MV3 service worker lacks',
  scripting: 'registers the content script on Mastodon instances the member names (optional host access)',
};

/** Host access granted at install: none. Content scripts get their sites from content_scripts.matches. */
export const ALLOWED_HOST_PERMISSIONS: Record<string, string> = {};

/** Host access the member may grant later, each with why. */
export const ALLOWED_OPTIONAL_HOST_PERMISSIONS: Record<string, string> = {
  'https://*/*': 'a Mastodon instance the member adds in options (any host name); asked for one origin at a time',
};

/** Optional API permissions: none. */
export const ALLOWED_OPTIONAL_PERMISSIONS: Record<string, string> = {
  trialML: "Firefox only, asked on the member's click: the deep check through Firefox's on-device ML API (off by default)",
};

/** Which built code must show a permission in use (the manifest asks only for what it uses). */
export const PERMISSION_USE: Record<string, RegExp> = {
  storage: /\.storage\b/,
  offscreen: /\.offscreen\b/,
  scripting: /\.scripting\b/,
};

/** Sources that must never appear in an extension page's script-src: anything remote or eval. */
const FORBIDDEN_SCRIPT_SOURCES = [/^https?:/i, /^\*$/, /^'unsafe-eval'$/i, /^'unsafe-inline'$/i, /^data:$/i, /^blob:$/i, /^http:$|^https:$/i, /^ws:|^wss:/i, /\*/];

export interface ManifestLike {
  manifest_version?: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  web_accessible_resources?: ({ resources: string[]; matches?: string[]; use_dynamic_url?: boolean } | string)[];
  externally_connectable?: unknown;
  content_scripts?: { matches?: string[]; world?: string }[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

function notAllowed(list: string[] | undefined, allowed: Record<string, string>): string[] {
  return (list ?? []).filter((p) => !Object.hasOwn(allowed, p));
}

/** Every problem found, as readable lines; [] means the manifest passes. */
export function manifestProblems(m: ManifestLike, options: { wasmInBuild?: boolean } = {}): string[] {
  const problems: string[] = [];
  for (const p of notAllowed(m.permissions, ALLOWED_PERMISSIONS)) problems.push(`permission not on the allow-list: ${p}`);
  for (const p of notAllowed(m.optional_permissions, ALLOWED_OPTIONAL_PERMISSIONS)) problems.push(`optional permission not on the allow-list: ${p}`);
  for (const p of notAllowed(m.host_permissions, ALLOWED_HOST_PERMISSIONS)) problems.push(`host permission not on the allow-list: ${p}`);
  for (const p of notAllowed(m.optional_host_permissions, ALLOWED_OPTIONAL_HOST_PERMISSIONS)) problems.push(`optional host permission not on the allow-list: ${p}`);

  const csp = m.content_security_policy;
  if (typeof csp === 'string') problems.push('content_security_policy must be the MV3 object form');
  for (const [name, policy] of Object.entries(typeof csp === 'object' && csp ? csp : {})) {
    problems.push(...cspProblems(name, policy ?? '', options.wasmInBuild ?? false));
  }

  if (m.externally_connectable !== undefined) problems.push('externally_connectable lets web pages message the extension');
  for (const war of m.web_accessible_resources ?? []) {
    // A fixed URL lets any page probe for the extension; Chrome's dynamic URLs change per session.
    if (typeof war === 'string' || war.use_dynamic_url !== true) problems.push(`fixed-URL web_accessible_resources: ${JSON.stringify(war)}`);
  }
  for (const cs of m.content_scripts ?? []) {
    if (cs.world === 'MAIN') problems.push('a content script runs in the page world, where the page can see it');
    for (const match of cs.matches ?? []) if (!match.startsWith('https://')) problems.push(`content script on a non-HTTPS or wildcard origin: ${match}`);
  }
  const dcp = m.browser_specific_settings?.gecko?.data_collection_permissions;
  if (dcp && (dcp.required?.some((r) => r !== 'none') || (dcp.optional?.length ?? 0) > 0)) {
    problems.push(`Firefox data_collection_permissions must be none: ${JSON.stringify(dcp)}`);
  }
  return problems;
}

function cspProblems(name: string, policy: string, wasmInBuild: boolean): string[] {
  const problems: string[] = [];
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!.toLowerCase(), parts.slice(1)] as const),
  );
  // script-src falls back to default-src; with neither, MV3's own default ('self') applies.
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
  for (const source of scriptSrc) {
    if (FORBIDDEN_SCRIPT_SOURCES.some((re) => re.test(source))) problems.push(`CSP ${name} allows remote or eval script: ${source}`);
    if (/^'wasm-unsafe-eval'$/i.test(source) && !wasmInBuild) problems.push(`CSP ${name} allows 'wasm-unsafe-eval' but the build has no WebAssembly`);
  }
  if (name === 'extension_pages') {
    // Nothing but the package itself: no fetch, beacon or image to any other host from our pages.
    const defaults = directives.get('default-src');
    if (!defaults || defaults.join(' ') !== "'self'") problems.push(`CSP ${name} needs default-src 'self'`);
    for (const [directive, allowed] of [['connect-src', ["'self'", "'none'"]], ['img-src', ["'self'", 'data:', 'blob:', "'none'"]]] as const) {
      for (const source of directives.get(directive) ?? []) if (!(allowed as readonly string[]).includes(source)) problems.push(`CSP ${name} ${directive} allows ${source}`);
    }
    for (const [directive, sources] of directives) {
      if (directive === 'script-src' || directive === 'connect-src' || directive === 'img-src') continue;
      for (const source of sources) if (!["'self'", "'none'"].includes(source)) problems.push(`CSP ${name} ${directive} allows ${source}`);
    }
  }
  for (const [directive, sources] of directives) {
    if (directive === 'script-src' || directive === 'default-src') continue;
    if (directive === 'object-src' || directive === 'worker-src' || directive === 'script-src-elem') {
      for (const source of sources) if (/^https?:|^\*$|\*/i.test(source)) problems.push(`CSP ${name} ${directive} allows remote code: ${source}`);
    }
  }
  return problems;
}
