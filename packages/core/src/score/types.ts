export type Colour = 'green' | 'yellow' | 'red';

/** Pace statuses while a period runs, outcome statuses once it has ended. */
export type Status =
  | 'not-started'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'done'
  | 'achieved'
  | 'partial'
  | 'missed';

export type ObjectiveKind = 'aspirational' | 'committed';

/** A period as written: both `start` and `end` are ISO dates and `end` is inclusive. */
export interface PeriodSpan {
  start: string;
  end: string;
}

export interface DatedValue {
  date: string;
  value: number;
}

/** Booleans only make sense on milestone key results; numeric rules ignore them. */
export interface CheckinInput {
  date: string;
  value: number | boolean;
  confidence?: number | undefined;
}
