// One clause's warning: what was flagged, why, the order's words, the
// exceptions as questions (public concern as clearly as the rule), and how
// to say it within the order.
import { useEffect, useRef } from 'preact/hooks';
import type { Clause, PolicyPack } from '../../src/policy/schema';
import { SEVERITY_LABEL, type FindingGroup } from './group-findings';
import { orderName } from '../../src/policy/schema';

interface Props {
  group: FindingGroup;
  pack: PolicyPack;
  onAcknowledge: (clause: string, acknowledged: boolean) => void;
  /** Just marked as considered here: show it (scroll to it, focus its Undo). */
  focusUndo?: boolean;
}

export function FindingCard({ group, pack, onAcknowledge, focusUndo }: Props) {
  const clause = pack.clauses.find((c) => c.id === group.clause);
  const titleId = `finding-${group.clause}`;
  if (group.acknowledged) return <ConsideredCard group={group} pack={pack} onAcknowledge={onAcknowledge} focusUndo={focusUndo} />;
  return (
    <article class={`finding ${group.severity}`} aria-labelledby={titleId}>
      <header class="finding-head">
        <span class={`chip ${group.severity}`}>{SEVERITY_LABEL[group.severity]}</span>
        <h3 id={titleId}>{clause?.title ?? group.clause}</h3>
      </header>
      {group.messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {group.excerpts.length > 0 && (
        <div class="excerpt">
          <h4>In your draft</h4>
          {group.excerpts.map((e) => (
            <blockquote key={e}>“{e}”</blockquote>
          ))}
        </div>
      )}
      {group.images.length > 0 && (
        // An image finding has no words of the draft to quote: say which attachment it is.
        <div class="excerpt">
          <h4>{group.images.length === 1 ? 'In the attached image' : 'In the attached images'}</h4>
          <p>{imageList(group.images)} you attached, looked at on this device only.</p>
        </div>
      )}
      {clause && <ClauseExplanation clause={clause} pack={pack} />}
      <Exceptions group={group} clause={clause} pack={pack} onAcknowledge={onAcknowledge} />
      <div class="suggestion">
        <h4>How to say it within the order</h4>
        {group.advice.map((a) => (
          <p key={a}>{a}</p>
        ))}
        {group.replacements.map((r) => (
          <p key={r}>
            For example: <q>{r}</q>
          </p>
        ))}
      </div>
      <p class="small">
        <a href={`#clause/${group.clause}`}>Read this clause in the order</a>
      </p>
    </article>
  );
}

/**
 * A warning the member marked as considered: that state first and plain to
 * see (with Undo), the rest of the explanation folded away.
 */
function ConsideredCard({ group, pack, onAcknowledge, focusUndo }: Props) {
  const clause = pack.clauses.find((c) => c.id === group.clause);
  const titleId = `finding-${group.clause}`;
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusUndo || !undo.current) return;
    undo.current.scrollIntoView({ block: 'nearest' });
    undo.current.focus({ preventScroll: true });
  }, [focusUndo]);
  return (
    <article class="finding considered-card" aria-labelledby={titleId}>
      <header class="finding-head">
        <span class="chip ok">Considered</span>
        <h3 id={titleId}>{clause?.title ?? group.clause}</h3>
      </header>
      <div class="considered" role="status">
        <p>You marked this as considered for this draft. It stays a quiet note until the draft is posted or cleared.</p>
        <button ref={undo} type="button" onClick={() => onAcknowledge(group.clause, false)}>
          Undo
        </button>
      </div>
      <details class="more">
        <summary>What it was about</summary>
        {group.messages.map((m) => (
          <p key={m}>{m}</p>
        ))}
        {group.excerpts.map((e) => (
          <blockquote key={e}>“{e}”</blockquote>
        ))}
        {clause && <ClauseExplanation clause={clause} pack={pack} />}
      </details>
    </article>
  );
}

/** [0] → "Image 1"; [0, 2] → "Images 1 and 3". */
function imageList(images: readonly number[]): string {
  const numbers = images.map((i) => String(i + 1));
  if (numbers.length === 1) return `Image ${numbers[0]}`;
  return `Images ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

function sectionTitle(pack: PolicyPack, clause: Clause): string {
  return pack.sections.find((s) => s.id === clause.section)?.title ?? clause.section;
}

function ClauseExplanation({ clause, pack }: { clause: Clause; pack: PolicyPack }) {
  return (
    <>
      <h4>Why</h4>
      <p>{clause.explanation}</p>
      <h4>The order says</h4>
      <figure class="quote">
        <blockquote>{clause.rule}</blockquote>
        <figcaption class="small muted">
          {orderName(pack)}, {sectionTitle(pack, clause)}
        </figcaption>
      </figure>
    </>
  );
}

function Exceptions({ group, clause, pack, onAcknowledge }: Props & { clause: Clause | undefined }) {
  const exceptions = group.exceptionIds
    .map((id) => clause?.exceptions.find((e) => e.id === id) ?? group.findings.flatMap((f) => f.exceptions).find((e) => e.id === id))
    .filter((e) => e !== undefined);
  if (!exceptions.length) return null;
  const definition = pack.definitions.find((d) => /public concern/i.test(d.term));
  return (
    <div class="exceptions">
      <h4>Could an exception apply?</h4>
      {exceptions.map((e) => {
        const isPublicConcern = e.id === 'public-concern';
        const label = 'label' in e ? String(e.label) : e.id;
        return (
          <section key={e.id} class={isPublicConcern ? 'exception protected' : 'exception'} aria-label={label}>
            {isPublicConcern && <p class="protected-title">The order protects speech on matters of public concern</p>}
            <p>
              <strong>{e.question}</strong>
            </p>
            <blockquote class="small">{e.quote}</blockquote>
            {isPublicConcern && definition && (
              <p class="small">
                <dfn>{definition.term}</dfn>: {definition.text}
              </p>
            )}
            {group.severity !== 'info' && (
              <button type="button" onClick={() => onAcknowledge(group.clause, true)}>
                {isPublicConcern ? 'This is a matter of public concern' : `This applies: ${label}`}
              </button>
            )}
          </section>
        );
      })}
      {group.severity !== 'info' && (
        <p class="small muted">Marking it lowers this warning to a note for this draft only. Nothing is saved.</p>
      )}
    </div>
  );
}
