/**
 * @cairn/elements/format — how the elements write numbers, dates and states, for pages that
 * show the same figures next to them (the goals site imports this so it never formats or colours
 * on its own rules). No Lit, no DOM: safe on a server.
 */
export {
  formatValue,
  formatCompact,
  formatBand,
  formatPercent,
  formatScore,
  formatGrade,
  formatDate,
  kpiFigures,
  keyResultFigures,
  isCurrency,
  NOT_PUBLISHED,
  type Band,
  type FormatValueOptions,
} from './shared/format.js';
export {
  statusLook,
  healthLook,
  trendLook,
  gradeLook,
  objectiveTone,
  toneToken,
  STALE_LOOK,
  type Tone,
  type StatusLook,
  type GradeLook,
} from './shared/status.js';
export { iconPaths, iconMarkup, ICON_VIEW_BOX, type IconName, type IconPath } from './shared/icons.js';
export { LIGHT_TOKENS, DARK_TOKENS, type ColourToken } from './shared/tokens.js';
