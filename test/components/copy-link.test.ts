// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyLink, RESET_MS } from '../../src/components/copy-link.ts';
import { mount as mountHtml } from './mount.ts';

function mount(): CopyLink {
  return mountHtml<CopyLink>(`<copy-link class="copy-link" data-fragment="kpi-pass-rate">
      <button type="button" data-needs-js>Copy link<span class="visually-hidden"> to this KPI</span></button>
      <span role="status" class="visually-hidden"></span>
    </copy-link>`);
}
const button = () => document.querySelector('copy-link button') as HTMLButtonElement;
const status = () => document.querySelector('copy-link [role="status"]')!.textContent;

describe('<copy-link>', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    history.replaceState(null, '', '/roles/qa/');
    writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('is the registered copy-link element', () => {
    expect(mount()).toBeInstanceOf(CopyLink);
  });

  it('copies the absolute URL of its KPI, says so, then resets', async () => {
    vi.useFakeTimers();
    mount();
    button().click();
    await vi.waitFor(() => expect(status()).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/roles/qa/#kpi-pass-rate`);
    expect(button().textContent).toBe('Copied to this KPI');
    vi.advanceTimersByTime(RESET_MS);
    expect(button().textContent).toBe('Copy link to this KPI');
    expect(status()).toBe('');
  });

  it('without clipboard permission, moves to the anchor so the address bar holds the link', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    mount();
    button().click();
    await vi.waitFor(() => expect(status()).toBe('Copy the address from the address bar'));
    expect(location.hash).toBe('#kpi-pass-rate');
  });

  it('stops listening when removed from the page', () => {
    const element = mount();
    element.remove();
    element.querySelector('button')!.click();
    expect(writeText).not.toHaveBeenCalled();
    document.body.append(element);
    button().click();
    expect(writeText).toHaveBeenCalledTimes(1);
  });
});
