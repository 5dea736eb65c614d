// Reading the BUILT manifest (what ships), not the source one.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './browser';

export interface WebAccessibleResource {
  resources?: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

export interface BuiltManifest {
  manifest_version: number;
  web_accessible_resources?: WebAccessibleResource[];
  content_scripts?: { matches: string[]; js?: string[]; all_frames?: boolean }[];
  [key: string]: unknown;
}

export function readBuiltManifest(extensionDir = 'dist/chrome'): BuiltManifest {
  return JSON.parse(readFileSync(join(resolve(REPO_ROOT, extensionDir), 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Resources a page could probe at a fixed chrome-extension://ID/path URL. */
export function fixedUrlResources(manifest: BuiltManifest): string[] {
  return (manifest.web_accessible_resources ?? []).filter((r) => r.use_dynamic_url !== true).flatMap((r) => r.resources ?? []);
}
