/** The site formats and names states exactly as the elements do: one source, @cairn/elements/format. */
export {
  formatValue,
  formatBand,
  formatPercent,
  formatScore,
  formatGrade,
  formatDate,
  NOT_PUBLISHED,
  statusLook,
  healthLook,
  trendLook,
  iconMarkup,
  LIGHT_TOKENS,
  DARK_TOKENS,
  type Tone,
  type StatusLook,
} from '@cairn/elements/format';
