// The e2e harness in one import. See each module's header:
//   hosts.ts     site host names ↔ fixture pages (one list for tests, build and playground)
//   server.ts    local HTTPS server for tests/e2e/fixtures/dist, any Host header
//   browser.ts   Debian Chromium + the built extension + host mapping + request recorder
//   report.ts    report/get from an extension page, tab id of a page, waitForReport
//   input.ts     real keyboard typing into composers
//   fixture.ts   typed access to the page-owned window.__fixture (editor model text, caret, submissions)
//   artifacts.ts screenshots into artifacts/screenshots/
//   manifest.ts  the built manifest and its fixed-URL web-accessible resources
//   png.ts       screenshot pixels (find one of our buttons by colour where automation cannot see it)
// Also here, imported by path (DevTools-level tools written for the privacy,
// inline and benchmark work): cdp.ts (raw browser-wide DevTools connection),
// extension-network.ts (requests from every extension target, offscreen
// included), content-world.ts (the content script's isolated world),
// extension-cpu.ts.
export * from './hosts';
export * from './server';
export * from './browser';
export * from './report';
export * from './input';
export * from './fixture';
export * from './artifacts';
export * from './manifest';
export * from './attach-image';
export * from './png';
export * from './review-dialog';
