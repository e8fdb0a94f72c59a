import type { Config } from '../schema/config.js';
import { DEFAULT_SETTINGS, type ScoringSettings } from '../score/index.js';

/** The config file speaks snake_case YAML; scoring takes plain camelCase settings. */
export function scoringSettings(config: Config): ScoringSettings {
  const { pace, grades } = config.scoring ?? {};
  return {
    pace: { onTrack: pace?.on_track ?? DEFAULT_SETTINGS.pace.onTrack, atRisk: pace?.at_risk ?? DEFAULT_SETTINGS.pace.atRisk },
    grades: { green: grades?.green ?? DEFAULT_SETTINGS.grades.green, yellow: grades?.yellow ?? DEFAULT_SETTINGS.grades.yellow },
  };
}
