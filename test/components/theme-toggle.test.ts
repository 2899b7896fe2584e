// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THEME_KEY } from '../../src/components/ids.ts';
import { currentTheme, nextAction, type ThemeToggle } from '../../src/components/theme-toggle.ts';
import { mount } from './mount.ts';

const button = () => document.querySelector('theme-toggle button') as HTMLButtonElement;
const html = '<theme-toggle><button type="button" data-needs-js><span class="label">Dark theme</span></button></theme-toggle>';

describe('<theme-toggle>', () => {
  beforeEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });
  afterEach(() => document.body.replaceChildren());

  it('says what it will do: switch away from the system theme, then match the system again', () => {
    // happy-dom's system preference is light.
    mount(html);
    expect([button().textContent, button().getAttribute('aria-label')]).toEqual(['Dark theme', 'Switch to dark theme']);
    button().click();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect([button().textContent, button().getAttribute('aria-label')]).toEqual(['System theme', 'Match the system theme']);
    button().click();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
    expect(button().textContent).toBe('Dark theme');
  });

  it('offers the system theme when a theme was chosen before it started', () => {
    document.documentElement.dataset.theme = 'light';
    mount(html);
    expect(button().getAttribute('aria-label')).toBe('Match the system theme');
  });

  it('offers light on a dark system', () => {
    expect(nextAction(undefined, true)).toEqual({ text: 'Light theme', label: 'Switch to light theme', next: 'light' });
    expect(nextAction('dark', true).next).toBeNull();
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
