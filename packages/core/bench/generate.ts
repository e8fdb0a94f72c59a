/**
 * Writes a synthetic, valid goals repository to disk for the benchmark.
 * Deterministic: the same size and seed give the same files, byte for byte.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SizeSpec {
  /** Short name shown in the tables (S, L…). */
  name: string;
  objectives: number;
  /** Teams in three levels: one root, about √teams divisions, the rest below them. */
  teams: number;
  kpis: number;
  /** Daily measurements per KPI, ending on the as-of date. */
  measurementsPerKpi: number;
  keyResultsPerObjective: number;
  /** Average check-ins per objective (16…24 around 20), spread over its key results. */
  checkinsPerObjective: number;
}

export interface GeneratedStats {
  files: number;
  bytes: number;
  periods: number;
  teams: number;
  objectives: number;
  keyResults: number;
  keyResultsByType: Record<KrType, number>;
  checkins: number;
  aligned: number;
  kpis: number;
  kpisWithCsv: number;
  measurements: number;
}

type KrType = 'metric' | 'kpi' | 'milestone' | 'maintain';

/** The as-of date the generated repository pins in cairn.config.yaml. */
export const AS_OF = '2026-11-15';

/** S and L as the benchmark defines them; everything but the period count scales with size. */
export function sizeSpec(name: string, objectives: number): SizeSpec {
  return {
    name,
    objectives,
    teams: Math.round(objectives / 5),
    kpis: Math.round(objectives / 10),
    measurementsPerKpi: 730,
    keyResultsPerObjective: 4,
    checkinsPerObjective: 20,
  };
}

const PERIODS = [
  { id: '2026-q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
  { id: '2026-q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
  { id: '2026-q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' },
  { id: '2026-q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' },
] as const;

const VERBS = ['grow', 'launch', 'reduce', 'improve', 'scale', 'simplify', 'delight', 'secure', 'automate', 'expand', 'win', 'modernise'];
const NOUNS = ['revenue', 'retention', 'onboarding', 'checkout', 'pipeline', 'support', 'quality', 'platform', 'brand', 'margin', 'hiring', 'logistics', 'search', 'mobile', 'partners', 'pricing'];
const ADJECTIVES = ['faster', 'reliable', 'sustainable', 'global', 'profitable', 'loved', 'efficient', 'safer', 'simpler', 'bigger'];
const UNITS = ['EUR', '%', 'customers', 'orders', 'ms', 'tickets', 'points', 'hires', 'leads', 'stores'];
const LOREM =
  'we measure what matters and keep the promise small enough to reach and big enough to matter so every team knows why this quarter is different from the last one and how it helps the customers we serve'.split(
    ' ',
  );

/** mulberry32: small, fast and good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const toDay = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** Plain YAML/CSV numbers with at most two decimals. */
const num = (value: number): string => String(Math.round(value * 100) / 100);

interface TeamDef {
  id: string;
  name: string;
  parent: string | null;
  level: 1 | 2 | 3;
  owner: string;
}

interface KpiDef {
  id: string;
  direction: 'increase' | 'decrease' | 'range';
  base: number;
  /** Value on the as-of date, roughly. */
  latest: number;
}

interface KrDef {
  id: string;
  type: KrType;
}

interface ObjectiveDef {
  id: string;
  period: (typeof PERIODS)[number];
  team: TeamDef;
  keyResults: KrDef[];
  parent: string | null;
}

export function generateRepository(dir: string, spec: SizeSpec, seed = 20261115): GeneratedStats {
  const random = prng(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const chance = (p: number): boolean => random() < p;
  const handle = (): string => `user-${pad(int(1, Math.max(50, spec.teams)), 4)}`;
  const sentence = (words: number): string => Array.from({ length: words }, () => pick(LOREM)).join(' ');

  const stats: GeneratedStats = {
    files: 0,
    bytes: 0,
    periods: PERIODS.length,
    teams: 0,
    objectives: 0,
    keyResults: 0,
    keyResultsByType: { metric: 0, kpi: 0, milestone: 0, maintain: 0 },
    checkins: 0,
    aligned: 0,
    kpis: 0,
    kpisWithCsv: 0,
    measurements: 0,
  };
  const made = new Set<string>();
  const write = (path: string, text: string): void => {
    const full = join(dir, path);
    const folder = full.slice(0, full.lastIndexOf('/'));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(full, text);
    stats.files += 1;
    stats.bytes += Buffer.byteLength(text);
  };

  // --- config and periods -------------------------------------------------------------------
  write(
    'cairn.config.yaml',
    [`organisation: Bench ${spec.name} Inc.`, `as_of: ${AS_OF}`, `site: { title: Bench ${spec.name} goals, locale: en-GB }`, 'scoring:', '  pace: { on_track: 0.1, at_risk: 0.25 }', ''].join('\n'),
  );
  write('periods.yaml', PERIODS.map((p) => `- id: ${p.id}\n  name: ${p.name}\n  start: ${p.start}\n  end: ${p.end}\n`).join('\n'));

  // --- teams: root → divisions → teams --------------------------------------------------------
  const divisionCount = Math.max(2, Math.round(Math.sqrt(spec.teams)));
  const teams: TeamDef[] = [{ id: 'org', name: `Bench ${spec.name}`, parent: null, level: 1, owner: handle() }];
  for (let d = 1; d <= divisionCount; d += 1) {
    teams.push({ id: `div-${pad(d, 3)}`, name: `Division ${d}`, parent: 'org', level: 2, owner: handle() });
  }
  const divisions = teams.slice(1);
  for (let t = 1; teams.length < spec.teams; t += 1) {
    const division = divisions[(t - 1) % divisions.length] as TeamDef;
    teams.push({ id: `team-${pad(t, 5)}`, name: `${pick(ADJECTIVES)} ${pick(NOUNS)} ${t}`, parent: division.id, level: 3, owner: handle() });
  }
  write(
    'teams.yaml',
    teams
      .map((t) => [`- id: ${t.id}`, `  name: ${t.name}`, ...(t.parent ? [`  parent: ${t.parent}`] : []), `  owners: [${t.owner}]`, ''].join('\n'))
      .join(''),
  );
  stats.teams = teams.length;

  // --- KPIs: half with a CSV, half inline -----------------------------------------------------
  const asOfDay = toDay(AS_OF);
  const firstDay = asOfDay - spec.measurementsPerKpi + 1;
  const kpis: KpiDef[] = [];
  for (let k = 1; k <= spec.kpis; k += 1) {
    const direction = chance(0.1) ? 'range' : chance(0.3) ? 'decrease' : 'increase';
    const base = int(10, 5000);
    kpis.push({ id: `kpi-${pad(k, 5)}-${pick(NOUNS)}`, direction, base, latest: base });
  }
  kpis.forEach((kpi, index) => {
    const csv = index % 2 === 0;
    const trend = (random() - 0.4) * 0.4;
    const values: { date: string; value: string; note?: string }[] = [];
    for (let d = 0; d < spec.measurementsPerKpi; d += 1) {
      const value = kpi.base * (1 + (trend * d) / spec.measurementsPerKpi + (random() - 0.5) * 0.06);
      const entry: { date: string; value: string; note?: string } = { date: fromDay(firstDay + d), value: num(value) };
      if (chance(0.01)) entry.note = sentence(4);
      values.push(entry);
    }
    kpi.latest = Number(values[values.length - 1]?.value ?? kpi.base);
    const lines = [`title: ${pick(ADJECTIVES)} ${pick(NOUNS)} ${index + 1}`, `description: ${sentence(12)}`, `owner: ${handle()}`, `team: ${pick(teams).id}`, `unit: "${pick(UNITS)}"`, `direction: ${kpi.direction}`];
    const b = kpi.base;
    if (kpi.direction === 'range') {
      lines.push(`target: { min: ${num(b * 0.9)}, max: ${num(b * 1.1)} }`, `critical: { min: ${num(b * 0.8)}, max: ${num(b * 1.2)} }`);
    } else {
      const up = kpi.direction === 'increase';
      if (chance(0.1)) {
        lines.push('target:', `  - { from: 2025-01-01, value: ${num(up ? b * 1.05 : b * 0.95)} }`, `  - { from: 2026-01-01, value: ${num(up ? b * 1.15 : b * 0.85)} }`);
      } else {
        lines.push(`target: ${num(up ? b * 1.15 : b * 0.85)}`);
      }
      lines.push(`critical: ${num(up ? b * 0.8 : b * 1.2)}`);
    }
    const leading = chance(0.3);
    lines.push(`indicator: ${leading ? 'leading' : 'lagging'}`, `key: ${chance(0.05)}`, 'frequency: daily', `tags: [${pick(NOUNS)}]`);
    if (leading && kpis.length > 1) {
      const driven = kpis[(index + int(1, kpis.length - 1)) % kpis.length] as KpiDef;
      lines.push(`drives: [${driven.id}]`);
    }
    if (csv) {
      lines.push(`# measurements: see ${kpi.id}.csv`);
      write(`kpis/${kpi.id}.csv`, ['date,value,note', ...values.map((v) => `${v.date},${v.value},${v.note ?? ''}`), ''].join('\n'));
      stats.kpisWithCsv += 1;
    } else {
      lines.push('measurements:', ...values.map((v) => `  - { date: ${v.date}, value: ${v.value}${v.note ? `, note: ${v.note}` : ''} }`));
    }
    write(`kpis/${kpi.id}.yaml`, `${lines.join('\n')}\n`);
    stats.measurements += values.length;
  });
  stats.kpis = kpis.length;

  // --- objectives: spread over periods and teams, parents first --------------------------------
  const level3 = teams.filter((t) => t.level === 3);
  const perPeriod = Math.floor(spec.objectives / PERIODS.length);
  const objectives: ObjectiveDef[] = [];
  const byTeamPeriod = new Map<string, ObjectiveDef[]>();
  let serial = 0;
  const types: KrType[] = ['metric', 'metric', 'kpi', 'milestone', 'maintain'];
  const addObjective = (period: (typeof PERIODS)[number], team: TeamDef): void => {
    serial += 1;
    const keyResults: KrDef[] = Array.from({ length: spec.keyResultsPerObjective }, (_, k) => ({ id: `k${k + 1}-${pick(NOUNS)}`, type: pick(types) }));
    const objective: ObjectiveDef = { id: `o${pad(serial, 6)}-${pick(VERBS)}-${pick(NOUNS)}`, period, team, keyResults, parent: null };
    const siblings = team.parent ? byTeamPeriod.get(`${team.parent}/${period.id}`) : undefined;
    if (siblings && siblings.length > 0 && chance(team.level === 2 ? 0.95 : 0.8)) {
      const parent = pick(siblings);
      objective.parent = chance(0.4) ? `${parent.id}#${pick(parent.keyResults).id}` : parent.id;
      stats.aligned += 1;
    }
    objectives.push(objective);
    const key = `${team.id}/${period.id}`;
    byTeamPeriod.set(key, [...(byTeamPeriod.get(key) ?? []), objective]);
  };
  PERIODS.forEach((period, p) => {
    const start = serial;
    for (let i = 0; i < 3; i += 1) addObjective(period, teams[0] as TeamDef);
    for (const division of divisions) for (let i = 0; i < 2 && serial - start < perPeriod; i += 1) addObjective(period, division);
    const total = p === PERIODS.length - 1 ? spec.objectives - serial : perPeriod - (serial - start);
    const offset = int(0, level3.length - 1);
    for (let i = 0; i < total; i += 1) addObjective(period, level3[(offset + i) % level3.length] ?? (teams[0] as TeamDef));
  });

  // --- objective files ------------------------------------------------------------------------
  for (const objective of objectives) {
    const { period } = objective;
    const first = toDay(period.start);
    const last = Math.min(toDay(period.end), asOfDay);
    const checkinTotal = Math.max(0, spec.checkinsPerObjective + int(-4, 4));
    const perKr = objective.keyResults.map(() => 0);
    for (let c = 0; c < checkinTotal; c += 1) perKr[c % perKr.length] = (perKr[c % perKr.length] ?? 0) + 1;
    const dates = (count: number): string[] =>
      Array.from({ length: count }, () => int(first, last))
        .sort((a, b) => a - b)
        .map(fromDay);
    const owner = handle();
    const lines = ['---', `title: ${pick(VERBS)} ${pick(ADJECTIVES)} ${pick(NOUNS)} for ${objective.team.name}`, `owner: ${owner}`];
    if (chance(0.25)) lines.push('kind: committed');
    lines.push(`parent: ${objective.parent ?? 'null'}`);
    if (chance(0.2)) lines.push('weight: 2');
    lines.push(`tags: [${pick(NOUNS)}, ${pick(ADJECTIVES)}]`);
    if (chance(0.3)) lines.push(`supporting_kpis: [${pick(kpis).id}]`);
    lines.push('key_results:');
    objective.keyResults.forEach((kr, k) => {
      const count = perKr[k] ?? 0;
      stats.keyResults += 1;
      stats.keyResultsByType[kr.type] += 1;
      stats.checkins += count;
      lines.push(`  - id: ${kr.id}`, `    title: ${pick(VERBS)} ${pick(NOUNS)} to a ${pick(ADJECTIVES)} level`);
      if (chance(0.3)) lines.push(`    owner: ${handle()}`);
      let value: (i: number) => string;
      switch (kr.type) {
        case 'metric': {
          const start = int(0, 1000);
          const up = start === 0 || chance(0.7);
          const target = up ? start + int(10, 1000) : start - int(1, start);
          lines.push('    type: metric', `    start: ${start}`, `    target: ${target}`, `    unit: "${pick(UNITS)}"`);
          if (up && chance(0.2)) lines.push(`    stretch: ${target + int(1, 500)}`);
          value = (i) => num(start + ((target - start) * (i + 1)) / (count + 2) + (random() - 0.5) * 3);
          break;
        }
        case 'kpi': {
          const kpi = pick(kpis);
          const up = kpi.direction !== 'decrease';
          lines.push('    type: kpi', `    kpi: ${kpi.id}`);
          if (chance(0.5)) lines.push(`    start: ${num(kpi.base)}`);
          lines.push(`    target: ${num(up ? kpi.base * 1.2 + 1 : kpi.base * 0.8 - 1)}`);
          value = () => num(kpi.latest * (1 + (random() - 0.5) * 0.05));
          break;
        }
        case 'milestone': {
          if (chance(0.5)) {
            lines.push('    type: milestone', `    done: ${chance(0.3)}`);
            value = (i) => String(i === count - 1 && chance(0.3));
          } else {
            lines.push('    milestones:');
            for (let m = 0; m < int(2, 4); m += 1) lines.push(`      - { title: ${pick(VERBS)} ${pick(NOUNS)}, done: ${chance(0.5)}${chance(0.2) ? ', weight: 2' : ''} }`);
            value = (i) => num((i + 1) / (count + 1));
          }
          break;
        }
        case 'maintain': {
          const up = chance(0.6);
          if (chance(0.3)) {
            const kpi = pick(kpis);
            lines.push('    type: maintain', `    kpi: ${kpi.id}`, `    target: ${num(kpi.base)}`, `    direction: ${up ? 'increase' : 'decrease'}`);
            value = () => num(kpi.latest);
          } else {
            const target = int(50, 100);
            lines.push('    type: maintain', `    target: ${target}`, `    direction: ${up ? 'increase' : 'decrease'}`, `    unit: "${pick(UNITS)}"`);
            value = () => num(target + (random() - (up ? 0.3 : 0.7)) * 10);
          }
          break;
        }
      }
      if (count > 0) {
        lines.push('    checkins:');
        dates(count).forEach((date, i) => {
          const confidence = chance(0.7) ? `, confidence: ${num(0.4 + random() * 0.6)}` : '';
          const note = chance(0.4) ? `, note: "${sentence(5)}"` : '';
          const by = chance(0.5) ? `, by: ${owner}` : '';
          lines.push(`      - { date: ${date}, value: ${value(i)}${confidence}${note}${by} }`);
        });
      }
    });
    lines.push('---', `${sentence(int(15, 40))}.`, '', `- ${sentence(8)}`, `- ${sentence(10)}`, '');
    write(`objectives/${period.id}/${objective.team.id}/${objective.id}.md`, lines.join('\n'));
    stats.objectives += 1;
  }
  return stats;
}
