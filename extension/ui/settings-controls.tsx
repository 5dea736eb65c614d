// The building blocks of every settings screen. Pure: they get values and
// callbacks, so the popup, the options page and unit tests share them.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { SITE_IDS, type SiteId } from '../../src/settings/schema';
import { settingLabel, SITE_LABELS } from './labels';
import type { PolicyPack } from '../../src/policy/schema';

export function LockedNote({ locked }: { locked: boolean }) {
  return locked ? <span class="locked-note">Set by your department</span> : null;
}

/** Names each stored setting that could not be read, and offers to store the default. */
export function ProblemsBanner({ problems, onRestore }: { problems: readonly string[]; onRestore?: () => void }) {
  if (!problems.length) return null;
  const names = problems.map(settingLabel);
  return (
    <div class="banner warn" role="alert">
      <p>
        <strong>Some saved settings could not be read</strong> and their defaults are in use: {names.join(', ')}.
      </p>
      {onRestore && (
        <button type="button" onClick={onRestore}>
          Save the defaults
        </button>
      )}
    </div>
  );
}

/** Names each setting the department's policy sets to a value that cannot be used (it stays locked to its default). */
export function ManagedProblemsBanner({ problems }: { problems: readonly string[] }) {
  if (!problems.length) return null;
  return (
    <div class="banner warn" role="alert">
      <p>
        <strong>Your department's policy sets values Second Look cannot use</strong> for: {problems.map(settingLabel).join(', ')}. These settings
        stay locked to their defaults until the policy is corrected; please tell whoever manages your department's browser policy.
      </p>
    </div>
  );
}

export function Toggle(props: {
  id: string;
  label: string;
  hint?: ComponentChildren;
  checked: boolean;
  locked?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div class="setting">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        disabled={props.locked}
        aria-describedby={hintId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>{props.label}</label>
      <LockedNote locked={!!props.locked} />
      {props.hint && (
        <p id={hintId} class="hint small muted">
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** One checkbox per site: checked = on. `off` holds the sites switched off. */
export function SiteToggles(props: { id: string; legend: string; off: readonly SiteId[]; locked?: boolean; onChange: (off: SiteId[]) => void }) {
  return (
    <fieldset>
      <legend>
        {props.legend} <LockedNote locked={!!props.locked} />
      </legend>
      <div class="site-grid">
        {SITE_IDS.map((site) => (
          <label key={site} class="setting">
            <input
              type="checkbox"
              id={`${props.id}-${site}`}
              checked={!props.off.includes(site)}
              disabled={props.locked}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                props.onChange(on ? props.off.filter((s) => s !== site) : [...props.off, site]);
              }}
            />
            {SITE_LABELS[site]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint: string;
}

/** One setting chosen from a few: a radio per option, each with its hint, all disabled when the department sets it. */
function RadioChoice<T extends string>(props: { name: string; legend: string; options: readonly RadioOption<T>[]; value: T; locked?: boolean; onChange: (v: T) => void }) {
  const { name } = props;
  return (
    <fieldset id={name}>
      <legend>
        {props.legend} <LockedNote locked={!!props.locked} />
      </legend>
      {props.options.map((o) => (
        <div class="setting" key={o.value}>
          <input
            type="radio"
            name={name}
            id={`${name}-${o.value}`}
            value={o.value}
            checked={props.value === o.value}
            disabled={props.locked}
            aria-describedby={`${name}-${o.value}-hint`}
            onChange={() => props.onChange(o.value)}
          />
          <label for={`${name}-${o.value}`}>{o.label}</label>
          <p id={`${name}-${o.value}-hint`} class="hint small muted">
            {o.hint}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

/** Which policy the drafts are checked against: one radio per registered pack. */
export function PackChoice(props: { value: string; packs: readonly PolicyPack[]; locked?: boolean; onChange: (id: string) => void }) {
  const options = props.packs.map((p) => ({ value: p.id, label: p.agency.name, hint: `${p.order.number} “${p.order.title}” · policy pack ${p.version}` }));
  return <RadioChoice name="pack" legend="Policy checked against" options={options} value={props.value} locked={props.locked} onChange={props.onChange} />;
}

const SENSITIVITY_OPTIONS = [
  { value: 'balanced', label: 'Balanced', hint: 'Warns on clear conflicts with the order.' },
  { value: 'strict', label: 'Strict', hint: 'Also flags borderline wording. More notes, more false alarms.' },
] as const;

export function SensitivityChoice(props: { value: 'balanced' | 'strict'; locked?: boolean; onChange: (v: 'balanced' | 'strict') => void }) {
  return <RadioChoice name="sensitivity" legend="Sensitivity" options={SENSITIVITY_OPTIONS} value={props.value} locked={props.locked} onChange={props.onChange} />;
}

/**
 * A list of short strings with add and remove. `onAdd` runs inside the submit
 * handler (a user gesture), which permissions.request needs; it returns an
 * error message to show, or null.
 */
export function ListEditor(props: {
  id: string;
  legend: string;
  hint: ComponentChildren;
  inputLabel: string;
  placeholder: string;
  items: readonly string[];
  locked?: boolean;
  onAdd: (value: string) => Promise<string | null>;
  onRemove: (value: string) => void;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = `${props.id}-error`;
  return (
    <fieldset class="list-editor" id={props.id}>
      <legend>
        {props.legend} <LockedNote locked={!!props.locked} />
      </legend>
      <p class="small muted">{props.hint}</p>
      {props.items.length > 0 && (
        <ul aria-label={props.legend}>
          {props.items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button type="button" disabled={props.locked} aria-label={`Remove ${item}`} onClick={() => props.onRemove(item)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {!props.locked && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const v = value.trim();
            if (!v) return;
            void props.onAdd(v).then((err) => {
              setError(err);
              if (!err) setValue('');
            });
          }}
        >
          <label for={`${props.id}-input`} class="visually-hidden">
            {props.inputLabel}
          </label>
          <input
            type="text"
            id={`${props.id}-input`}
            value={value}
            placeholder={props.placeholder}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
      )}
      {error && (
        <p id={errorId} class="small" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
