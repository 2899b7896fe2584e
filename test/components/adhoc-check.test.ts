// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AdhocCheck, checkOne } from '../../src/components/adhoc-check.ts';
import { loadGrammar } from '../../src/components/target-grammar.ts';
import { mount, type } from './mount.ts';

const html = `
  <adhoc-check>
    <div class="filter" role="group" data-needs-js>
      <label>Target <input type="text" name="target" aria-describedby="adhoc-result" /></label>
      <label>Your value <input type="text" name="value" aria-describedby="adhoc-result" /></label>
    </div>
    <p id="adhoc-result" class="calc-msg" role="status"></p>
  </adhoc-check>`;
const field = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`);
const out = () => document.getElementById('adhoc-result')!;

describe('<adhoc-check>', () => {
  // The grammar loads on first use (target-grammar.test.ts covers that); here it is ready.
  beforeAll(async () => {
    await loadGrammar();
  });
  afterEach(() => document.body.replaceChildren());

  it('reads the target back, then gives a verdict for the value', () => {
    mount(html);
    type(field('target'), '≥ 90%');
    expect(out().textContent).toBe('Target read as ≥ 90 % (at least 90 percent).');
    type(field('value'), '85');
    expect(out().textContent).toBe('≈ Close — 5 percentage points short of the target. Read as 85 %; target ≥ 90 %.');
    expect(out().dataset.status).toBe('close');
  });

  it('marks the input that cannot be read, and only that one', () => {
    mount(html);
    type(field('target'), 'soon');
    expect(field('target')!.getAttribute('aria-invalid')).toBe('true');
    expect(out().dataset.status).toBe('error');
    type(field('target'), 'under 2 days');
    type(field('value'), 'often');
    expect(field('target')!.hasAttribute('aria-invalid')).toBe(false);
    expect(field('value')!.getAttribute('aria-invalid')).toBe('true');
    type(field('value'), '1 day');
    expect(out().textContent).toMatch(/^✓ Met — /);
    expect(field('value')!.hasAttribute('aria-invalid')).toBe(false);
  });

  it('stops listening when removed from the page', () => {
    const element = mount<AdhocCheck>(html);
    element.remove();
    type(element.querySelector('[name="target"]'), '≥ 90%');
    expect(element.querySelector('[role="status"]')!.textContent).toBe('');
  });

  it('says nothing until a target is typed', () => {
    expect(checkOne('  ', '85', () => ({ error: 'never called' }))).toEqual({ text: '', status: '' });
  });
});
