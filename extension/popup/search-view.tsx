// "Look up the order": ranked search over the whole order. The index (and
// minisearch) loads on the first keystroke so the popup opens fast.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PolicyPack } from '../../src/policy/schema';
import type { PolicySearchResult, TextPart } from '../../src/search';

type SearchModule = typeof import('../../src/search');
interface Engine {
  search: (q: string) => PolicySearchResult[];
  highlight: (text: string, terms: Iterable<string>) => TextPart[];
}

let engine: Promise<Engine> | null = null;
function loadEngine(pack: PolicyPack): Promise<Engine> {
  const start = performance.now();
  engine ??= import('../../src/search').then((m: SearchModule) => {
    const index = m.createPolicySearch(pack);
    // Figure for the e2e run: chunk load + index build, paid once, on the first keystroke.
    performance.measure('search-index-ready', { start, end: performance.now() });
    return { search: (q) => index.search(q), highlight: m.highlight };
  });
  return engine;
}

/** ARIA 1.2 combobox on the search field (preact's types only allow it with a `list` attribute). */
const COMBOBOX = { role: 'combobox' } as object;
const EXAMPLES = ['can I wear my uniform in a photo', 'graduation', 'body cam video', 'salary', 'LinkedIn'];
const KIND_LABEL = { clause: 'Clause', statute: 'Statute', definition: 'Definition', section: 'Section' } as const;

export function SearchView({ pack, query, onQuery }: { pack: PolicyPack; query: string; onQuery: (q: string) => void }) {
  const [found, setFound] = useState<{ query: string; results: PolicySearchResult[]; engine: Engine } | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (!query.trim()) return setFound(null);
    let live = true;
    void loadEngine(pack).then((e) => live && setFound({ query, results: e.search(query), engine: e }));
    return () => {
      live = false;
    };
  }, [query, pack]);
  useEffect(() => setActive(0), [found?.query]);

  const results = found?.results ?? [];
  const open = (r: PolicySearchResult | undefined) => {
    if (r) location.hash = r.doc.id;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!results.length) return;
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(results.length - 1);
    else if (e.key === 'Enter') open(results[active]);
    else return;
    e.preventDefault();
  };
  const expanded = results.length > 0;

  return (
    <div class="search">
      <h2 id="search-title">Look up the order</h2>
      <label for="search-input" class="small">
        Ask in your own words (↑ ↓ to move through results, Enter to open)
      </label>
      <input
        ref={input}
        id="search-input"
        type="search"
        {...COMBOBOX}
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-activedescendant={expanded ? `result-${active}` : undefined}
        placeholder="e.g. can I wear my uniform in a photo"
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <ul id="search-results" role="listbox" aria-labelledby="search-title" class="results">
        {results.map((r, i) => (
          <li
            key={r.doc.id}
            id={`result-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'result active' : 'result'}
            onClick={() => open(r)}
            onMouseMove={() => setActive(i)}
          >
            <span class="result-kind small muted">
              {KIND_LABEL[r.doc.kind]} · {r.doc.label}
            </span>
            <span class="result-title">
              <Marked parts={found!.engine.highlight(r.doc.title, r.terms)} />
            </span>
            <span class="result-snippet small">
              <Marked parts={found!.engine.highlight(r.snippet, r.terms)} />
            </span>
          </li>
        ))}
      </ul>
      <p role="status" class="small muted">
        {found && found.query.trim()
          ? results.length
            ? `${results.length} ${results.length === 1 ? 'result' : 'results'}, best first.`
            : 'Nothing in the order matches. Try other words, e.g. “uniform” or “records”.'
          : ''}
      </p>
      {!query.trim() && (
        <div class="examples">
          <p class="small muted">Try:</p>
          <ul>
            {EXAMPLES.map((q) => (
              <li key={q}>
                <button type="button" class="link" onClick={() => onQuery(q)}>
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
