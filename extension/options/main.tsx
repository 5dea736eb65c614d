import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Second Look — settings</h1>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
