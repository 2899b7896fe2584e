/**
 * Checks that help the people who write the KPI documents: typos, repeated words, copy-paste
 * slips, numbers that disagree with their noun, KPIs nobody can measure. Pure: the dictionary is
 * passed in, so the same checks run in the build, in `npm run lint:docs` and in unit tests.
 *
 * Every check is linear in the number of KPIs (or n log n for the final sort): entities are
 * grouped by document, role or measure once, and nothing is compared pairwise, so a document
 * with thousands of roles costs no more per role than one with ten.
 */
import { type DiagnosticCode, diagnostic } from '../diagnostic.ts';
import { groupBy } from '../group-by.ts';
import { familyOf, roleFamilies } from '../handbook/related-roles.ts';
import { quote } from '../quote.ts';
import type { Definition, Diagnostic, HandbookDocument, Kpi, Role } from '../schema.ts';
import { formatTarget } from '../targets/format-target.ts';
import { targetDetails } from '../targets/kinds.ts';

export interface Speller {
  /** True when the word is spelled correctly. */
  correct(word: string): boolean;
  /** Likely intended words, best first. */
  suggest(word: string): string[];
}

export interface HealthInput {
  documents: readonly HandbookDocument[];
  roles: readonly Role[];
  kpis: readonly Kpi[];
  definitions: readonly Definition[];
  /** Terms and aliases the glossary and documents define, lower case. */
  definedTerms: readonly string[];
  /** Words the organisation uses that no dictionary has (product names, jargon). */
  vocabulary: readonly string[];
  speller: Speller;
}

/** One place per entity to look at: the lines it spans and who it belongs to. */
interface Place {
  doc: HandbookDocument;
  role: Role | null;
  kpi: Kpi | null;
  lines: number[];
}

type Emit = (p: Place, code: DiagnosticCode, line: number, column: number, message: string) => void;

const WORD_RE = /\p{L}[\p{L}'’]*/gu;
const TEXT_KINDS = new Set(['kpi', 'continuation', 'role', 'definition']);

/** Places to read text from: each role heading, each KPI (with continuation lines), each definition. */
function places(input: HealthInput): Place[] {
  const roleById = new Map(input.roles.map((r) => [r.id, r]));
  const rolesOf = groupBy(input.roles, (r) => r.document);
  const kpisOf = groupBy(input.kpis, (k) => k.document);
  const definitionsOf = groupBy(input.definitions, (d) => d.document);
  const out: Place[] = [];
  for (const doc of input.documents) {
    const linesOf = new Map<string, number[]>();
    for (const a of doc.lineAccounts) {
      if (!a.ref || !TEXT_KINDS.has(a.kind)) continue;
      const list = linesOf.get(a.ref);
      if (list) list.push(a.line);
      else linesOf.set(a.ref, [a.line]);
    }
    for (const r of rolesOf.get(doc.id) ?? []) out.push({ doc, role: r, kpi: null, lines: [r.source.line] });
    for (const k of kpisOf.get(doc.id) ?? [])
      out.push({ doc, role: roleById.get(k.role) ?? null, kpi: k, lines: linesOf.get(k.id) ?? [k.source.line] });
    for (const d of definitionsOf.get(doc.id) ?? []) out.push({ doc, role: null, kpi: null, lines: linesOf.get(d.id) ?? [d.source.line] });
  }
  return out;
}

/** "response response": the same word twice in a row. */
function repeatedWords(p: Place, emit: Emit) {
  for (const line of p.lines) {
    for (const m of (p.doc.lines[line - 1] ?? '').matchAll(/(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/giu)) {
      emit(p, 'repeated-word', line, m.index! + 1, `${quote(m[0])} repeats a word; write ${quote(m[1]!)} once.`);
    }
  }
}

/** Words no dictionary knows, with suggestions; each distinct word is looked up once. */
function misspellingCheck(input: HealthInput) {
  const vocabulary = new Set(input.vocabulary.map((w) => w.toLowerCase()));
  const known = new Map<string, boolean>();
  const isKnown = (word: string) => {
    let ok = known.get(word);
    if (ok === undefined) {
      ok = vocabulary.has(word.toLowerCase()) || input.speller.correct(word) || input.speller.correct(word.toLowerCase());
      known.set(word, ok);
    }
    return ok;
  };
  return (p: Place, emit: Emit) => {
    for (const line of p.lines) {
      for (const m of (p.doc.lines[line - 1] ?? '').matchAll(WORD_RE)) {
        const word = m[0].replace(/[’']s?$/, '').replace(/’/g, "'");
        // Acronyms and names written in capitals (API, HaaS, SDKs) are not spelling.
        if (word.length < 3 || /\p{Lu}.*\p{Lu}/u.test(word) || isKnown(word)) continue;
        const suggestions = input.speller.suggest(word).slice(0, 3);
        emit(
          p,
          'misspelling',
          line,
          m.index! + 1,
          `${quote(word)} is not in the dictionary${suggestions.length ? `; did you mean ${suggestions.map((s) => quote(s)).join(' or ')}?` : '.'} If it is a name, add it to "vocabulary" in content/health.json.`,
        );
      }
    }
  };
}

/** A word from another role family in this role's KPI: the Backend Team's KPI about "mobile code". */
function crossFamilyCheck(roles: readonly Role[]) {
  // A family is a field with at least two roles in one document (Frontend Team, Frontend Engineers);
  // a lone "Quality Assurance Engineer" names a job, not a family whose word could be misplaced.
  const families = new Map<string, Array<{ family: string; re: RegExp }>>();
  for (const { document, family, roles: members } of roleFamilies(roles)) {
    if (members.length < 2) continue;
    const list = families.get(document) ?? families.set(document, []).get(document)!;
    list.push({ family, re: new RegExp(`\\b${family}\\b`, 'i') });
  }
  return (p: Place, emit: Emit) => {
    if (!p.kpi || !p.role) return;
    const own = familyOf(p.role.name);
    const others = families.get(p.doc.id);
    const ownFamily = others?.find((f) => f.family === own);
    if (!own || !ownFamily) return;
    for (const line of p.lines) {
      const text = p.doc.lines[line - 1] ?? '';
      if (ownFamily.re.test(text)) continue;
      for (const other of others!) {
        if (other === ownFamily) continue;
        const m = other.re.exec(text);
        if (m)
          emit(
            p,
            'cross-family-word',
            line,
            m.index + 1,
            `${p.role.name} speaks of ${quote(m[0])}, a word of the ${other.family} family; did you mean ${quote(own)}? This is often a copy-paste slip.`,
          );
      }
    }
  };
}

/** "1 developer events": a count of one with a plural noun. */
function numberAgreement(p: Place, emit: Emit) {
  const t = p.kpi?.target;
  if (t?.kind !== 'count' || t.value !== 1 || !t.unit) return;
  const noun = t.unit.split(' ').at(-1)!;
  if (!/[^s]s$/i.test(noun)) return;
  const line = p.kpi!.source.line;
  const column = (p.doc.lines[line - 1] ?? '').indexOf(t.unit) + 1 || (t.column ?? 1);
  emit(
    p,
    'number-agreement',
    line,
    column,
    `${quote(`${t.raw} … ${noun}`)}: one with a plural noun; write ${quote(`${t.raw} ${t.unit.replace(/s$/, '')}`)}, or raise the number if more are meant.`,
  );
}

const FILLER = new Set(['overall', 'average', 'of', 'the', 'a', 'an', 'percentage', 'and', 'in', 'on']);

/** Normalises a KPI's wording into its measure, without the target and filler words. */
export function measureKey(kpi: Pick<Kpi, 'text' | 'target'>): string {
  const text = kpi.target ? kpi.text.replace(kpi.target.raw, ' ') : kpi.text;
  return text
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

/** The terms a KPI's measure counts as defined by: the documents' definitions and the glossary's terms and aliases. */
export function definedTermsOf(
  definitions: ReadonlyArray<Pick<Definition, 'term'>>,
  glossary: ReadonlyArray<{ data: { term: string; aliases: string[] } }>,
): string[] {
  return [...definitions.map((d) => d.term), ...glossary.flatMap((g) => [g.data.term, ...g.data.aliases])].map((t) => t.toLowerCase());
}

/**
 * The first `count` labels of `labels` whose target text is not `text`, for every text that
 * occurs: linear, because only the texts among the first `count` labels need a longer walk.
 */
function firstOthers(labels: ReadonlyArray<{ label: string; text: string }>, count: number): (text: string) => string[] {
  const head = labels.slice(0, count);
  const walk = (text: string) => {
    const out: string[] = [];
    for (const l of labels) {
      if (l.text === text) continue;
      out.push(l.label);
      if (out.length === count) break;
    }
    return out;
  };
  const special = new Map([...new Set(head.map((l) => l.text))].map((t) => [t, walk(t)]));
  const plain = head.map((l) => l.label);
  return (text) => special.get(text) ?? plain;
}

/** The same measure with different targets across roles: information, since roles may differ on purpose. */
function inconsistentTargets(input: HealthInput, at: (role: Role, kpi: Kpi) => Place, emit: Emit) {
  const roleById = new Map(input.roles.map((r) => [r.id, r]));
  const withTargets = input.kpis.filter((k) => k.target);
  const keyOf = new Map(withTargets.map((k) => [k, measureKey(k)]));
  for (const group of groupBy(withTargets, (k) => keyOf.get(k)!).values()) {
    // Compared by value, not by wording: "24 h" and "1 d" are the same target.
    const values = new Set(
      group.map(({ target: t }) => {
        const d = targetDetails(t!);
        return [t!.kind, t!.direction, t!.strict, d.seconds ?? t!.value, d.maxSeconds ?? t!.max, d.outOf, d.currency].join(':');
      }),
    );
    if (values.size < 2) continue;
    const texts = new Map(group.map((k) => [k, formatTarget(k.target!).text]));
    const labels = [...new Map(group.map((k) => [`${roleById.get(k.role)?.name} ${texts.get(k)}`, texts.get(k)!])).entries()].map(
      ([label, text]) => ({ label, text }),
    );
    const othersOf = firstOthers(labels, 4);
    for (const k of group) {
      emit(
        at(roleById.get(k.role)!, k),
        'inconsistent-target',
        k.source.line,
        k.target!.column ?? 1,
        `${quote(keyOf.get(k)!)} is ${texts.get(k)} here but differs elsewhere (${othersOf(texts.get(k)!).join('; ')}). Check that the difference is meant.`,
      );
    }
  }
}

/** A named measure (a "… rate" or "… score") that neither the documents nor the glossary define. */
function undefinedMeasures(input: HealthInput, at: (role: Role, kpi: Kpi) => Place, emit: Emit) {
  const roleById = new Map(input.roles.map((r) => [r.id, r]));
  const defined = input.definedTerms.map((t) => t.toLowerCase());
  const isDefined = new Map<string, boolean>();
  for (const k of input.kpis) {
    const m = /\b((?:[\p{L}-]+\s){1,3}(?:rate|score|ratio|index))\b/iu.exec(k.text);
    if (!m) continue;
    const phrase = m[1]!.toLowerCase().replace(/^(?:overall|average|the|of)\s+/g, '');
    let ok = isDefined.get(phrase);
    if (ok === undefined) {
      ok = defined.some((t) => phrase.includes(t) || t.includes(phrase));
      isDefined.set(phrase, ok);
    }
    if (ok) continue;
    emit(
      at(roleById.get(k.role)!, k),
      'undefined-measure',
      k.source.line,
      1,
      `${quote(m[1]!)} is not defined in any document or in the glossary; add it to content/glossary/ with its formula.`,
    );
  }
}

/** Runs every check; findings come in check order, to be sorted with the other diagnostics. */
export function checkHealth(input: HealthInput): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const emit: Emit = (p, code, line, column, message) =>
    findings.push({
      ...diagnostic(code, p.doc.file, line, column, message),
      document: p.doc.id,
      role: p.role?.id ?? null,
      kpi: p.kpi?.id ?? null,
    });
  const misspellings = misspellingCheck(input);
  const crossFamily = crossFamilyCheck(input.roles);
  for (const p of places(input)) {
    repeatedWords(p, emit);
    misspellings(p, emit);
    crossFamily(p, emit);
    numberAgreement(p, emit);
  }
  const docOf = new Map(input.documents.map((d) => [d.id, d]));
  const at = (role: Role, kpi: Kpi | null): Place => ({ doc: docOf.get(role.document)!, role, kpi, lines: [] });
  const kpisOf = groupBy(input.kpis, (k) => k.role);
  for (const role of input.roles) {
    const kpis = kpisOf.get(role.id) ?? [];
    if (kpis.length === 0)
      emit(
        at(role, null),
        'role-without-kpis',
        role.source.line,
        1,
        `${role.name} has no KPIs; add bullet points under it, or remove the role.`,
      );
    else if (kpis.every((k) => !k.target))
      emit(
        at(role, null),
        'role-without-targets',
        role.source.line,
        1,
        `None of the ${kpis.length} KPIs of ${role.name} has a numeric target, so nobody can say whether they are met. Add targets such as “≥ 80%” or “≤ 24hrs”.`,
      );
    for (const k of kpis.filter((x) => !x.target))
      emit(at(role, k), 'kpi-without-target', k.source.line, 1, `${quote(k.name)} has no numeric target; state one so it can be checked.`);
  }
  inconsistentTargets(input, at, emit);
  undefinedMeasures(input, at, emit);
  return findings;
}
