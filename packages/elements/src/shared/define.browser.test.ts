import { describe, expect, it } from 'vitest';
import '../index.js';

describe('registration', () => {
  it('is safe when a second copy of the elements loads on the same page', async () => {
    const before = customElements.get('kpi-gauge');
    expect(before).toBeDefined();
    // The standalone bundle carries its own copy of the class; loading it must not throw.
    await import(/* @vite-ignore */ `${location.origin}/dist/standalone/kpi-gauge.js`);
    expect(customElements.get('kpi-gauge')).toBe(before);
  });
});
