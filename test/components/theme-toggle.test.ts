// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THEME_KEY } from '../../src/components/ids.ts';
import { currentTheme, type ThemeToggle } from '../../src/components/theme-toggle.ts';
import { mount } from './mount.ts';

const button = () => document.querySelector('theme-toggle button') as HTMLButtonElement;
const html = '<theme-toggle><button type="button" aria-pressed="false" data-needs-js>Dark theme</button></theme-toggle>';

describe('<theme-toggle>', () => {
  beforeEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });
  afterEach(() => document.body.replaceChildren());

  it('flips between dark and light, says which is on and remembers the choice', () => {
    mount(html);
    expect(button().getAttribute('aria-pressed')).toBe('false');
    button().click();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(button().getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    button().click();
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(button().getAttribute('aria-pressed')).toBe('false');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
  });

  it('shows a theme chosen before it started as pressed', () => {
    document.documentElement.dataset.theme = 'dark';
    mount(html);
    expect(button().getAttribute('aria-pressed')).toBe('true');
  });

  it('stops listening when removed from the page', () => {
    const element = mount<ThemeToggle>(html);
    element.remove();
    element.querySelector('button')!.click();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('reads the chosen theme first and the system preference otherwise', () => {
    const root = document.createElement('html');
    expect([currentTheme(root, true), currentTheme(root, false)]).toEqual(['dark', 'light']);
    root.dataset.theme = 'light';
    expect(currentTheme(root, true)).toBe('light');
  });

  it('uses the same storage key as the inline script that applies the theme before first paint', () => {
    const layout = readFileSync(join(import.meta.dirname, '../../src/layouts/base-layout.astro'), 'utf8');
    const inline = layout.match(/<script is:inline>([\s\S]*?)<\/script>/)?.[1] ?? '';
    expect(inline).toContain(`localStorage.getItem('${THEME_KEY}')`);
  });
});
