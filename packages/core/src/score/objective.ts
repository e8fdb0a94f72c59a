import { expectedProgress, periodPhase, type PeriodPhase } from './expected.js';
import { colour, grade } from './grade.js';
import { weightedMean } from './rollup.js';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings.js';
import { statusAt } from './status.js';
import type { ObjectiveInput, ObjectiveScore, PeriodSpan } from './types.js';

interface Rolled {
  score: number;
  forecast: number | null;
}

/** Scores every objective; the map keeps the input order. Linear in objectives plus links. */
export function scoreObjectives(
  objectives: readonly ObjectiveInput[],
  asOf: string,
  settings: ScoringSettings = DEFAULT_SETTINGS,
): Map<string, ObjectiveScore> {
  const byId = new Map<string, ObjectiveInput>();
  // Duplicate ids are a validation error; the first one wins so results stay deterministic.
  for (const o of objectives) if (!byId.has(o.id)) byId.set(o.id, o);
  const children = childrenIndex(byId);
  const rolled = rollUp(byId, children);

  const timing = periodTiming(asOf);
  const scores = new Map<string, ObjectiveScore>();
  for (const o of byId.values()) {
    const rolledUp = rolled.get(o.id) ?? { score: 0, forecast: null };
    const score = rolledUp.score;
    const when = timing(o.period);
    // After the last day the score is final: a projection to a day already past means nothing beside it.
    const forecast = when.phase === 'after' ? null : rolledUp.forecast;
    scores.set(o.id, {
      id: o.id,
      score,
      grade: grade(score),
      colour: colour(score, o.kind, settings),
      expected: when.expected,
      status: statusAt(score, o.kind, when, settings),
      forecast,
      // Only a running period can be projected to miss: before it starts there is nothing to project.
      projectedToMiss: forecast !== null && colour(forecast, o.kind, settings) !== 'green' && when.phase === 'during',
      children: children.get(o.id) ?? [],
    });
  }
  return scores;
}

/** Thousands of objectives share a handful of periods: work out each period's timing once. */
function periodTiming(asOf: string): (period: PeriodSpan) => { phase: PeriodPhase; expected: number } {
  const cache = new Map<string, { phase: PeriodPhase; expected: number }>();
  return (period) => {
    const key = `${period.start}/${period.end}`;
    let when = cache.get(key);
    if (when === undefined) {
      when = { phase: periodPhase(period, asOf), expected: expectedProgress(period, asOf) };
      cache.set(key, when);
    }
    return when;
  };
}

function childrenIndex(byId: ReadonlyMap<string, ObjectiveInput>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const o of byId.values()) {
    const parent = o.parent;
    if (parent === null || parent === undefined) continue;
    // Contributing to a parent's key result still makes this a child of that objective.
    const parentId = parent.split('#', 1)[0] ?? parent;
    const list = index.get(parentId);
    if (list === undefined) index.set(parentId, [o.id]);
    else list.push(o.id);
  }
  return index;
}

function ownScore(o: ObjectiveInput): Rolled {
  const progress = o.keyResults.map((kr) => ({ value: kr.progress, weight: kr.weight }));
  // Without any trajectory the current score would pass for a projection: no forecast at all.
  if (!o.keyResults.some((kr) => kr.forecast !== null)) return { score: weightedMean(progress) ?? 0, forecast: null };
  // A key result without a trajectory, beside others with one, is assumed to stay where it is.
  const forecast = o.keyResults.map((kr) => ({ value: kr.forecast ?? kr.progress, weight: kr.weight }));
  return { score: weightedMean(progress) ?? 0, forecast: weightedMean(forecast) };
}

/**
 * Umbrella objectives (no key results) take the weighted mean of their children, recursively.
 * An explicit stack instead of recursion, so a 10,000-deep alignment chain cannot overflow the
 * call stack; a child that is still open on the stack is a cycle and counts as 0.
 */
function rollUp(byId: ReadonlyMap<string, ObjectiveInput>, children: ReadonlyMap<string, string[]>): Map<string, Rolled> {
  const done = new Map<string, Rolled>();
  const open = new Set<string>();

  for (const rootId of byId.keys()) {
    const stack: { id: string; leaving: boolean }[] = [{ id: rootId, leaving: false }];
    for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
      const o = byId.get(frame.id);
      if (o === undefined || done.has(frame.id)) continue;
      if (o.keyResults.length > 0) {
        done.set(o.id, ownScore(o));
        continue;
      }
      const kids = children.get(o.id) ?? [];
      if (frame.leaving) {
        open.delete(o.id);
        done.set(o.id, fromChildren(kids, byId, done));
        continue;
      }
      if (open.has(o.id)) continue;
      open.add(o.id);
      stack.push({ id: o.id, leaving: true });
      for (const kid of kids) if (!done.has(kid) && !open.has(kid)) stack.push({ id: kid, leaving: false });
    }
  }
  return done;
}

function fromChildren(
  kids: readonly string[],
  byId: ReadonlyMap<string, ObjectiveInput>,
  done: ReadonlyMap<string, Rolled>,
): Rolled {
  const scores: { value: number; weight: number }[] = [];
  const forecasts: { value: number; weight: number }[] = [];
  let projected = false;
  for (const kid of kids) {
    const weight = byId.get(kid)?.weight ?? 1;
    // Not done yet means the child is an ancestor still open on the stack: a cycle.
    const rolled = done.get(kid) ?? { score: 0, forecast: null };
    scores.push({ value: rolled.score, weight });
    if (rolled.forecast !== null) projected = true;
    // A child with nothing to project, beside others with a forecast, is assumed to stay where it is, as a key result is.
    forecasts.push({ value: rolled.forecast ?? rolled.score, weight });
  }
  // No child projects anything: the umbrella's score alone would pass for a projection.
  return { score: weightedMean(scores) ?? 0, forecast: projected ? weightedMean(forecasts) : null };
}
