/** Why a file operation failed, in words a user can act on (the system's code when it has none). */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    ELOOP: 'it is a loop of symbolic links',
  };
  return (code && words[code]) ?? (error as Error).message ?? String(error);
}
