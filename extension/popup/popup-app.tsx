// The popup shell: three views (this page, look up the order, settings) and
// deep links into the order, all addressed by the URL hash.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { defaultPack, packById } from '../../src/policy';
import { siteForHost } from '../../src/sites';
import { OrderInfo } from '../ui/order-info';
import { requestHostAccess } from '../ui/permissions';
import { useSettings } from '../ui/use-settings';
import { DeepCheckLine } from './deep-check-line';
import { targetTab, type TargetTab } from './active-tab';
import { acknowledge, getReport } from './background-client';
import { DocView } from './doc-view';
import { FindingsView, type PageStatus } from './findings-view';
import { docIdFor, PopupShell, viewFor } from './popup-shell';
import { QuickSettings } from './quick-settings';
import { SearchView } from './search-view';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return hash;
}

function openOptions(section?: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`extension/options/index.html${section ? `#${section}` : ''}`) });
}

export function PopupApp() {
  const hash = useHash();
  const settings = useSettings();
  /** undefined while looking for it, null when there is no tab to explain. */
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [status, setStatus] = useState<Omit<PageStatus, 'site'>>({ report: null, error: null, host: null });
  const [query, setQuery] = useState('');

  useEffect(() => {
    targetTab().then(setTab, () => setTab(null));
  }, []);

  const refresh = useCallback(async () => {
    if (tab === undefined) return;
    if (tab === null) return setStatus({ report: null, error: 'There is no tab to explain.', host: null });
    try {
      setStatus({ report: await getReport(tab.id), error: null, host: tab.host });
    } catch (e) {
      setStatus({ report: null, error: e instanceof Error ? e.message : String(e), host: tab.host });
    }
  }, [tab]);

  useEffect(() => {
    void refresh();
    // Typing happens in the page: catch up whenever the popup comes back into view.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    addEventListener('focus', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      removeEventListener('focus', onVisible);
    };
  }, [refresh]);

  useEffect(() => void performance.mark('popup-first-render'), []);

  const onAcknowledge = async (clause: string, acknowledged: boolean) => {
    if (!tab) return;
    await acknowledge(tab.id, clause, acknowledged);
    await refresh();
  };
  const onAddMastodon = (host: string) => {
    // permissions.request first, inside the click: the prompt needs the user gesture.
    void requestHostAccess(host).then(async (granted) => {
      if (granted && settings && !settings.settings.mastodonInstances.includes(host)) {
        await settings.save({ mastodonInstances: [...settings.settings.mastodonInstances, host] });
      }
    });
  };

  // The browser tells us the tab's address only on some pages; the report names the site once a draft was checked.
  const host = status.host ?? status.report?.site ?? null;
  const site = host ? siteForHost(host, settings?.settings.mastodonInstances ?? []) : null;
  const docId = docIdFor(hash);
  const view = viewFor(hash);
  // Counted like the page's summary: clauses with a warning, not individual passages.
  const warnings = new Set(status.report?.findings.filter((f) => f.severity !== 'info').map((f) => f.clause)).size;
  // The pack in force: the member's or the department's choice (the background evaluates with the same one).
  const pack = (settings && packById(settings.settings.pack)) ?? defaultPack;

  return (
    <PopupShell view={view} warnings={warnings} footer={<OrderInfo pack={pack} requiredVersion={settings?.settings.policyPackVersion} />}>
      {docId ? (
        <DocView pack={pack} id={docId} />
      ) : view === '#search' ? (
        <SearchView pack={pack} query={query} onQuery={setQuery} />
      ) : view === '#settings' ? (
        settings ? (
          <QuickSettings
            settings={settings.settings}
            locked={settings.locked}
            problems={settings.problems}
            site={site}
            save={(patch) => void settings.save(patch)}
            onOpenOptions={() => openOptions()}
          />
        ) : (
          <p aria-live="polite">Loading settings…</p>
        )
      ) : (
        <FindingsView
          pack={pack}
          status={{ ...status, site }}
          settings={settings?.settings ?? null}
          onAcknowledge={(c, a) => void onAcknowledge(c, a)}
          siteLocked={settings?.locked.includes('disabledSites') ?? false}
          onSiteSwitch={(s, on) => {
            if (!settings) return;
            const off = settings.settings.disabledSites.filter((x) => x !== s);
            void settings.save({ disabledSites: on ? off : [...off, s] });
          }}
          onResume={() => void settings?.save({ paused: false })}
          onAddMastodon={onAddMastodon}
          onOpenOptions={openOptions}
        />
      )}
      {!docId && view !== '#search' && view !== '#settings' && settings?.settings.deepCheck && <DeepCheckLine onOpenOptions={() => openOptions('deepCheck')} />}
    </PopupShell>
  );
}
