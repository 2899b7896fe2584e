/**
 * The target grammar for the browser, loaded on first use. Role pages need it only when a reader
 * types a target of their own, and the calculator page once something is typed, so its regular
 * expressions and tables stay out of what a page loads before anyone types.
 */
import type { parseTargetPhrase } from '../lib/targets/parse-target.ts';

export type ParseTarget = typeof parseTargetPhrase;

let parse: ParseTarget | null = null;
let loading: Promise<ParseTarget> | null = null;

/** The grammar if it has been loaded, else null. */
export const loadedGrammar = (): ParseTarget | null => parse;

/** Loads the grammar once; every caller gets the same promise. */
export function loadGrammar(): Promise<ParseTarget> {
  loading ??= import('../lib/targets/parse-target.ts').then((m) => {
    parse = m.parseTargetPhrase;
    return parse;
  });
  return loading;
}
