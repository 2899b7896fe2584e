/** Parses a plain-text outline (title line, role lines, section lines, bullets) into a draft. */
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import type { RoleGroup } from '../schema.ts';
import {
  CHROME_RE,
  DEFINITIONS_RE,
  type DraftDocument,
  type DraftRole,
  emptyDraft,
  NOT_AVAILABLE_RE,
  SECTION_RE,
  splitLabel,
} from './draft.ts';

const BULLET_RE = /^(\s*)(?:[•·▪◦‣*–-]|\d{1,3}[.)])\s+(\S.*)$/;
/** A group line names a set of roles rather than a role ("Not Available Roles", "Open positions"). */
const GROUP_CUE_RE = /\b(?:roles|positions|departments|areas)\s*:?$|^not\s+available\b/i;

type LineType = 'blank' | 'chrome' | 'bullet' | 'section' | 'definitions' | 'heading' | 'prose';

/** A heading-like line is short, and does not read as a sentence. */
const isHeadingLike = (t: string): boolean => t.length <= 80 && !/[.;,!?]$/.test(t) && t.split(/\s+/).length <= 10;

function classify(raw: string): LineType {
  const t = raw.trim();
  if (!t) return 'blank';
  if (CHROME_RE.test(t)) return 'chrome';
  if (BULLET_RE.test(raw)) return 'bullet';
  if (DEFINITIONS_RE.test(t)) return 'definitions';
  if (SECTION_RE.test(t)) return 'section';
  if (isHeadingLike(t)) return 'heading';
  return 'prose';
}

const startColumn = (raw: string, text: string): number => raw.indexOf(text) + 1;

/** Parses outline lines; `file` is only used in messages. */
export function parseOutline(lines: readonly string[], file: string): DraftDocument {
  const draft = emptyDraft();
  const types = lines.map(classify);
  /** Index of the next line that is neither blank nor chrome, or -1. */
  const nextContent = (from: number): number => {
    for (let j = from; j < lines.length; j++) if (types[j] !== 'blank' && types[j] !== 'chrome') return j;
    return -1;
  };
  let group: RoleGroup | null = null;
  let role: DraftRole | null = null;
  let section: string | null = null;
  let inDefinitions = false;
  /** The item (KPI or definition) that a following unbulleted line may continue. */
  let open: { kind: 'kpi' | 'definition'; indent: number } | null = null;

  const account = (i: number, kind: DraftDocument['accounts'][number]['kind'], ref: DraftDocument['accounts'][number]['ref']) =>
    draft.accounts.push({ line: i + 1, kind, ref });

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const type = types[i]!;
    const t = raw.trim();
    if (type === 'blank') {
      open = null;
      continue;
    }
    if (type === 'chrome') {
      account(i, 'chrome', null);
      open = null;
      continue;
    }
    // An unbulleted line right under an item continues it when it is indented, starts in lower
    // case, or the item's line had not ended its sentence.
    if (open && type !== 'bullet' && i > 0 && types[i - 1] !== 'blank') {
      const prev = lines[i - 1]!.trimEnd();
      const indent = raw.length - raw.trimStart().length;
      if (indent > open.indent || /^\p{Ll}/u.test(t) || !/[.!?:]$/.test(prev)) {
        if (open.kind === 'kpi' && role) {
          const kpi = role.kpis.at(-1)!;
          kpi.text = `${kpi.text} ${t}`;
          kpi.endLine = i + 1;
          const label = splitLabel(kpi.text);
          if (label) kpi.description = label.description;
          else kpi.name = kpi.text;
          account(i, 'continuation', { role: draft.roles.length - 1, kpi: role.kpis.length - 1 });
        } else {
          const def = draft.definitions.at(-1)!;
          def.text = def.text ? `${def.text} ${t}` : t;
          def.endLine = i + 1;
          account(i, 'definition', { definition: draft.definitions.length - 1 });
        }
        continue;
      }
    }
    open = null;

    if (type === 'bullet') {
      const m = BULLET_RE.exec(raw)!;
      const text = m[2]!.trim();
      const indent = m[1]!.length;
      if (inDefinitions) {
        const label = splitLabel(text);
        if (!label) {
          draft.diagnostics.push(
            diagnostic(
              'definition-without-term',
              file,
              i + 1,
              indent + 1,
              `Definition ${quote(text)} has no "Term: text" form; it is kept with the whole line as its term.`,
            ),
          );
        }
        draft.definitions.push({
          term: label?.name ?? text,
          text: label?.description ?? '',
          line: i + 1,
          endLine: i + 1,
          column: startColumn(raw, text),
        });
        account(i, 'definition', { definition: draft.definitions.length - 1 });
        open = { kind: 'definition', indent };
      } else if (role) {
        const label = splitLabel(text);
        role.kpis.push({
          text,
          name: label?.name ?? text,
          description: label?.description ?? null,
          section,
          line: i + 1,
          endLine: i + 1,
          column: startColumn(raw, text),
        });
        account(i, 'kpi', { role: draft.roles.length - 1, kpi: role.kpis.length - 1 });
        open = { kind: 'kpi', indent };
      } else {
        // Bullets before the first role describe the document.
        draft.introduction.push(text);
        account(i, 'introduction', null);
      }
      continue;
    }
    if (type === 'definitions') {
      inDefinitions = true;
      role = null;
      account(i, 'section', null);
      continue;
    }
    if (type === 'section' && role) {
      section = t.replace(/:$/, '');
      role.sections.push(section);
      account(i, 'section', { role: draft.roles.length - 1 });
      continue;
    }
    // Before any role, a line that looks like a section name may still be the document's title.
    const titleCandidate = !draft.title && draft.roles.length === 0 && !group && draft.introduction.length === 0;
    if (type === 'prose' || (type === 'section' && !role && !titleCandidate)) {
      if (inDefinitions) {
        const label = splitLabel(t);
        if (label) {
          draft.definitions.push({ term: label.name, text: label.description, line: i + 1, endLine: i + 1, column: startColumn(raw, t) });
          account(i, 'definition', { definition: draft.definitions.length - 1 });
          open = { kind: 'definition', indent: raw.length - raw.trimStart().length };
        } else if (draft.definitions.length > 0) {
          const def = draft.definitions.at(-1)!;
          def.text = def.text ? `${def.text}\n\n${t}` : t;
          def.endLine = i + 1;
          account(i, 'definition', { definition: draft.definitions.length - 1 });
        } else {
          draft.introduction.push(t);
          account(i, 'introduction', null);
        }
      } else if (role) {
        role.notes.push(t);
        account(i, 'role', { role: draft.roles.length - 1 });
      } else if (group) {
        account(i, 'group', null);
        draft.introduction.push(t);
      } else {
        draft.introduction.push(t);
        account(i, 'introduction', null);
      }
      continue;
    }
    // A heading-like line: title, group or role, decided by what follows it.
    const next = nextContent(i + 1);
    const nextType = next >= 0 ? types[next] : null;
    const ownsContent = nextType === 'bullet' || nextType === 'section';
    if (titleCandidate && !ownsContent) {
      draft.title = { text: t, line: i + 1 };
      account(i, 'title', null);
      continue;
    }
    if (!ownsContent && GROUP_CUE_RE.test(t)) {
      group = { name: t.replace(/:$/, ''), status: NOT_AVAILABLE_RE.test(t) ? 'not-available' : 'active', source: { file, line: i + 1 } };
      inDefinitions = false;
      role = null;
      account(i, 'group', null);
      continue;
    }
    inDefinitions = false;
    section = null;
    role = { name: t.replace(/:$/, ''), line: i + 1, column: startColumn(raw, t), group, notes: [], sections: [], kpis: [] };
    draft.roles.push(role);
    account(i, 'role', { role: draft.roles.length - 1 });
  }
  return draft;
}
