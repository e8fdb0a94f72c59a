export type FileKind = 'config' | 'periods' | 'teams' | 'objective' | 'kpi' | 'measurements';

const DATA = /\.(ya?ml|json)$/;

/** Which part of a goals repository a path is, by the layout; other files are not Cairn's. */
export function classify(path: string): FileKind | null {
  const segments = path.split('/');
  const name = segments[segments.length - 1] ?? '';
  if (segments.length === 1) {
    if (/^cairn\.config\.(ya?ml|json)$/.test(name)) return 'config';
    if (/^periods\.(ya?ml|json)$/.test(name)) return 'periods';
    if (/^teams\.(ya?ml|json)$/.test(name)) return 'teams';
    return null;
  }
  if (segments[0] === 'objectives' && (name.endsWith('.md') || DATA.test(name))) {
    return /^readme\.md$/i.test(name) ? null : 'objective';
  }
  if (segments[0] === 'kpis' && segments.length === 2) {
    if (name.endsWith('.csv')) return 'measurements';
    if (DATA.test(name)) return 'kpi';
  }
  return null;
}

/** The file name without its extension: the default id. */
export function baseName(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.[^.]+$/, '');
}
