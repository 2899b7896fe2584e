/**
 * Draws a checked value's bullet chart (bullet-chart.ts) as inline SVG: the bands, the target's
 * mark and the value's bar, named by its text alternative. Loaded by the scorecard on first use.
 */
import type { Target } from '../lib/schema.ts';
import { bulletChart } from '../lib/targets/bullet-chart.ts';
import type { Verdict } from '../lib/targets/evaluate-target.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 200;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** Replaces `box`'s content with the chart and shows it. */
export function drawBulletChart(
  box: HTMLElement,
  target: Target,
  actual: number,
  verdict: Verdict,
  words: { value: string; target: string },
  amber: Target | undefined,
): void {
  const c = bulletChart(target, actual, verdict, words, amber);
  const w = WIDTH;
  const chart = svg('svg', { viewBox: `0 0 ${w} 20`, width: w, height: 20, role: 'img', 'aria-label': c.label, focusable: 'false' });
  for (const b of c.bands)
    chart.append(svg('rect', { class: `band-${b.kind}`, x: b.from * w, y: 0, width: (b.to - b.from) * w, height: 20 }));
  chart.append(svg('rect', { class: `bar status-${verdict.status}`, x: 0, y: 7, width: Math.max(1, c.value * w), height: 6 }));
  for (const m of c.marks) chart.append(svg('rect', { class: 'mark', x: Math.min(w - 2, m * w - 1), y: 2, width: 2, height: 16 }));
  box.replaceChildren(chart);
  box.hidden = false;
}
