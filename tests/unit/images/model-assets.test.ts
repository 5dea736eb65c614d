// The model files copied into the build: present in node_modules, and shipped
// without references to source maps that do not ship with them.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageModelFiles, withoutSourceMapComment } from '../../../scripts/image-model-assets';

describe('image model assets', () => {
  it('every file the build copies exists after npm ci', () => {
    for (const [, from] of imageModelFiles()) expect(existsSync(from), from).toBe(true);
  });
  it('drops a trailing sourceMappingURL comment and keeps the code', () => {
    expect(withoutSourceMapComment('a();\n//# sourceMappingURL=worker.min.js.map')).toBe('a();\n');
    expect(withoutSourceMapComment('a();\n//# sourceMappingURL=x.map\n')).toBe('a();\n');
    expect(withoutSourceMapComment('a();\n')).toBe('a();\n');
    expect(withoutSourceMapComment('s = "//# sourceMappingURL=inside.map";\nb();\n')).toBe('s = "//# sourceMappingURL=inside.map";\nb();\n');
  });
});
