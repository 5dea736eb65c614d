// Options page: the deep check — what it does, what it costs, this device's
// eligibility, and the model download (which the browser performs; it needs
// the member's click, so it starts here and not in the background).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { unavailableReason, type DeepStatus } from '../../src/deep-check/status';
import { LANGUAGE_OPTIONS, languageModel } from '../shared/language-model';
import { Toggle } from '../ui/settings-controls';

interface Props {
  on: boolean;
  locked: boolean;
  status: DeepStatus | null;
  save: (deepCheck: boolean) => void | Promise<void>;
  /** Re-reads the status after a download or a permission. */
  refresh: () => void;
}

const STATE_WORDS: Record<DeepStatus['state'], string> = {
  off: 'Off.',
  unsupported: 'Not available in this browser.',
  unavailable: 'Not available on this device.',
  downloadable: 'This device can run the model; the browser has not downloaded it yet.',
  downloading: 'The browser is downloading the model.',
  'needs-permission': 'Firefox needs your permission first.',
  disabled: 'Switched off in Firefox.',
  'no-model': 'No model for Firefox.',
  available: 'Ready: drafts get the deep check on this device.',
};

export function DeepCheckSection({ on, locked, status, save, refresh }: Props) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lm = languageModel();

  const download = async () => {
    if (!lm) return;
    setError(null);
    setProgress(0);
    try {
      // The browser downloads its own model; this page only watches the progress.
      const session = await lm.create({
        ...LANGUAGE_OPTIONS,
        monitor(m: EventTarget) {
          m.addEventListener('downloadprogress', (e) => setProgress((e as Event & { loaded: number }).loaded));
        },
      });
      session.destroy();
      setProgress(1);
    } catch (e) {
      setError(`The browser did not download its model (${e instanceof Error ? e.message : String(e)}).`);
      setProgress(null);
    }
    refresh();
  };

  const allowFirefox = async () => {
    setError(null);
    const granted = await browser.permissions.request({ permissions: ['trialML' as browser.Manifest.OptionalPermission] }).catch(() => false);
    if (!granted) setError('Firefox did not give access to its trial machine-learning API.');
    refresh();
  };

  const reason = status ? unavailableReason(status) : null;
  const shownProgress = progress ?? status?.progress ?? null;
  return (
    <fieldset id="deepCheck" class="deep-check">
      <legend>Deep check (on-device language model)</legend>
      <Toggle
        id="deepCheck-toggle"
        label="Also let my browser's own language model read drafts"
        checked={on}
        locked={locked}
        onChange={(v) => void save(v)}
        hint={
          <>
            Second Look's rules miss posts whose meaning lies between the lines — a threat with no violent word, contempt in
            ordinary words. Where the browser brings its own language model (desktop Chrome's Gemini Nano), the deep check asks
            it, after you pause typing for a moment and when you press Post, which passages go against the order, and shows
            them marked “On-device deep check”. They are advice like the rest, and the model can be wrong.
          </>
        }
      />
      <ul class="small">
        <li>
          <strong>No draft leaves this device.</strong> The model runs inside the browser; Second Look itself makes no network
          request.
        </li>
        <li>
          The first time, <strong>the browser downloads a model of several gigabytes</strong> (Chrome asks for about 22 GB of
          free disk, and a graphics card with more than 4 GB of memory or 16 GB of RAM and 4 processor cores). It is kept for
          every site and extension that uses it.
        </li>
        <li>Its accuracy has not been measured on the computers Second Look is built on; your department can measure it.</li>
      </ul>
      <p class="small" role="status" aria-live="polite" id="deepCheck-status">
        <strong>This device:</strong> {status ? STATE_WORDS[status.state] : 'checking…'}
        {reason && <> {reason[0]!.toUpperCase() + reason.slice(1)}</>}
      </p>
      {lm && status && (status.state === 'downloadable' || status.state === 'downloading') && (
        <button type="button" class="secondary" onClick={() => void download()} disabled={progress !== null && progress < 1}>
          Download the model now
        </button>
      )}
      {shownProgress !== null && shownProgress < 1 && (
        <p class="small">
          <label for="deepCheck-progress">Download: </label>
          <progress id="deepCheck-progress" max={1} value={shownProgress} /> {Math.round(shownProgress * 100)}%
        </p>
      )}
      {status?.state === 'needs-permission' && (
        <button type="button" class="secondary" onClick={() => void allowFirefox()}>
          Allow Firefox's trial ML API
        </button>
      )}
      {error && (
        <p class="small" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
