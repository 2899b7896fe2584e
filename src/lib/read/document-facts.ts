/**
 * What a document says about itself near its top: its owner or contact, when it takes effect,
 * when it was last updated, whom it applies to, its version and next review. Documents write them
 * as fields ("Owner: Chief Pharmacist   Effective: 01/02/2025"), several to a line, in a
 * document-control table ("Owner | Head of Operations") or in front matter ("owner: …").
 */
import type { DocumentFacts } from '../schema.ts';

/** How far down a document its own fields are looked for: its header and document control. */
const HEAD_LINES = 80;

type Fact = keyof DocumentFacts;

/** Labels of each fact, whole labels only, in English and as European documents write them. */
const LABELS: ReadonlyArray<[Fact, RegExp]> = [
  [
    'owner',
    /^(?:(?:document|policy|page|content|process|kpi)\s+)?(?:owner|contact|author)s?|(?:owned|prepared|maintained|written)\s+by|responsible(?:\s+(?:officer|manager|person))?|verantwortlich|eigenaar|responsable|propriétaire|ansvarig|właściciel$/iu,
  ],
  [
    'effective',
    /^(?:effective(?:\s+(?:date|from))?|valid\s+from|in\s+force\s+from|applies\s+from|start\s+date|gültig\s+ab|en\s+vigueur|ingangsdatum|vigente\s+desde|gäller\s+från|obowiązuje\s+od)$/iu,
  ],
  [
    'updated',
    /^(?:last\s+(?:updated|reviewed|revised|modified|changed)|updated|revised|date\s+of\s+(?:issue|last\s+review)|issue\s+date|date\s+issued|issued|version\s+date|stand|mis\s+à\s+jour|laatst\s+bijgewerkt|actualizado|uppdaterad|aktualizacja)(?:\s+on)?$/iu,
  ],
  [
    'audience',
    /^(?:audience|applies\s+to|who\s+this\s+applies\s+to|scope|intended\s+for|zielgruppe|geltungsbereich|public\s+cible|doelgroep|destinatarios|målgrupp)$/iu,
  ],
  ['version', /^(?:version|revision|rev\.?|issue|versie|versión|versão|versione)(?:\s+(?:no\.?|number))?$/iu],
  ['review', /^(?:(?:next\s+)?review(?:\s+date)?|review\s+due|to\s+be\s+reviewed|nächste\s+überprüfung|prochaine\s+révision)$/iu],
];

/** "Label: value" fields on one line, split where two spaces, a tab, "·" or "|" part them. */
function fields(line: string): Array<[string, string]> {
  const parts = line
    .trim()
    .replace(/^[-*•]\s+/, '')
    .replace(/^\|\s*|\s*\|$/g, '')
    .replace(/\*\*/g, '')
    .split(/\s{2,}|\t|\s[·|]\s/);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!.trim();
    const field = /^([^:]{2,40}):\s*(.*)$/u.exec(part);
    if (field) {
      // "Owner | Head of Operations": a table row or a value in the next cell.
      const value = field[2]!.trim() || (parts[i + 1] && !parts[i + 1]!.includes(':') ? parts[++i]!.trim() : '');
      if (value) out.push([field[1]!.trim(), value]);
    } else if (parts.length === 2 && i === 0 && /^[\p{L} ]{2,40}$/u.test(part)) {
      out.push([part, parts[1]!.trim()]);
      break;
    }
  }
  return out;
}

/** The facts found in a document's first lines; each as written, the first of each kept. */
export function documentFacts(lines: readonly string[]): DocumentFacts {
  const facts: DocumentFacts = {};
  for (const line of lines.slice(0, HEAD_LINES)) {
    for (const [label, value] of fields(line)) {
      const fact = LABELS.find(([, re]) => re.test(label.replace(/^(?:the|our)\s+/i, '')))?.[0];
      // Front matter quotes its values and Markdown may leave emphasis around them: neither is part of the value.
      const bare = value
        .replace(/\s*\|\s*$/, '')
        .replace(/^["'*_]+|["'*_]+$/g, '')
        .trim();
      if (fact && facts[fact] === undefined && bare && bare.length <= 160) facts[fact] = bare;
    }
  }
  return facts;
}
