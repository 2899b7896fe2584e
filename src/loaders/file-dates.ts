/**
 * When each KPI document last changed, for documents that do not say so themselves: the date of
 * its last commit where the folder is in git and the file is committed as it stands, else the
 * file's modification time. Each date says which it is, so a page can state it as such.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface FileDate {
  /** ISO date, "2026-11-03". */
  date: string;
  from: 'commit' | 'file';
}

/** Runs git in `cwd`; null when git is missing or the folder is not in a repository. */
function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  } catch {
    return null;
  }
}

/** The dates of the files in `dir` (relative to `root`, or absolute), by file name. */
export function fileDates(root: string, dir: string): Map<string, FileDate> {
  const folder = resolve(root, dir);
  const dates = new Map<string, FileDate>();
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => statSync(join(folder, n)).isFile());
  } catch {
    return dates;
  }
  // One log for the whole folder: the first time a file appears is its last commit.
  const log = git(folder, ['log', '--format=%x00%cs', '--name-only', '--relative', '--', '.']);
  // Files changed since their last commit, by name (status writes paths from the repository's root).
  const changed = new Set(
    (git(folder, ['status', '--porcelain', '--untracked-files=all', '--', '.']) ?? '').split('\n').map((l) => basename(l.slice(3).trim())),
  );
  const committed = new Map<string, string>();
  if (log) {
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1).trim();
      else if (line.trim() && !committed.has(line.trim())) committed.set(line.trim(), date);
    }
  }
  for (const name of names) {
    const inRepo = committed.get(name);
    const dirty = changed.has(name);
    dates.set(
      name,
      inRepo && !dirty
        ? { date: inRepo, from: 'commit' }
        : { date: statSync(join(folder, name)).mtime.toISOString().slice(0, 10), from: 'file' },
    );
  }
  return dates;
}
