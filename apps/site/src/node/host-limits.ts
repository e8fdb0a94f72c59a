import type { FileCount } from './count-files.js';

/**
 * Limits of common static hosts that a large site can cross, as their documentation gives them:
 * a site that crosses one fails to deploy there, so a build says so before anyone tries.
 */
const LIMITS = {
  githubPagesBytes: 1_000_000_000,
  cloudflareFiles: 20_000,
  cloudflareFileBytes: 25 * 1024 * 1024,
};

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} MB`;

/** One line for each host limit the built site crosses; none for a site every host takes. */
export function hostLimitNotes({ files, bytes, largest }: FileCount): string[] {
  const notes: string[] = [];
  if (bytes > LIMITS.githubPagesBytes) notes.push(`Note: the site is ${megabytes(bytes)}, more than GitHub Pages publishes (1 GB).`);
  if (files > LIMITS.cloudflareFiles) notes.push(`Note: the site has ${files.toLocaleString('en-GB')} files, more than Cloudflare Pages takes (20,000).`);
  if (largest && largest.bytes > LIMITS.cloudflareFileBytes) {
    notes.push(`Note: ${largest.path} is ${megabytes(largest.bytes)}, more than Cloudflare Pages takes in one file (25 MiB).`);
  }
  if (notes.length > 0) notes.push('Hosts without these limits (Netlify, any web server or object store) take it as it is; see "Hosting" in docs/site.md.');
  return notes;
}
