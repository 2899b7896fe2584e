import { evaluate, readValue, STATUS_LABEL } from '../lib/targets/evaluate-target.ts';
import { formatTarget } from '../lib/targets/format-target.ts';
import { defineElement } from './dom.ts';
import { loadedGrammar, loadGrammar, type ParseTarget } from './target-grammar.ts';
import { verdictDetail } from './verdict.ts';

/** Which input a problem is in, for aria-invalid; none when the check simply has nothing to say. */
export type CheckResult = { text: string; status: string; invalid?: 'target' | 'value' };

/** Checks a typed target phrase against a typed value, as the role pages do, with the grammar given. */
export function checkOne(phrase: string, value: string, parseTarget: ParseTarget): CheckResult {
  if (!phrase.trim()) return { text: '', status: '' };
  const parsed = parseTarget(phrase.trim());
  if ('error' in parsed) return { text: parsed.error, status: 'error', invalid: 'target' };
  const badge = formatTarget(parsed.target);
  if (!value.trim()) return { text: `Target read as ${badge.text} (${badge.words}).`, status: '' };
  const reading = readValue(value, parsed.target);
  if ('error' in reading) return { text: reading.error, status: 'error', invalid: 'value' };
  const v = evaluate(parsed.target, reading.value);
  const label = STATUS_LABEL[v.status];
  return { text: `${label.icon} ${label.word}${verdictDetail(v.gapText, reading, badge.text)}`, status: v.status };
}

/**
 * `<adhoc-check>`: checks one typed target (`[name="target"]`) against one typed value
 * (`[name="value"]`) and writes the verdict into its `[role="status"]`. Without scripts the inputs
 * are hidden and a <noscript> note points to the role pages.
 */
export class AdhocCheck extends HTMLElement {
  #connection: AbortController | null = null;

  connectedCallback() {
    this.#connection = new AbortController();
    this.addEventListener('input', () => this.update(), { signal: this.#connection.signal });
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
  }

  update() {
    const out = this.querySelector<HTMLElement>('[role="status"]');
    const target = this.querySelector<HTMLInputElement>('[name="target"]');
    const value = this.querySelector<HTMLInputElement>('[name="value"]');
    if (!out || !target || !value) return;
    const parseTarget = loadedGrammar();
    if (!parseTarget) {
      void loadGrammar().then(() => this.update());
      return;
    }
    const result = checkOne(target.value, value.value, parseTarget);
    for (const [input, name] of [
      [target, 'target'],
      [value, 'value'],
    ] as const) {
      if (result.invalid === name) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    out.dataset.status = result.status;
    out.textContent = result.text;
  }
}

defineElement('adhoc-check', AdhocCheck);
