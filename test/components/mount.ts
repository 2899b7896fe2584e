/** Test helper: puts markup on the page the way a browser meets server-rendered HTML. */

/**
 * Replaces the body with `html`, connecting each element only once its children exist, as after
 * page load. (Setting innerHTML directly lets happy-dom connect a custom element before its children.)
 */
export function mount<T extends Element = HTMLElement>(html: string, selector?: string): T {
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.replaceChildren(template.content.cloneNode(true));
  const first = selector ? document.querySelector(selector) : document.body.firstElementChild;
  if (!first) throw new Error(`mount: nothing matches ${selector ?? 'the markup'}`);
  return first as T;
}

/** Types into an input as a reader would: sets the value and fires a bubbling input event. */
export function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('type: no input');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
