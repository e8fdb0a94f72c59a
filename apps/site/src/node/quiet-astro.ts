/**
 * Runs Astro with its telemetry and update check off: a build must send nothing anywhere.
 * They are read from the environment, so they are set for the process (and left set).
 */
export async function quietAstro<T>(run: () => Promise<T>): Promise<T> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
  return run();
}
