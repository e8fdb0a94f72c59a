import { describe, expectTypeOf, it } from 'vitest';
import type { OkrTreeToggleDetail } from '../okr-tree/okr-tree.js';
import type { DataErrorDetail } from './cairn-element.js';
import type { KpiSelectDetail, OkrSelectDetail } from './events.js';

/**
 * Type tests: the type checker (`npm run typecheck`) fails when an event's detail is not typed
 * where a page listens for it. The listeners are only declared, never called.
 */
describe('event types', () => {
  it('types every Cairn event on an element, on document and on window', () => {
    const listen = (doc: Document, win: Window, el: HTMLElement): void => {
      el.addEventListener('okr-select', (event) => expectTypeOf(event.detail).toEqualTypeOf<OkrSelectDetail>());
      el.addEventListener('okr-toggle', (event) => expectTypeOf(event.detail).toEqualTypeOf<OkrTreeToggleDetail>());
      el.addEventListener('kpi-select', (event) => expectTypeOf(event.detail).toEqualTypeOf<KpiSelectDetail>());
      el.addEventListener('okr-error', (event) => expectTypeOf(event.detail).toEqualTypeOf<DataErrorDetail>());
      el.addEventListener('kpi-error', (event) => expectTypeOf(event.detail).toEqualTypeOf<DataErrorDetail>());
      doc.addEventListener('okr-toggle', (event) => expectTypeOf(event.detail).toEqualTypeOf<OkrTreeToggleDetail>());
      doc.addEventListener('kpi-select', (event) => expectTypeOf(event.detail).toEqualTypeOf<KpiSelectDetail>());
      win.addEventListener('okr-toggle', (event) => expectTypeOf(event.detail).toEqualTypeOf<OkrTreeToggleDetail>());
      win.addEventListener('okr-select', (event) => expectTypeOf(event.detail).toEqualTypeOf<OkrSelectDetail>());
    };
    expectTypeOf(listen).returns.toBeVoid();
  });
});
