import { toCsv } from '../lib/handbook/to-csv.ts';
import type { Target } from '../lib/schema.ts';
import { evaluate, preciseNumber, readValue, STATUS_LABEL, summarise, summaryWords, type Verdict } from '../lib/targets/evaluate-target.ts';
import { formatTarget } from '../lib/targets/format-target.ts';
import { type History, parseHistory, periodKey, previousValue, recordValue, series } from '../lib/targets/history.ts';
import type { ScorecardKpi } from '../lib/targets/scorecard.ts';
import { defineElement, el } from './dom.ts';
import { CHECK_YOURSELF, CHECKING_KEY, calcIds, historyKey, valuesKey } from './ids.ts';
import { loadedGrammar, loadGrammar } from './target-grammar.ts';
import { verdictDetail } from './verdict.ts';

/** Keys of the values in the URL fragment and in storage: v<position>=value, t<position>=custom target. */
export const valueKey = (position: number) => `v${position}`;
export const targetKey = (position: number) => `t${position}`;

/** The typed values of one row, as the fragment and storage keep them. */
export interface RowValues {
  position: number;
  value: string;
  custom?: string | null;
}

/** The values as a fragment/storage string ("v1=85&t3=%E2%89%A590%25"); empty rows are left out. */
export function serialiseValues(rows: readonly RowValues[]): string {
  const p = new URLSearchParams();
  for (const r of rows) {
    if (r.value.trim()) p.set(valueKey(r.position), r.value.trim());
    if (r.custom?.trim()) p.set(targetKey(r.position), r.custom.trim());
  }
  return p.toString();
}

/** Where to restore from: a shared link wins over what this browser kept; a #kpi-… anchor is not a scorecard. */
export const restoreSource = (hash: string, stored: string | null): string => (hash.includes('=') ? hash : (stored ?? ''));

/** The summary line above the KPIs. */
interface Row {
  kpi: ScorecardKpi;
  value: HTMLInputElement;
  custom: HTMLInputElement | null;
  msg: HTMLElement;
  meter: HTMLMeterElement;
  /** The bullet chart and the line on this KPI's earlier periods, drawn under the verdict. */
  chart: HTMLElement;
  trend: HTMLElement;
  result: { target: Target; reading: string; value: number; verdict: Verdict } | null;
}

/** A day as the CSV, the file name and the printed sheet write it: "2026-12-07", the key of its day. */
const isoDate = (d: Date) => periodKey('day', d);

/**
 * `<role-scorecard data-role="qa">`: the role's calculator. It reads its KPIs from the JSON
 * `<script>` inside it, wires the inputs rendered beside each KPI (`[data-calc-for]`), shows a
 * verdict per row and a summary. Values are kept per role in localStorage and in the URL fragment
 * (#v1=85&t3=≥90%), never sent anywhere. Without scripts the inputs are hidden and the KPIs read as a list.
 */
export class RoleScorecard extends HTMLElement {
  #rows: Row[] = [];
  #key = '';
  #history: History = {};
  /** The day the scorecard is for; a test may set it. */
  today = new Date();
  #connection: AbortController | null = null;

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!json) return;
    const kpis = JSON.parse(json) as ScorecardKpi[];
    this.#key = valuesKey(this.dataset.role ?? '');
    this.#history = this.#loadHistory();
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    this.#rows = [];
    for (const kpi of kpis) {
      const slot = this.querySelector<HTMLElement>(`[data-calc-for="${CSS.escape(kpi.id)}"]`);
      const row = slot && this.#build(kpi, slot, signal);
      if (row) this.#rows.push(row);
    }
    this.#restore();
    // Checking is a mode of the list, remembered across roles; a shared link or the calculator's
    // "#check-yourself" link turns it on.
    let remembered = false;
    try {
      remembered = localStorage.getItem(CHECKING_KEY) === 'on';
    } catch {
      remembered = false;
    }
    this.#setChecking(remembered || location.hash.includes('=') || location.hash === `#${CHECK_YOURSELF}`, false);
    this.addEventListener(
      'input',
      (e) => {
        const row = this.#rows.find((r) => r.value === e.target || r.custom === e.target);
        if (row) this.#check(row);
        this.#save();
      },
      { signal },
    );
    this.addEventListener(
      'click',
      (e) => {
        const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
        if (action === 'clear') this.clear();
        if (action === 'csv') this.#download(this.csv, 'scorecard');
        if (action === 'history') this.#download(this.historyCsv, 'history');
        if (action === 'mode') this.#setChecking(!this.checking, true);
        if (action === 'print') {
          this.#setChecking(true, false);
          window.print();
        }
      },
      { signal },
    );
    // A shared link opened on this very page (pasted in the address bar, or followed from a note
    // on the page) brings its values, as it would on a fresh load.
    window.addEventListener(
      'hashchange',
      () => {
        if (!location.hash.includes('=')) return;
        this.#restore();
        this.#setChecking(true, false);
      },
      { signal },
    );
    // The printed sheet carries the day and the page's full address, which only the browser knows.
    window.addEventListener(
      'beforeprint',
      () => {
        const date = this.querySelector('[data-print-date]');
        if (date) date.textContent = isoDate(new Date());
        const address = this.querySelector('.print-address');
        if (address) address.textContent = location.href;
      },
      { signal },
    );
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
  }

  /** Whether the list is in "Check my values" mode, with an input beside each KPI. */
  get checking(): boolean {
    return this.hasAttribute('data-checking');
  }

  /** Switches the mode; `byReader` remembers the choice and takes focus to the first input. */
  #setChecking(on: boolean, byReader: boolean) {
    this.toggleAttribute('data-checking', on);
    this.querySelector('[data-action="mode"]')?.setAttribute('aria-pressed', String(on));
    if (!byReader) return;
    try {
      localStorage.setItem(CHECKING_KEY, on ? 'on' : 'off');
    } catch {
      // Storage may be refused; the mode then lasts for this page.
    }
    if (on) this.querySelector<HTMLInputElement>('.calc input')?.focus();
  }

  /** The scorecard's values as the fragment and storage keep them. */
  get values(): string {
    return serialiseValues(this.#rows.map((r) => ({ position: r.kpi.position, value: r.value.value, custom: r.custom?.value })));
  }

  /** The scorecard as CSV, one row per KPI: whose, when, what was read and the verdict. */
  get csv(): string {
    const role = this.dataset.roleName ?? '';
    const document = this.dataset.document ?? '';
    const date = isoDate(this.today);
    const rows = this.#rows.map((r) => {
      const error = r.msg.dataset.status === 'error';
      return [
        role,
        document,
        periodKey(r.kpi.period, this.today),
        date,
        r.kpi.name,
        r.result ? formatTarget(r.result.target).text : r.kpi.target ? formatTarget(r.kpi.target).text : '',
        r.value.value.trim(),
        r.result?.reading ?? '',
        r.result ? STATUS_LABEL[r.result.verdict.status].word : error ? 'Could not read' : r.value.value.trim() ? '' : 'Empty',
        r.result ? Math.round(Math.min(1, r.result.verdict.attainment) * 1000) / 10 : '',
        r.result?.verdict.gapText ?? (error ? r.msg.textContent : ''),
      ];
    });
    return `\uFEFF${toCsv(['Role', 'Document', 'Period', 'Date', 'KPI', 'Target', 'Your value', 'Read as', 'Status', 'Attainment %', 'Gap'], rows)}`;
  }

  /** Every value kept for this role, one row per KPI and period, oldest first. */
  get historyCsv(): string {
    const role = this.dataset.roleName ?? '';
    const rows = this.#rows.flatMap((r) => series(this.#history, r.kpi.position).map((e) => [role, r.kpi.name, e.key, e.value]));
    return `\uFEFF${toCsv(['Role', 'KPI', 'Period', 'Value'], rows)}`;
  }

  /** Empties every input and forgets the values. */
  clear() {
    for (const r of this.#rows) {
      r.value.value = '';
      if (r.custom) r.custom.value = '';
      this.#check(r);
    }
    this.#save();
  }

  /** Wires the inputs the page rendered for one KPI. */
  #build(kpi: ScorecardKpi, slot: HTMLElement, signal: AbortSignal): Row | null {
    const n = kpi.position;
    const value = slot.querySelector<HTMLInputElement>(`#${calcIds.value(n)}`);
    const msg = slot.querySelector<HTMLElement>('.calc-msg');
    const meter = slot.querySelector('meter');
    if (!value || !msg || !meter) return null;
    const formula = slot.querySelector<HTMLElement>('[data-formula]');
    if (kpi.formula && formula) this.#formula(kpi, value, formula, signal);
    const chart = el('div', { class: 'bullet', hidden: true });
    const trend = el('p', { class: 'calc-trend muted', hidden: true });
    msg.after(chart, trend);
    return { kpi, value, custom: slot.querySelector(`#${calcIds.target(n)}`), msg, meter, chart, trend, result: null };
  }

  /** "Compute from counts": the glossary formula's inputs fill the value when all are given. */
  #formula(kpi: ScorecardKpi, value: HTMLInputElement, box: HTMLElement, signal: AbortSignal) {
    const f = kpi.formula!;
    const inputs = f.inputs.map((i) => box.querySelector<HTMLInputElement>(`#${calcIds.formula(kpi.position, i.id)}`));
    const out = box.querySelector('p');
    box.addEventListener(
      'input',
      (e) => {
        // The formula's own inputs are not values; only the value they compute is.
        e.stopPropagation();
        // Loaded on first use, like the grammar: most readers never open "Compute from counts".
        void import('../lib/targets/evaluate-formula.ts').then(({ computeFormula }) => {
          const r = computeFormula(
            f,
            inputs.map((i) => i?.value ?? ''),
            kpi.target,
          );
          // Inputs that cannot give a value (one missing, or 17 done of 15 due) leave no value
          // behind: the verdict and the summary it fed are worked out again, never left stale.
          const invalid = 'message' in r && r.message !== '';
          for (const i of inputs) {
            if (invalid) i?.setAttribute('aria-invalid', 'true');
            else i?.removeAttribute('aria-invalid');
          }
          if ('message' in r) {
            if (out) out.textContent = r.message;
            if (value.value) {
              value.value = '';
              value.dispatchEvent(new Event('input', { bubbles: true }));
            }
            return;
          }
          value.value = r.value;
          if (out) out.textContent = `${f.expression} = ${value.value}`;
          value.dispatchEvent(new Event('input', { bubbles: true }));
        });
      },
      { signal },
    );
  }

  #check(row: Row) {
    const { msg, meter, value, custom } = row;
    row.result = null;
    meter.hidden = true;
    row.chart.hidden = true;
    row.trend.hidden = true;
    delete msg.dataset.status;
    value.removeAttribute('aria-invalid');
    custom?.removeAttribute('aria-invalid');
    let target = row.kpi.target;
    if (!target) {
      const phrase = custom?.value.trim() ?? '';
      if (!phrase) {
        msg.textContent = value.value.trim() ? 'This KPI has no numeric target in the source; type your own target to check against.' : '';
        return;
      }
      const parseTarget = loadedGrammar();
      if (!parseTarget) {
        msg.textContent = 'Reading your target…';
        void loadGrammar().then(() => {
          this.#check(row);
          this.#summarise();
        });
        return;
      }
      const parsed = parseTarget(phrase);
      if ('error' in parsed) return this.#error(row, custom!, parsed.error);
      target = parsed.target;
    }
    if (!value.value.trim()) {
      msg.textContent = row.kpi.target ? '' : `Your target: ${formatTarget(target).text}.`;
      return;
    }
    const reading = readValue(value.value, target);
    if ('error' in reading) return this.#error(row, value, reading.error);
    // The document's amber band says what is close to its own target, not to one typed here.
    const amber = target === row.kpi.target ? row.kpi.amber : undefined;
    const verdict = evaluate(target, reading.value, amber);
    const label = STATUS_LABEL[verdict.status];
    row.result = { target, reading: reading.text, value: reading.value, verdict };
    msg.dataset.status = verdict.status;
    msg.replaceChildren(
      el('span', { class: 'verdict' }, el('span', { 'aria-hidden': 'true' }, `${label.icon} `), label.word),
      verdictDetail(verdict.gapText, reading, formatTarget(target).text),
    );
    const attainment = Math.min(1, verdict.attainment);
    meter.value = attainment;
    meter.title = `${Math.round(attainment * 100)} % of target`;
    meter.hidden = false;
    this.#drawChart(row, target, reading.value, verdict, reading.text, amber);
  }

  /**
   * Draws the row's bullet chart, whose module is loaded on the first verdict (most readers of a
   * role page never check a value); a verdict that changed meanwhile is not overdrawn by an old one.
   */
  #drawChart(row: Row, target: Target, actual: number, verdict: Verdict, readAs: string, amber: Target | undefined) {
    const result = row.result;
    void import('./scorecard-chart.ts').then(({ drawBulletChart }) => {
      if (row.result !== result) return;
      drawBulletChart(row.chart, target, actual, verdict, { value: readAs, target: formatTarget(target).text }, amber);
    });
  }

  /** Keeps the row's value for this period and says how it compares with the period before. */
  #track(row: Row) {
    const key = periodKey(row.kpi.period, this.today);
    this.#history = recordValue(this.#history, row.kpi.position, key, row.result ? row.value.value : '');
    const before = row.result ? previousValue(this.#history, row.kpi.position, key) : null;
    if (!row.result || !before) return;
    const earlier = readValue(before.value, row.result.target);
    if ('error' in earlier) return;
    const change = row.result.value - earlier.value;
    const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
    row.trend.textContent = `${before.key}: ${earlier.text}; ${key}: ${row.result.reading} (${sign}${preciseNumber(Math.abs(change))} since then).`;
    row.trend.hidden = false;
  }

  #error(row: Row, input: HTMLInputElement, message: string) {
    input.setAttribute('aria-invalid', 'true');
    row.msg.dataset.status = 'error';
    row.msg.textContent = message;
  }

  #summarise() {
    const status = this.querySelector('.scorecard-summary');
    const checked = this.#rows.flatMap((r) => (r.result ? [{ name: r.kpi.name, verdict: r.result.verdict }] : []));
    const unreadable = this.#rows.filter((r) => r.msg.dataset.status === 'error').length;
    if (status) status.textContent = summaryWords(summarise(checked, unreadable), this.#rows.length);
  }

  #save() {
    const s = this.values;
    for (const r of this.#rows) this.#track(r);
    try {
      if (s) localStorage.setItem(this.#key, s);
      else localStorage.removeItem(this.#key);
      localStorage.setItem(historyKey(this.dataset.role ?? ''), JSON.stringify(this.#history));
    } catch {
      // Storage may be refused (private mode); the address still holds the values.
    }
    history.replaceState(null, '', s ? `#${s}` : location.pathname + location.search);
    this.#summarise();
  }

  #restore() {
    const hash = location.hash.slice(1);
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(this.#key) ?? this.#adoptLegacyValues();
    } catch {
      stored = null;
    }
    const p = new URLSearchParams(restoreSource(hash, stored));
    for (const r of this.#rows) {
      r.value.value = p.get(valueKey(r.kpi.position)) ?? '';
      if (r.custom) r.custom.value = p.get(targetKey(r.kpi.position)) ?? '';
      if (r.value.value || r.custom?.value) this.#check(r);
    }
    if (hash.includes('=')) this.#save();
    else {
      for (const r of this.#rows) this.#track(r);
      this.#summarise();
    }
  }

  #loadHistory(): History {
    try {
      return parseHistory(localStorage.getItem(historyKey(this.dataset.role ?? '')));
    } catch {
      return {};
    }
  }

  /**
   * Values saved under one of the role's ids from before ids were scoped by document, moved to
   * its current key so that nothing a reader typed is lost when the handbook's URLs change.
   */
  #adoptLegacyValues(): string | null {
    for (const old of (this.dataset.legacyRoles ?? '').split(' ').filter(Boolean)) {
      const stored = localStorage.getItem(valuesKey(old));
      if (stored === null) continue;
      localStorage.setItem(this.#key, stored);
      localStorage.removeItem(valuesKey(old));
      return stored;
    }
    return null;
  }

  #download(text: string, what: string) {
    const a = el('a', {
      href: URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })),
      // The role's slug and the day: a file name cannot hold the "/" of a document-scoped id.
      download: `${this.dataset.role?.split('/').pop()}-${what}-${isoDate(this.today)}.csv`,
    });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}

defineElement('role-scorecard', RoleScorecard);
