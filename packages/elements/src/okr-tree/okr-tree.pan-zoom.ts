import { INITIAL_VIEW, zoomAt, type ViewTransform } from './okr-tree.layout.js';

/** How far, in px, a pressed pointer travels before the press is a pan and no longer a click. */
const DRAG_THRESHOLD = 4;
/** Zoom of one press of the chart's + button; − undoes it. */
const BUTTON_ZOOM = { in: 1.25, out: 0.8 } as const;

/** How much a wheel turn zooms; lines and pages count as many pixels, and exp() makes in and out undo each other. */
export function wheelZoom(deltaY: number, deltaMode: number): number {
  const scale = deltaMode === 1 ? 16 : deltaMode === 2 ? 400 : 1;
  return Math.exp(-deltaY * scale * 0.0015);
}

/** The view a drag of (dx, dy) from `start` leads to, on whole pixels. */
export function panBy(start: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...start, x: Math.round(start.x + dx), y: Math.round(start.y + dy) };
}

/** The element keeps the view as reactive state, so every change here re-renders the chart. */
export interface PanZoomHost {
  view(): ViewTransform;
  setView(view: ViewTransform): void;
  size(): { width: number; height: number };
}

/** The handlers the chart binds; the wheel's is not passive, so zooming does not scroll the page. */
export interface PanZoomHandlers {
  onZoomButton: (event: Event) => void;
  onPointerDown: (event: PointerEvent) => void;
  onPointerMove: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  wheel: { handleEvent: (event: WheelEvent) => void; passive: false };
}

/** Pan by dragging, zoom by wheel and buttons: the chart's pointer gestures, turned into views. */
export class PanZoom implements PanZoomHandlers {
  private readonly _host: PanZoomHost;
  private _drag: { id: number; x: number; y: number; view: ViewTransform; moved: boolean } | null = null;
  private _suppressClick = false;

  constructor(host: PanZoomHost) {
    this._host = host;
  }

  /** Whether this click ends a drag, and must not select what is under the pointer; true once per drag. */
  swallowsClick(): boolean {
    if (!this._suppressClick) return false;
    this._suppressClick = false;
    return true;
  }

  readonly onZoomButton = (event: Event): void => {
    const which = (event.currentTarget as HTMLElement).dataset.zoom;
    const { width, height } = this._host.size();
    if (which === 'reset') this._host.setView(INITIAL_VIEW);
    else this._host.setView(zoomAt(this._host.view(), which === 'in' ? BUTTON_ZOOM.in : BUTTON_ZOOM.out, width / 2, height / 2));
  };

  readonly wheel = { handleEvent: (event: WheelEvent): void => this._onWheel(event), passive: false } as const;

  private _onWheel(event: WheelEvent): void {
    event.preventDefault();
    const box = (event.currentTarget as Element).getBoundingClientRect();
    this._host.setView(zoomAt(this._host.view(), wheelZoom(event.deltaY, event.deltaMode), event.clientX - box.left, event.clientY - box.top));
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    this._suppressClick = false;
    if (event.button !== 0) return;
    this._drag = { id: event.pointerId, x: event.clientX, y: event.clientY, view: this._host.view(), moved: false };
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this._drag;
    if (!drag || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!drag.moved) {
      drag.moved = true;
      const target = event.currentTarget as Element;
      try {
        target.setPointerCapture(event.pointerId);
      } catch {
        // A synthetic or already-released pointer cannot be captured; panning still works.
      }
      target.classList.add('panning');
    }
    this._host.setView(panBy(drag.view, dx, dy));
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const drag = this._drag;
    if (!drag || drag.id !== event.pointerId) return;
    this._drag = null;
    (event.currentTarget as Element).classList.remove('panning');
    // A drag ends with a click on whatever is under the pointer; it must not select that.
    if (drag.moved) this._suppressClick = true;
  };
}
