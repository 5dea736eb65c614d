// The popup's frame: title and view tabs. Small and free of the policy pack,
// zod and the browser API, so it paints at once while the rest loads.
import type { ComponentChildren } from 'preact';

export const VIEWS = [
  { hash: '#page', label: 'This page' },
  { hash: '#search', label: 'Look up the order' },
  { hash: '#settings', label: 'Settings' },
] as const;

/** A deep link into the order (#clause/…, #statute/…, #definition/…, #section/…), or null. */
export function docIdFor(hash: string): string | null {
  return /^#(clause|statute|definition|section)\//.test(hash) ? decodeURIComponent(hash.slice(1)) : null;
}

/** The tab a hash shows: deep links belong to the order's look-up. */
export function viewFor(hash: string): string {
  return docIdFor(hash) ? '#search' : VIEWS.some((v) => v.hash === hash) ? hash : '#page';
}

interface Props {
  view: string;
  /** Clauses with a warning on this page (0 while unknown). */
  warnings: number;
  children: ComponentChildren;
  footer?: ComponentChildren;
}

export function PopupShell({ view, warnings, children, footer }: Props) {
  return (
    <div class="popup">
      <header class="top">
        <h1>Second Look</h1>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.hash}>
                <a href={v.hash} aria-current={view === v.hash ? 'page' : undefined}>
                  {v.label}
                  {v.hash === '#page' && warnings > 0 && (
                    <>
                      <span class="count" aria-hidden="true">
                        {warnings}
                      </span>
                      <span class="visually-hidden">({warnings === 1 ? '1 warning' : `${warnings} warnings`})</span>
                    </>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>{children}</main>
      {footer && <footer>{footer}</footer>}
    </div>
  );
}
