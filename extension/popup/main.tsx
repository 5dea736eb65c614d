import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { PopupShell, viewFor } from './popup-shell';

// First paint: the frame alone (no policy pack, zod or browser API to load);
// the app, with everything it needs, follows in its own chunk and takes over.
const root = document.getElementById('app')!;
render(
  <PopupShell view={viewFor(location.hash)} warnings={0}>
    <p class="muted" aria-live="polite">
      Loading…
    </p>
  </PopupShell>,
  root,
);
void import('./popup-app').then(({ PopupApp }) => render(<PopupApp />, root));
