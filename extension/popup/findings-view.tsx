// "This page": the warnings for the current tab's draft, or a state that says
// something useful (nothing found, paused, not a supported site).
import { useState } from 'preact/hooks';
import type { Report } from '../../src/messages/schemas';
import type { PolicyPack } from '../../src/policy/schema';
import type { Settings, SiteId } from '../../src/settings/schema';
import { siteList, SITE_LABELS } from '../ui/labels';
import { Toggle } from '../ui/settings-controls';
import { FindingCard } from './finding-card';
import { groupFindings, type FindingGroup } from './group-findings';

export interface PageStatus {
  report: Report | null;
  error: string | null;
  /** The site the tab is on, when Second Look runs there. */
  site: SiteId | null;
  host: string | null;
}

interface Props {
  pack: PolicyPack;
  status: PageStatus;
  settings: Settings | null;
  onAcknowledge: (clause: string, acknowledged: boolean) => void;
  /** Switches checking on this site on or off (the stored, validated `disabledSites`). */
  onSiteSwitch: (site: SiteId, on: boolean) => void;
  siteLocked: boolean;
  onResume: () => void;
  onAddMastodon: (host: string) => void;
  onOpenOptions: (section?: string) => void;
}

export function FindingsView(props: Props) {
  const { status, settings } = props;
  const site = status.site;
  return (
    <>
      {site && settings && !settings.paused && (
        <div class="site-switch">
          <Toggle
            id="page-site"
            label={`Check drafts on ${SITE_LABELS[site]}`}
            checked={!settings.disabledSites.includes(site)}
            locked={props.siteLocked}
            onChange={(on) => props.onSiteSwitch(site, on)}
          />
        </div>
      )}
      <PageFindings {...props} />
    </>
  );
}

function PageFindings(props: Props) {
  const { status } = props;
  /** The clause just marked as considered: its card takes the focus when it comes back. */
  const [justConsidered, setJustConsidered] = useState<string | null>(null);
  const onAcknowledge = (clause: string, acknowledged: boolean) => {
    setJustConsidered(acknowledged ? clause : null);
    props.onAcknowledge(clause, acknowledged);
  };
  if (status.error) {
    return (
      <div class="state" role="alert">
        <h2>Could not get this page's report</h2>
        <p>{status.error}</p>
      </div>
    );
  }
  if (!status.report) return <p aria-live="polite">Looking at this page…</p>;
  const grouped = groupFindings(status.report.findings);
  const total = grouped.warnings.length + grouped.considered.length + grouped.notes.length;
  if (!total) return <EmptyState {...props} />;
  return (
    <div class="findings">
      <h2 class="visually-hidden">Warnings for the draft on this page</h2>
      <p class="summary" role="status">
        {grouped.warnings.length
          ? `${grouped.warnings.length} ${grouped.warnings.length === 1 ? 'part' : 'parts'} of the order to look at before you post.`
          : 'No warnings left in this draft.'}{' '}
        <span class="muted">Advice only: you decide what to post.</span>
      </p>
      {grouped.considered.length > 0 && (
        // Above the warnings: what was just marked stays where the member is looking.
        <section class="considered-list" aria-labelledby="considered-title">
          <h2 id="considered-title" class="small">Considered for this draft</h2>
          {grouped.considered.map((g) => (
            <FindingCard key={g.clause} group={g} pack={props.pack} onAcknowledge={onAcknowledge} focusUndo={g.clause === justConsidered} />
          ))}
        </section>
      )}
      {grouped.warnings.map((g) => (
        <FindingCard key={g.clause} group={g} pack={props.pack} onAcknowledge={onAcknowledge} />
      ))}
      {grouped.notes.length > 0 && <Notes groups={grouped.notes} pack={props.pack} />}
    </div>
  );
}

function Notes({ groups, pack }: { groups: FindingGroup[]; pack: PolicyPack }) {
  return (
    <details class="notes">
      <summary>
        {groups.length} {groups.length === 1 ? 'note' : 'notes'} (no conflict)
      </summary>
      <ul>
        {groups.map((g) => (
          <li key={g.clause}>
            <strong>{pack.clauses.find((c) => c.id === g.clause)?.title ?? g.clause}:</strong> {g.messages.join(' ')}{' '}
            <a href={`#clause/${g.clause}`}>Read the clause</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function EmptyState({ status, settings, onResume, onAddMastodon, onOpenOptions }: Props) {
  const supported = status.site !== null || status.report?.site != null;
  if (settings?.paused) {
    return (
      <div class="state">
        <h2>Second Look is paused</h2>
        <p>Drafts are not being checked on any site.</p>
        <button type="button" class="primary" onClick={onResume}>
          Resume checking
        </button>
      </div>
    );
  }
  if (supported) {
    const siteOff = status.site !== null && settings?.disabledSites.includes(status.site);
    const siteName = status.site ? SITE_LABELS[status.site] : status.report?.site;
    if (siteOff) {
      return (
        <div class="state">
          <h2>Checking is off on {siteName}</h2>
          <p>Drafts on {siteName} are not read. Switch it back on above.</p>
        </div>
      );
    }
    return (
      <div class="state">
        <h2>No warnings in the draft on this page</h2>
        <p>
          Second Look checks as you type on {siteList()}. Start a post or a comment on {siteName ?? 'this site'} and any part of
          the order it may conflict with shows here and next to the compose box.
        </p>
        <p class="small muted">To look something up in the order, use “Look up the order”.</p>
      </div>
    );
  }
  const host = status.host;
  if (!host) {
    // The browser hides the address of pages Second Look does not run on; this may also be a supported site before any draft.
    return (
      <div class="state">
        <h2>No draft checked on this page</h2>
        <p>
          Second Look checks drafts as you type on {siteList()}. If this is one of them, start a post or a comment and the
          warnings show here and next to the compose box.
        </p>
        <p>
          On Mastodon?{' '}
          <button type="button" class="link" onClick={() => onOpenOptions('mastodon')}>
            Add your Mastodon server in the settings
          </button>
        </p>
        <p class="small muted">You can still look up any part of the order under “Look up the order”.</p>
      </div>
    );
  }
  return (
    <div class="state">
      <h2>Not a site Second Look checks</h2>
      <p>It checks drafts on {siteList()}. Nothing on this page is read.</p>
      <p>
        Is <strong>{host}</strong> a Mastodon server you post on?{' '}
        <button type="button" onClick={() => onAddMastodon(host)}>
          Check drafts on {host}
        </button>
      </p>
      <p class="small muted">You can still look up any part of the order under “Look up the order”.</p>
    </div>
  );
}
