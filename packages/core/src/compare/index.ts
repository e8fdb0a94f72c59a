export { compareGoals, compareScores } from './compare-goals.js';
export { compareItems, type ItemComparison } from './compare-items.js';
export { compareKpiGoalposts, compareKpiHealth, targetText } from './kpi-changes.js';
export { reviewFindings, reviewRules, DEFAULT_REVIEW_RULES, type ReviewRules } from './review-rules.js';
export type * from './diff-types.js';
