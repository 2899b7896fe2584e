// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { defineElement, el, markedText } from '../../src/components/dom.ts';

describe('el', () => {
  it('sets text as text, never as HTML', () => {
    const a = el('a', { href: '/roles/qa/', class: 'x' }, '<img src=x onerror=alert(1)>', el('b', {}, 'bold'));
    expect(a.outerHTML).toBe('<a href="/roles/qa/" class="x">&lt;img src=x onerror=alert(1)&gt;<b>bold</b></a>');
    expect(a.querySelector('img')).toBeNull();
  });

  it('writes true as an empty attribute and leaves out false, null and undefined', () => {
    const box = el('input', { type: 'checkbox', checked: true, disabled: false, title: null, name: undefined, tabindex: 0 });
    expect(box.outerHTML).toBe('<input type="checkbox" checked="" tabindex="0">');
    expect(box.checked).toBe(true);
  });
});

describe('defineElement', () => {
  it('defines once and ignores a second definition of the same name', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('x-defined-once', First);
    expect(() => defineElement('x-defined-once', Second)).not.toThrow();
    expect(customElements.get('x-defined-once')).toBe(First);
  });
});

describe('component modules', () => {
  const modules = ['adhoc-check', 'copy-link', 'kpi-table', 'role-filter', 'role-picker', 'role-scorecard', 'site-search', 'theme-toggle'];

  it.each(modules)('%s registers its element once, however often the module is loaded', async (name) => {
    const first = await import(`../../src/components/${name}.ts`);
    const defined = customElements.get(name);
    expect(defined).toBeDefined();
    expect(Object.values(first)).toContain(defined);
    vi.resetModules();
    const second = await import(`../../src/components/${name}.ts`);
    expect(Object.values(second)).not.toContain(defined);
    expect(customElements.get(name)).toBe(defined);
  });
});

describe('markedText', () => {
  it('keeps <mark> highlights and reduces any other markup to its text', () => {
    const p = el(
      'p',
      {},
      ...markedText('Mean <mark>time</mark> to &lt;restore&gt; <img src=x onerror="alert(1)"><script>alert(2)</script>'),
    );
    expect(p.innerHTML).toBe('Mean <mark>time</mark> to &lt;restore&gt; alert(2)');
    expect(p.querySelectorAll('mark')).toHaveLength(1);
  });
});
