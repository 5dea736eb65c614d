// One part of the order in full, reached by a deep link (#clause/<id>,
// #statute/<id>, #definition/<id>, #section/<id>) from a finding or a result.
import { useEffect, useRef } from 'preact/hooks';
import type { PolicyPack } from '../../src/policy/schema';
import { orderName } from '../../src/policy/schema';

export function DocView({ pack, id }: { pack: PolicyPack; id: string }) {
  const [kind, key] = id.split('/', 2) as [string, string | undefined];
  const article = useRef<HTMLElement>(null);
  // Keyboard and screen-reader users land on what they opened, not on the link they left.
  useEffect(() => article.current?.querySelector<HTMLElement>('h2')?.focus(), [id]);
  return (
    <article class="doc" ref={article}>
      <p class="small">
        <button type="button" class="link" onClick={() => (history.length > 1 ? history.back() : (location.hash = '#search'))}>
          ← Back
        </button>
      </p>
      {kind === 'clause' ? (
        <ClauseDoc pack={pack} id={key} />
      ) : kind === 'statute' ? (
        <StatuteDoc pack={pack} id={key} />
      ) : kind === 'definition' ? (
        <DefinitionDoc pack={pack} id={key} />
      ) : kind === 'section' ? (
        <SectionDoc pack={pack} id={key} />
      ) : (
        <NotFound />
      )}
    </article>
  );
}

function NotFound() {
  return <h2 tabIndex={-1}>That part of the order was not found</h2>;
}

function ClauseDoc({ pack, id }: { pack: PolicyPack; id: string | undefined }) {
  const c = pack.clauses.find((x) => x.id === id);
  if (!c) return <NotFound />;
  const section = pack.sections.find((s) => s.id === c.section);
  const statutes = pack.statutes.filter((s) => s.clauses.includes(c.id));
  return (
    <>
      <p class="small muted">
        {orderName(pack)} · {section?.title ?? c.section} · {c.kind}
      </p>
      <h2 tabIndex={-1}>{c.title}</h2>
      <h3>The order says</h3>
      <blockquote>{c.rule}</blockquote>
      <h3>In plain words</h3>
      <p>{c.explanation}</p>
      {c.exceptions.length > 0 && (
        <>
          <h3>Exceptions in the order</h3>
          {c.exceptions.map((e) => (
            <section key={e.id} class={e.id === 'public-concern' ? 'exception protected' : 'exception'} aria-label={e.label}>
              <p>
                <strong>{e.label}.</strong> {e.question}
              </p>
              <blockquote class="small">{e.quote}</blockquote>
            </section>
          ))}
        </>
      )}
      <h3>How to say it within the order</h3>
      <p>{c.rephrase}</p>
      {statutes.length > 0 && (
        <p class="small">
          See also:{' '}
          {statutes.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <a href={`#statute/${s.id}`}>{s.cite}</a>
            </span>
          ))}
        </p>
      )}
      {section && (
        <p class="small">
          <a href={`#section/${section.id}`}>Read the whole section “{section.title}”</a>
        </p>
      )}
    </>
  );
}

function StatuteDoc({ pack, id }: { pack: PolicyPack; id: string | undefined }) {
  const s = pack.statutes.find((x) => x.id === id);
  if (!s) return <NotFound />;
  return (
    <>
      <p class="small muted">{s.cite}</p>
      <h2 tabIndex={-1}>{s.title}</h2>
      <p>{s.summary}</p>
      <h3>Public: fine to mention</h3>
      <ul>
        {s.public.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h3>Confidential: keep off social media</h3>
      <ul>
        {s.confidential.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p class="small">
        In the order:{' '}
        {s.clauses.map((c, i) => (
          <span key={c}>
            {i > 0 && ', '}
            <a href={`#clause/${c}`}>{pack.clauses.find((x) => x.id === c)?.title ?? c}</a>
          </span>
        ))}
      </p>
    </>
  );
}

function DefinitionDoc({ pack, id }: { pack: PolicyPack; id: string | undefined }) {
  const d = pack.definitions.find((x) => x.term.toLowerCase().replace(/\W+/g, '-') === id);
  if (!d) return <NotFound />;
  return (
    <>
      <p class="small muted">Definition in {orderName(pack)}</p>
      <h2 tabIndex={-1}>{d.term}</h2>
      <blockquote>{d.text}</blockquote>
    </>
  );
}

function SectionDoc({ pack, id }: { pack: PolicyPack; id: string | undefined }) {
  const s = pack.sections.find((x) => x.id === id);
  if (!s) return <NotFound />;
  return (
    <>
      <p class="small muted">Section of {orderName(pack)}</p>
      <h2 tabIndex={-1}>{s.title}</h2>
      <div class="section-text">
        {s.text.split('\n').map((line, i) => (
          <p key={i} class={line.startsWith('- ') ? 'indent' : undefined}>
            {line.replace(/^- /, '• ')}
          </p>
        ))}
      </div>
    </>
  );
}
