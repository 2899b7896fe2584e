/**
 * The reading limits, stated once. A file past one is not read: the build stops with an error
 * naming the file, the limit and what to do, instead of hanging or running out of memory. The
 * defaults pass a large real handbook with room to spare (see "Limits" in the README for the
 * measurements); an editor raises one in src/content.config.ts: `seedsLoader({ limits: { … } })`.
 */
import { z } from 'zod';
import { diagnostic } from '../diagnostic.ts';
import type { Diagnostic } from '../schema.ts';

export const readingLimitsSchema = z
  .object({
    /** The largest file read, in megabytes (10⁶ bytes), as it lies in the seeds folder. */
    maxFileMB: z.number().positive().default(50),
    /** The most a .docx, .xlsx or .zip may expand to, all its parts together; checked while inflating. */
    maxExpandedMB: z.number().positive().default(200),
    /** The most text one document may hold once decoded or converted, in millions of characters. */
    maxTextMB: z.number().positive().default(32),
    /** The deepest nesting read: HTML elements, Markdown quotes and lists, outline numbers. */
    maxDepth: z.number().int().positive().default(256),
    /** The most paragraphs, list items, headings and table rows one document may hold. */
    maxBlocks: z.number().int().positive().default(50_000),
  })
  .strict();
export type ReadingLimits = z.infer<typeof readingLimitsSchema>;
export type ReadingLimitsInput = z.input<typeof readingLimitsSchema>;

/** The defaults, for callers given no configuration. */
export const DEFAULT_LIMITS: ReadingLimits = readingLimitsSchema.parse({});

const SHOWN: Record<keyof ReadingLimits, (n: number) => string> = {
  maxFileMB: (n) => `${n} MB`,
  maxExpandedMB: (n) => `${n} MB`,
  maxTextMB: (n) => `${n} million characters`,
  maxDepth: (n) => `${n} levels`,
  maxBlocks: (n) => `${n.toLocaleString('en')} blocks`,
};

const ADVICE: Record<keyof ReadingLimits, string> = {
  maxFileMB: 'Remove embedded images and scripts, or split the document.',
  maxExpandedMB: 'This may be a damaged or malicious archive; open it in its program and save it again.',
  maxTextMB: 'Split the document into smaller ones.',
  maxDepth: 'Flatten the nesting: save the page again from its editor, or copy its text into a new .md file.',
  maxBlocks: 'Split the document into smaller ones.',
};

/** Megabytes as messages show them: "2.4 MB", "400 MB". */
export const megabytes = (bytes: number): string => `${Number((bytes / 1e6).toPrecision(bytes < 1e7 ? 2 : 3))} MB`;

/**
 * The error for a file past a limit: `what` says what was found ("this file is 60 MB",
 * "word/document.xml expands past 200 MB"), `line` where, when a line can be named.
 */
export function overLimit(file: string, limit: keyof ReadingLimits, limits: ReadingLimits, what: string, line = 0, column = 0): Diagnostic {
  return diagnostic(
    'over-limit',
    file,
    line,
    column,
    `Not read: ${what}, over the limit of ${SHOWN[limit](limits[limit])} (${limit}). ${ADVICE[limit]} To read it anyway, raise ${limit} in seedsLoader({ limits }) in src/content.config.ts.`,
  );
}
