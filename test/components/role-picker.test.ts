// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type RolePicker, scorecardUrl } from '../../src/components/role-picker.ts';
import { mount } from './mount.ts';

const html = `
  <role-picker data-base="/handbook/">
    <form class="filter" data-needs-js>
      <select name="role"><option value="qa">QA</option><option value="tech-team">Tech Team</option></select>
      <button type="submit">Open its scorecard</button>
    </form>
    <div class="role-links" data-no-js><a href="/handbook/roles/qa/#check-yourself">QA</a></div>
  </role-picker>`;

function submit(element: RolePicker) {
  element.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

describe('<role-picker>', () => {
  afterEach(() => document.body.replaceChildren());

  it('opens the chosen role’s scorecard under the site’s base', () => {
    const element = mount<RolePicker>(html);
    const navigate = vi.spyOn(element, 'navigate').mockImplementation(() => {});
    element.querySelector('select')!.value = 'tech-team';
    submit(element);
    expect(navigate).toHaveBeenCalledWith('/handbook/roles/tech-team/#check-yourself');
  });

  it('links to the same place as the links shown without scripts', () => {
    expect(scorecardUrl('/handbook/', 'qa')).toBe(
      document.createRange().createContextualFragment(html).querySelector('.role-links a')!.getAttribute('href'),
    );
  });

  it('stops listening when removed from the page', () => {
    const element = mount<RolePicker>(html);
    const navigate = vi.spyOn(element, 'navigate').mockImplementation(() => {});
    element.remove();
    submit(element);
    expect(navigate).not.toHaveBeenCalled();
  });
});
