// The background's message handling as a pure function of (message, sender,
// state), so it is unit-testable without a browser. index.ts wires it up.
import { evaluate } from '../../src/engine';
import { defaultPack, packById } from '../../src/policy';
import {
  BackgroundMessageSchema,
  type EvaluateResponse,
  type Finding,
  type Report,
} from '../../src/messages/schemas';
import type { Settings } from '../../src/settings/schema';
import { ImageStore } from './image-store';

export interface SenderInfo {
  /** Our own extension id: only messages from it are answered. */
  extensionId: string;
  senderId: string | undefined;
  tabId: number | undefined;
  /** Host of the sending frame (content scripts), undefined for extension pages. */
  host: string | undefined;
  /**
   * The sender is one of our own pages (popup, options), told apart by its URL:
   * an extension page opened in a tab has a `sender.tab` too, a content script
   * never has our origin.
   */
  extensionPage?: boolean;
}

/** Messages only the popup (an extension page) may send: they read or change any tab's report. */
const EXTENSION_PAGE_ONLY = new Set(['report/get', 'finding/acknowledge']);


interface TabState {
  site: string | null;
  /** Latest findings per composer in the tab. */
  composers: Map<string, Finding[]>;
  acknowledged: Set<string>;
}

/** In-memory only: reports are never persisted. */
export class BackgroundState {
  readonly tabs = new Map<number, TabState>();
  /** Attached images' signals per composer (see image-store.ts, images.ts). */
  readonly images = new ImageStore();
  tab(tabId: number): TabState {
    let t = this.tabs.get(tabId);
    if (!t) this.tabs.set(tabId, (t = { site: null, composers: new Map(), acknowledged: new Set() }));
    return t;
  }
  report(tabId: number): Report {
    const t = this.tabs.get(tabId);
    return { tabId, site: t?.site ?? null, findings: t ? withAcknowledged([...t.composers.values()].flat(), t.acknowledged) : [] };
  }
}

/** Longest excerpt the popup shows for one finding. */
const MAX_EXCERPT = 240;

/** The spans' text, so the popup can show what was flagged without the whole draft. */
export function withExcerpt(finding: Finding, text: string): Finding {
  const parts = finding.spans.map((s) => text.slice(s.start, s.end).trim()).filter(Boolean);
  if (!parts.length) return finding;
  const excerpt = [...new Set(parts)].join(' … ');
  return { ...finding, excerpt: excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT - 1)}…` : excerpt };
}

/** Clauses the member marked as considered drop to info; stored findings stay as evaluated so undo is instant. */
export function withAcknowledged(findings: Finding[], acknowledged: Set<string>): Finding[] {
  return findings.map((f) =>
    acknowledged.has(f.clause) && f.severity !== 'info' ? { ...f, severity: 'info', downgradedBy: f.downgradedBy ?? 'acknowledged' } : f,
  );
}

const KNOWN_TYPES = new Set<unknown>(BackgroundMessageSchema.def.options.flatMap((o) => o.def.shape.type.def.values));

export type HandleResult = { ok: true; response: unknown } | { ok: false; error: string };

/** Logs describe the problem, never the draft text. */
export function handleMessage(raw: unknown, sender: SenderInfo, state: BackgroundState, settings: Settings): HandleResult {
  if (sender.senderId !== sender.extensionId) return { ok: false, error: 'message from another extension refused' };
  const parsed = BackgroundMessageSchema.safeParse(raw);
  if (!parsed.success) {
    // Name the type only when it is one we know: an unknown `type` may hold draft text (found by fuzzing).
    const claimed = raw && typeof raw === 'object' && 'type' in raw ? (raw as { type: unknown }).type : undefined;
    const type = KNOWN_TYPES.has(claimed) ? String(claimed) : claimed === undefined ? typeof raw : 'unknown type';
    return { ok: false, error: `malformed message (${type}): ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.code}`).join('; ')}` };
  }
  const msg = parsed.data;
  if (EXTENSION_PAGE_ONLY.has(msg.type) && !sender.extensionPage) return { ok: false, error: `${msg.type} is answered for extension pages only` };
  switch (msg.type) {
    case 'draft/evaluate': {
      if (sender.tabId === undefined) return { ok: false, error: 'draft/evaluate must come from a tab' };
      // The site is where a content script's message came from, never what it says (our own pages, e.g. tests of a policy, may name one).
      const site = sender.extensionPage ? msg.site : (sender.host ?? '');
      const tab = state.tab(sender.tabId);
      tab.site = site;
      // An emptied composer (posted or cleared) starts a new draft: acknowledgements were for the old one.
      if (!msg.text.trim()) tab.acknowledged.clear();
      const evaluated = evaluate(
        { text: msg.text, site, images: state.images.forEvaluation(tab, msg.composerId, { text: msg.text, site, seq: msg.seq }) },
        { sensitivity: settings.sensitivity, cityDevice: settings.cityDevice, watchTerms: settings.watchTerms },
        packById(settings.pack) ?? defaultPack,
      ).map((f) => withExcerpt(f, msg.text));
      tab.composers.set(msg.composerId, evaluated);
      const findings = withAcknowledged(evaluated, tab.acknowledged);
      const response: EvaluateResponse = { type: 'draft/result', composerId: msg.composerId, seq: msg.seq, findings };
      return { ok: true, response };
    }
    case 'composer/gone': {
      const tab = sender.tabId !== undefined ? state.tabs.get(sender.tabId) : undefined;
      tab?.composers.delete(msg.composerId);
      if (tab) state.images.drop(tab, msg.composerId);
      if (tab && !tab.composers.size) tab.acknowledged.clear();
      return { ok: true, response: null };
    }
    case 'report/get':
      return { ok: true, response: state.report(msg.tabId) };
    case 'finding/acknowledge': {
      const tab = state.tab(msg.tabId);
      if (msg.acknowledged) tab.acknowledged.add(msg.clause);
      else tab.acknowledged.delete(msg.clause);
      return { ok: true, response: null };
    }
  }
}
