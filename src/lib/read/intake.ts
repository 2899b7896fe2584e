/**
 * Which files of the seeds folder are documents. Hidden files, editor backups and the folder's own
 * README are not, and each is reported with a note naming it rather than skipped in silence.
 */

/** Why a file or folder name is not read as a document, or null when it is read. */
export function skipReason(name: string): string | null {
  if (name.startsWith('.')) return 'a hidden file';
  if (name.endsWith('~') || /^#.*#$/.test(name) || /\.(?:bak|swp|swo|tmp)$/i.test(name) || name.startsWith('~$'))
    return 'an editor backup or lock file';
  if (/^readme(?:\.[a-z]+)?$/i.test(name)) return "the folder's README";
  return null;
}

/** Whether `target` (a resolved path) lies inside `folder` (a resolved path), on any platform. */
export function isInside(folder: string, target: string): boolean {
  const f = folder.replace(/[\\/]+$/, '');
  return target === f || target.startsWith(`${f}/`) || target.startsWith(`${f}\\`);
}
