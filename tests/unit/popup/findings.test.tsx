// @vitest-environment happy-dom
// How the popup explains findings: grouped by clause, most severe first,
// with the order's words, exceptions as questions (public concern as clearly
// as the rule), mark-as-considered and undo.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/messages/schemas';
import { defaultPack } from '../../../src/policy';
import { FindingCard } from '../../../extension/popup/finding-card';
import { FindingsView } from '../../../extension/popup/findings-view';
import { groupFindings } from '../../../extension/popup/group-findings';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

afterEach(cleanup);

function finding(clause: string, severity: Finding['severity'], start: number, over: Partial<Finding> = {}): Finding {
  const c = defaultPack.clauses.find((x) => x.id === clause)!;
  return {
    clause,
    severity,
    spans: [{ start, end: start + 4 }],
    message: `${clause} message ${start}`,
    why: c.rule,
    exceptions: c.exceptions.map((e) => ({ id: e.id, question: e.question, quote: e.quote })),
    suggestion: { advice: c.rephrase },
    ...over,
  };
}

describe('groupFindings', () => {
  it('one group per clause, most severe first, then by position; info and considered apart', () => {
    const g = groupFindings([
      finding('insignia', 'medium', 2),
      finding('officer-photos', 'info', 0),
      finding('disparagement', 'high', 30, { excerpt: 'idiots' }),
      finding('disparagement', 'medium', 10, { excerpt: 'clowns' }),
      finding('violent-content', 'info', 5, { downgradedBy: 'acknowledged' }),
    ]);
    expect(g.warnings.map((x) => [x.clause, x.severity])).toEqual([
      ['disparagement', 'high'],
      ['insignia', 'medium'],
    ]);
    expect(g.warnings[0]!.excerpts).toEqual(['idiots', 'clowns']);
    expect(g.considered.map((x) => x.clause)).toEqual(['violent-content']);
    expect(g.notes.map((x) => x.clause)).toEqual(['officer-photos']);
  });
});

describe('FindingCard', () => {
  it('names the attached image a finding came from, without a draft quote', () => {
    const [group] = groupFindings([{ ...finding('insignia', 'high', 0), spans: [], image: 1 } as Finding]).warnings;
    render(<FindingCard group={group!} pack={defaultPack} onAcknowledge={() => {}} />);
    const text = screen.getByRole('article').textContent;
    expect(text).toContain('In the attached image');
    expect(text).toContain('Image 2 you attached');
    expect(text).not.toContain('In your draft');
  });

  it('names several attached images in one group', () => {
    const image = (i: number) => ({ ...finding('insignia', 'high', 0), spans: [], image: i }) as Finding;
    const [group] = groupFindings([image(2), image(0)]).warnings;
    render(<FindingCard group={group!} pack={defaultPack} onAcknowledge={() => {}} />);
    expect(screen.getByRole('article').textContent).toContain('Images 1 and 3 you attached');
  });

  it('shows the excerpt, explanation, the rule quoted with its section, exceptions as questions and the suggestion', () => {
    const [group] = groupFindings([finding('disparagement', 'high', 0, { excerpt: 'the chief is a clown' })]).warnings;
    render(<FindingCard group={group!} pack={defaultPack} onAcknowledge={() => {}} />);
    const clause = defaultPack.clauses.find((c) => c.id === 'disparagement')!;
    const card = screen.getByRole('article', { name: clause.title });
    expect(card.textContent).toContain('“the chief is a clown”');
    expect(card.textContent).toContain(clause.explanation);
    expect(card.textContent).toContain(clause.rule);
    expect(card.textContent).toContain('Personal Use of Social Media');
    expect(card.textContent).toContain(clause.rephrase);
    // Public concern: as clearly as the rule, with the order's definition.
    expect(card.textContent).toContain('The order protects speech on matters of public concern');
    expect(card.textContent).toContain(clause.exceptions[0]!.question);
    expect(card.textContent).toContain('matters involving issues of social, political, or other interest to a community');
    expect(screen.getByRole('link', { name: 'Read this clause in the order' }).getAttribute('href')).toBe('#clause/disparagement');
  });

  it('"This is a matter of public concern" marks the clause as considered; a considered one offers undo', () => {
    const onAcknowledge = vi.fn();
    const [group] = groupFindings([finding('disparagement', 'high', 0)]).warnings;
    render(<FindingCard group={group!} pack={defaultPack} onAcknowledge={onAcknowledge} />);
    fireEvent.click(screen.getByRole('button', { name: 'This is a matter of public concern' }));
    expect(onAcknowledge).toHaveBeenCalledWith('disparagement', true);
    cleanup();

    const [considered] = groupFindings([finding('disparagement', 'info', 0, { downgradedBy: 'acknowledged' })]).considered;
    render(<FindingCard group={considered!} pack={defaultPack} onAcknowledge={onAcknowledge} />);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onAcknowledge).toHaveBeenCalledWith('disparagement', false);
  });

  it('other exceptions are offered by name (insignia: sponsored event)', () => {
    const [group] = groupFindings([finding('insignia', 'high', 0)]).warnings;
    render(<FindingCard group={group!} pack={defaultPack} onAcknowledge={() => {}} />);
    expect(screen.getByRole('button', { name: 'This applies: Department-sponsored event' })).toBeTruthy();
  });
});

describe('FindingsView states', () => {
  const props = { pack: defaultPack, settings: DEFAULT_SETTINGS, onAcknowledge: () => {}, onResume: () => {}, onAddMastodon: vi.fn(), onOpenOptions: () => {}, onSiteSwitch: vi.fn(), siteLocked: false };
  const report = (findings: Finding[], site: string | null = 'x.com') => ({ tabId: 1, site, findings });

  it('empty on a supported site: says where and how it checks', () => {
    render(<FindingsView {...props} status={{ report: report([]), error: null, site: 'x', host: 'x.com' }} />);
    expect(screen.getByRole('heading', { name: 'No warnings in the draft on this page' })).toBeTruthy();
    expect(document.body.textContent).toContain('X (Twitter), Facebook');
  });

  it('an unsupported site offers to add it as a Mastodon server', () => {
    render(<FindingsView {...props} status={{ report: report([], null), error: null, site: null, host: 'social.example.net' }} />);
    expect(screen.getByRole('heading', { name: 'Not a site Second Look checks' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check drafts on social.example.net' }));
    expect(props.onAddMastodon).toHaveBeenCalledWith('social.example.net');
  });

  it('paused says so and offers to resume', () => {
    render(<FindingsView {...props} settings={{ ...DEFAULT_SETTINGS, paused: true }} status={{ report: report([]), error: null, site: 'x', host: 'x.com' }} />);
    expect(screen.getByRole('button', { name: 'Resume checking' })).toBeTruthy();
  });

  it('the current site has its own on/off switch on this page', () => {
    render(<FindingsView {...props} status={{ report: report([]), error: null, site: 'x', host: 'x.com' }} />);
    const box = screen.getByRole('checkbox', { name: 'Check drafts on X (Twitter)' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(props.onSiteSwitch).toHaveBeenCalledWith('x', false);
  });

  it('switched off on this site: says so, and the switch turns it back on', () => {
    render(<FindingsView {...props} settings={{ ...DEFAULT_SETTINGS, disabledSites: ['x'] }} status={{ report: report([]), error: null, site: 'x', host: 'x.com' }} />);
    expect(screen.getByRole('heading', { name: 'Checking is off on X (Twitter)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Check drafts on X (Twitter)' }));
    expect(props.onSiteSwitch).toHaveBeenLastCalledWith('x', true);
  });

  it('a warning marked as considered says so first and offers undo', () => {
    render(<FindingsView {...props} status={{ report: report([finding('disparagement', 'info', 0, { downgradedBy: 'acknowledged' })]), error: null, site: 'x', host: 'x.com' }} />);
    const region = screen.getByRole('region', { name: 'Considered for this draft' });
    expect(region.querySelector('.chip.ok')?.textContent).toBe('Considered');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('info-only findings are shown quietly, folded away', () => {
    render(<FindingsView {...props} status={{ report: report([finding('officer-photos', 'info', 0)]), error: null, site: 'x', host: 'x.com' }} />);
    expect(screen.queryByRole('article')).toBeNull();
    expect(document.querySelector('details.notes')?.textContent).toContain('Photos identifying officers');
  });
});
