/**
 * Filters kept in the page's address by their controls' names (`/kpis/?q=stand-ups&kind=duration`),
 * so that reloading, going Back to the page and sharing its link all show what was filtered.
 */

/** A filter's control; its name is the address's parameter (`?q=`, `?kind=`). */
type Control = HTMLInputElement | HTMLSelectElement;

/** Sets each control from the address, as after a reload, Back or a shared link. */
export function fromAddress(controls: Iterable<Control>): void {
  const params = new URLSearchParams(location.search);
  for (const c of controls) {
    const value = params.get(c.name);
    if (!value) continue;
    c.value = value;
    // A select given a value it does not offer shows nothing; its first option ("All kinds") instead.
    if (!c.value && 'selectedIndex' in c) c.selectedIndex = 0;
  }
}

/**
 * Puts the controls' values in the address without a new history entry, an empty one removed and
 * any other parameter, the path and the #fragment kept; an unfiltered page keeps its plain address.
 */
export function toAddress(controls: Iterable<Control>): void {
  const url = new URL(location.href);
  for (const c of controls) {
    const value = c.value.trim();
    if (value) url.searchParams.set(c.name, value);
    else url.searchParams.delete(c.name);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
