import type { SiteConfig } from '../schema/config.js';

/**
 * Where "edit this file" points for a file of the goals folder (its path relative to the
 * folder), from the site settings: `edit_url` when given, else the GitHub or GitLab pattern for
 * `repository`; null when neither says how the host edits files.
 */
export function editLink(site: SiteConfig | undefined, file: string): string | null {
  if (!site) return null;
  const branch = site.branch ?? 'main';
  const path = [site.directory, file].filter((part): part is string => part !== undefined && part !== '').join('/');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (site.edit_url !== undefined) return site.edit_url.replaceAll('{branch}', encodeURIComponent(branch)).replaceAll('{path}', encoded);
  if (site.repository === undefined) return null;
  const repository = site.repository.replace(/(?:\.git)?\/*$/, '');
  const host = hostOf(repository);
  if (host === 'github.com' || host.endsWith('.github.com')) return `${repository}/edit/${encodeURIComponent(branch)}/${encoded}`;
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return `${repository}/-/edit/${encodeURIComponent(branch)}/${encoded}`;
  return null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
