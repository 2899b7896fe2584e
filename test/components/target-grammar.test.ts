// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../src/components/adhoc-check.ts';
import { loadedGrammar, loadGrammar } from '../../src/components/target-grammar.ts';
import { mount, type } from './mount.ts';

describe('the target grammar in the browser', () => {
  it('is loaded on the first keystroke, and the check then completes', async () => {
    expect(loadedGrammar()).toBeNull();
    mount(`<adhoc-check><input name="target" /><input name="value" /><p role="status"></p></adhoc-check>`);
    type(document.querySelector<HTMLInputElement>('[name="value"]'), '85');
    type(document.querySelector<HTMLInputElement>('[name="target"]'), '≥ 90%');
    expect(document.querySelector('[role="status"]')!.textContent).toBe('');
    const parse = await loadGrammar();
    expect(loadedGrammar()).toBe(parse);
    await Promise.resolve();
    expect(document.querySelector('[role="status"]')!.textContent).toMatch(/^≈ Close — 5 percentage points short/);
  });
});
