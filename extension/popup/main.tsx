import { render } from 'preact';
import { defaultPack } from '../../src/policy';

function Popup() {
  return (
    <main>
      <h1>Second Look</h1>
      <p>
        Checks against G.O. {defaultPack.order.number} “{defaultPack.order.title}”, revised {defaultPack.order.revisionDate}.
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
