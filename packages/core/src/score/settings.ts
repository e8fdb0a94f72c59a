/** Thresholds the repository may tune in `cairn.config.yaml` under `scoring`. */
export interface ScoringSettings {
  /** Allowed lag behind expected progress before a status turns at-risk / off-track. */
  pace: { onTrack: number; atRisk: number };
  /** Lowest grades that still count as green / yellow. */
  grades: { green: number; yellow: number };
}

/** Google's OKR convention; frozen because every caller shares this one object. */
export const DEFAULT_SETTINGS: ScoringSettings = Object.freeze({
  pace: Object.freeze({ onTrack: 0.1, atRisk: 0.25 }),
  grades: Object.freeze({ green: 0.7, yellow: 0.4 }),
});
