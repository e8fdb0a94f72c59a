/**
 * The package a failed `import()` could not find, or null for any other error. The site builder
 * (`@cairn/site`) is an optional dependency of the CLI, loaded only by build, dev and preview.
 */
export function missingPackage(error: unknown): string | null {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' || typeof message !== 'string') return null;
  return /^Cannot find package '([^']+)'/.exec(message)?.[1] ?? null;
}

/** What to say when a command needs a package that is not installed. */
export function missingPackageMessage(name: string): string {
  return `this command needs ${name}, which is not installed (it is an optional dependency of @cairn/cli); install it next to @cairn/cli, see "Install" in docs/cli.md`;
}
