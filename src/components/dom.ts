/**
 * Small DOM helpers shared by the handbook's custom elements: build nodes instead of HTML strings,
 * and register an element only once however often its module is loaded.
 */

/** Attribute values for `el()`: `true` sets an empty attribute, `false`, null and undefined leave it out. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * Creates an element with attributes and children. Strings become text nodes, so nothing passed
 * here is ever parsed as HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

/** Defines a custom element unless the name is taken, so importing a module twice never throws. */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/**
 * Text with `<mark>` highlights, such as a search excerpt, as nodes: the marks are kept, every
 * other tag is reduced to its text. The HTML is parsed into an inert template and never inserted.
 */
export function markedText(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((n) =>
    n.nodeName === 'MARK' ? el('mark', {}, n.textContent ?? '') : document.createTextNode(n.textContent ?? ''),
  );
}
