/**
 * @cairn/elements/data — what the elements read of a snapshot, for pages that embed an element's
 * data beside it (the goals site does): embed this much and the element draws the same picture.
 * No Lit, no DOM: safe on a server.
 */
export { boardKpis } from './kpi-board/kpi-board.layout.js';
export { sparklineSeries } from './kpi-trend/kpi-trend.layout.js';
