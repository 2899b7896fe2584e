// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuToggle } from '../../src/components/menu-toggle.ts';
import '../../src/components/menu-toggle.ts';
import { mount } from './mount.ts';

const html = `
  <menu-toggle><button type="button" aria-expanded="false" aria-controls="sidebar">Menu</button></menu-toggle>
  <nav id="sidebar"><a href="#roles">Roles</a><a href="#qa" aria-current="page">QA</a></nav>`;
const button = () => document.querySelector('menu-toggle button') as HTMLButtonElement;

describe('<menu-toggle>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    delete document.documentElement.dataset.menu;
  });

  it('opens the drawer, focuses the current page’s link, and closes on Escape with focus back on the button', () => {
    mount(html);
    button().click();
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(document.documentElement.dataset.menu).toBe('open');
    expect(document.activeElement?.textContent).toBe('QA');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.documentElement.dataset.menu).toBeUndefined();
    expect(document.activeElement).toBe(button());
  });

  it('closes when a link in the drawer or anything outside it is clicked', () => {
    mount(html);
    button().click();
    document.querySelector<HTMLAnchorElement>('#sidebar a')!.click();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    button().click();
    document.body.click();
    expect(button().getAttribute('aria-expanded')).toBe('false');
  });

  it('stops listening, and closes, when removed from the page', () => {
    const element = mount<MenuToggle>(html);
    button().click();
    element.remove();
    expect(document.documentElement.dataset.menu).toBeUndefined();
    element.querySelector('button')!.click();
    expect(document.documentElement.dataset.menu).toBeUndefined();
  });
});
