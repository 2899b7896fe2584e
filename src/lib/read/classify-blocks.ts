/**
 * Markdown stage 2: nests the blocks under their headings and decides what each heading is —
 * the title, introduction, a group of roles, a role, a section of a role, the glossary or a term
 * in it. Nothing is built yet; stage 3 (build-markdown-draft) turns the classified tree into a draft.
 */

import { ROLE_FIELD_RE } from './classify-lines.ts';
import { CHROME_RE, DEFINITIONS_RE, NAVIGATION_RE, SECTION_RE } from './draft.ts';
import { inferHeadings } from './infer-headings.ts';
import type { Block, HeadingBlock } from './markdown-blocks.ts';
import { names, type ReadingHints } from './reading-hints.ts';
import {
  headingKey,
  isDocumentGenreHeading,
  isGenreHeading,
  isKpiSectionHeading,
  isObjectiveHeading,
  jobTitleField,
  profileRoleName,
  repeatedNames,
} from './structure-rules.ts';
import { isRegister, tableColumns } from './table-columns.ts';

/** A heading with the blocks up to its first sub-heading, and its sub-headings. */
export interface HeadingNode {
  heading: HeadingBlock;
  content: Block[];
  children: HeadingNode[];
}

/** The heading tree; blocks before the first heading are the preamble. */
export interface HeadingTree {
  preamble: Block[];
  headings: HeadingNode[];
}

/**
 * - title: the document's first heading, at level 1, when it is neither a role nor the glossary;
 *   its content is the introduction.
 * - introduction: a heading that neither is nor holds a role; it and its content are introduction.
 * - group: a heading that holds roles ("Active Roles"); its content is introduction.
 * - role: a heading with KPIs (list items or a table), or whose sub-headings are all sections;
 *   also any heading inside a group that holds no roles itself.
 * - section: a sub-heading of a role named like one ("Team KPIs"), and any heading inside a section.
 * - aside: a sub-heading of a role of the genre around KPIs ("Key Responsibilities"): role notes, never KPIs.
 * - definitions: the glossary ("Definitions"); every heading inside it is a term.
 * - navigation: a table of contents ("📋 Table of contents") or other page frame; it and its
 *   content are not published.
 * A heading without KPIs that stands between two roles at its level is a role too (one whose
 * KPIs are yet to be written), not introduction.
 */
export type HeadingKind = 'title' | 'introduction' | 'group' | 'role' | 'section' | 'aside' | 'definitions' | 'term' | 'navigation';

export interface ClassifiedHeading extends HeadingNode {
  kind: HeadingKind;
  children: ClassifiedHeading[];
  /** Roles: the group heading whose roles they are, or null. */
  group: ClassifiedHeading | null;
}

export interface ClassifiedBlocks {
  preamble: Block[];
  headings: ClassifiedHeading[];
}

/** Nests blocks under the nearest preceding heading of a lower level. */
export function headingTree(blocks: readonly Block[]): HeadingTree {
  const root: HeadingNode = { heading: { type: 'heading', depth: 0, text: '', line: 0, endLine: 0, column: 0 }, content: [], children: [] };
  const stack: HeadingNode[] = [root];
  for (const block of blocks) {
    if (block.type === 'heading') {
      while (stack.length > 1 && stack.at(-1)!.heading.depth >= block.depth) stack.pop();
      const node: HeadingNode = { heading: block, content: [], children: [] };
      stack.at(-1)!.children.push(node);
      stack.push(node);
    } else {
      stack.at(-1)!.content.push(block);
    }
  }
  return { preamble: root.content, headings: root.children };
}

/**
 * KPI content: list items, or a table with a measure or target column. A register names each
 * row's role itself, so the heading above it is not one; a table with neither column (document
 * control, version history) holds no KPIs.
 */
function hasKpiContent(n: HeadingNode, e: Evidence): boolean {
  return n.content.some((b) => {
    if (b.type === 'item') return true;
    if (b.type !== 'table') return false;
    const columns = tableColumns(b.rows[0] ?? [], e.hints.columns);
    return !isRegister(columns) && (columns.measure >= 0 || columns.target >= 0);
  });
}
const isDefinitions = (n: HeadingNode): boolean => DEFINITIONS_RE.test(n.heading.text);
const isNavigation = (n: HeadingNode): boolean => NAVIGATION_RE.test(n.heading.text) || CHROME_RE.test(n.heading.text);
/** The genre around KPIs, or a heading an editor's hint says holds none. */
const isGenre = (n: HeadingNode, e: Evidence): boolean => isGenreHeading(n.heading.text) || names(e.hints.notKpis, n.heading.text);

/** What the whole document tells about its headings: the names repeated under several parents (structure-rules). */
interface Evidence {
  repeated: Set<string>;
  hints: ReadingHints;
}

/**
 * A section of a role: named like one ("Team KPIs", "Key Performance Indicators"), or a name
 * repeated under several parents; never a heading of the genre around KPIs, however often it
 * repeats ("Main duties" under every role profile).
 */
const isSection = (n: HeadingNode, e: Evidence): boolean =>
  !isGenre(n, e) &&
  (SECTION_RE.test(n.heading.text) ||
    isKpiSectionHeading(n.heading.text) ||
    isObjectiveHeading(n.heading.text) ||
    e.repeated.has(headingKey(n.heading.text)) ||
    names(e.hints.sections, n.heading.text) ||
    (e.hints.roleLevel !== undefined && n.heading.depth > e.hints.roleLevel));
/**
 * A heading that could be a role: KPIs of its own, or sub-headings that are all its sections;
 * never a genre or KPI-section heading. An editor's `roleLevel` hint makes the headings of that
 * level the roles.
 */
function isRoleLike(n: HeadingNode, e: Evidence): boolean {
  if (isDefinitions(n) || isNavigation(n) || isGenre(n, e)) return false;
  if (e.hints.roleLevel !== undefined) return n.heading.depth === e.hints.roleLevel;
  if (isDocumentTitle(n.heading.text)) return false;
  if (isSection(n, e)) return false;
  if (hasKpiContent(n, e)) return true;
  return (
    n.children.length > 0 &&
    n.children.every((c) => (isSection(c, e) || isGenre(c, e)) && !isDefinitions(c)) &&
    n.children.some((c) => isSection(c, e))
  );
}
/**
 * A heading that names a document, not a post: words and then a document's noun, perhaps with its
 * period ("Area Manager Quarterly Scorecard – 2025/26", "Tier 2 Performance Board", "Workload
 * Policy"). The post it may name is read from the roles under it, or from the fields of a profile.
 */
const DOCUMENT_TITLE =
  /^\S.*\s(?:polic(?:y|ies)|scorecards?|handbook|framework|charter|manual|procedures?|templates?|specification|dashboard|(?:performance|huddle|kpi|metrics|tier\s*\d)\s+board)(?:\s*[-–—:]?\s*(?:fy\s?)?(?:19|20)\d\d(?:[/–-]\d{2,4})?)?$/iu;
const isDocumentTitle = (text: string): boolean => DOCUMENT_TITLE.test(text.trim());

const holdsRoles = (n: HeadingNode, e: Evidence): boolean => n.children.some((c) => isRoleLike(c, e) || holdsRoles(c, e));

/** A classified heading; a role named as a profile ("Role Profile: Payroll Specialist") takes the role's own name. */
/**
 * An outline number or clause identifier before a role's name ("3.1 ", "C.2 ", "A2-3.1 "): the
 * document's numbering, not the name, as plain text drops it too. A letter and digit not followed
 * by a separator ("L2 Support Engineer") are part of the name.
 */
const OUTLINE_NUMBER = /^(?:[A-Z]{1,3}\d{0,2}[.-])?\d{1,2}(?:[.-]\d{1,2})*\.?\s+(?=\p{L})/u;
/**
 * What a role heading says of its KPIs after the name: "Passenger Services – Service Levels",
 * "Store Manager – KPI review", "Field Team: Operations KPIs 2025/26". The name is what comes before.
 */
const KPI_SUFFIX =
  /\s*[-–—:|]\s*(?:[\p{L}&]+\s+){0,2}?(?:kpis?|key\s+performance\s+indicators|service\s+levels?|slas?|performance\s+(?:measures|indicators|standards|targets)|targets|measures|objectives|scorecard)(?:\s+review)?(?:\s+(?:fy\s?)?\d{2,4}(?:[/–-]\d{2,4})?)?\s*$/iu;

/**
 * A role's name: the one a profile heading names ("Role Profile: Payroll Specialist"), without its
 * outline number, a role field's label or a suffix naming its KPIs. A pay grade ("Senior
 * Lecturer, Grade 9", "Staff Nurse (Band 5)") is part of how the post is named, and stays.
 */
function roleName(text: string): string {
  const named = profileRoleName(text) ?? text;
  const bare = (named.replace(OUTLINE_NUMBER, '') || named).replace(ROLE_FIELD_RE, '');
  return bare.replace(KPI_SUFFIX, '') || bare;
}

const node = (n: HeadingNode, kind: HeadingKind, group: ClassifiedHeading | null = null): ClassifiedHeading => ({
  heading: kind === 'role' ? { ...n.heading, text: roleName(n.heading.text) } : n.heading,
  content: n.content,
  kind,
  children: [],
  group,
});

function term(n: HeadingNode): ClassifiedHeading {
  const t = node(n, 'term');
  t.children = n.children.map(term);
  return t;
}

function definitions(n: HeadingNode): ClassifiedHeading {
  const d = node(n, 'definitions');
  d.children = n.children.map(term);
  return d;
}

/** A heading of the genre around the KPIs, under a role: its content is the role's notes, never KPIs. */
function aside(n: HeadingNode): ClassifiedHeading {
  const a = node(n, 'aside');
  a.children = n.children.map(aside);
  return a;
}

function section(n: HeadingNode, e: Evidence): ClassifiedHeading {
  const s = node(n, 'section');
  s.children = n.children.map((c) => (isDefinitions(c) ? definitions(c) : isGenre(c, e) ? aside(c) : section(c, e)));
  return s;
}

function genreSubtree(n: HeadingNode): ClassifiedHeading {
  const intro = node(n, 'introduction');
  intro.children = n.children.map((c) => (isDefinitions(c) ? definitions(c) : genreSubtree(c)));
  return intro;
}

function navigation(n: HeadingNode): ClassifiedHeading {
  const nav = node(n, 'navigation');
  nav.children = n.children.map(navigation);
  return nav;
}

/** A role's sub-headings: the glossary, its sections, genre headings as asides; any other is classified on its own. */
function roleChildren(n: HeadingNode, group: ClassifiedHeading | null, e: Evidence): ClassifiedHeading[] {
  // Only a sub-heading named like a section ("Team KPIs") is one; any other deeper heading is
  // classified on its own, as with "- ## Alpha" followed by "- ##### Beta" in one list.
  return n.children.map((c) =>
    isDefinitions(c) ? definitions(c) : isSection(c, e) ? section(c, e) : isGenre(c, e) ? aside(c) : classifyHeading(c, group, e),
  );
}

/**
 * Classifies sibling headings. A heading with no KPIs and no roles under it, at the same level as
 * a role before it and a role after it, is a role whose KPIs are not written yet.
 */
function classifySiblings(nodes: readonly HeadingNode[], group: ClassifiedHeading | null, e: Evidence): ClassifiedHeading[] {
  const out = nodes.map((c) => classifyHeading(c, group, e));
  const isRole = (c: ClassifiedHeading | undefined) => c?.kind === 'role';
  for (let i = 1; i < out.length - 1; i++) {
    const n = nodes[i]!;
    if (out[i]!.kind !== 'introduction' || n.children.length > 0 || isGenre(n, e)) continue;
    const same = (j: number) => nodes[j]!.heading.depth === n.heading.depth;
    if (isRole(out[i - 1]) && isRole(out[i + 1]) && same(i - 1) && same(i + 1)) out[i] = node(n, 'role', group);
  }
  return besideGroups(nodes, out);
}

/**
 * A heading over paragraphs of prose or a table and no items ("Measurement", "Gain-share" in an
 * agreement's annex): it explains, so inside a group it is no role whose KPIs are yet to come.
 */
const explains = (n: HeadingNode): boolean =>
  n.content.some((b) => b.type === 'table' || (b.type === 'block' && !b.chrome && b.text.length > 80)) &&
  !n.content.some((b) => b.type === 'item');

/** Whether any item or table cell under a heading holds a digit: a measurable statement. */
const holdsNumbers = (n: HeadingNode): boolean =>
  n.content.some((b) =>
    b.type === 'table' ? b.rows.slice(1).some((r) => r.some((c) => /\d/.test(c.text))) : b.type === 'item' && /\d/.test(b.text),
  ) || n.children.some(holdsNumbers);

/**
 * Where the roles sit in groups and state numbers, a heading beside those groups whose items
 * state no number at all ("Museum-wide priorities", "When a service level is missed") is about the
 * document, not a role: a role owns measurable statements. (Where no grouped role states a
 * number, as in a handbook of KPIs without targets yet, nothing tells them apart.)
 */
function besideGroups(nodes: readonly HeadingNode[], out: ClassifiedHeading[]): ClassifiedHeading[] {
  const groupDepths = new Set(out.filter((c, i) => c.kind === 'group' && holdsNumbers(nodes[i]!)).map((c) => c.heading.depth));
  if (groupDepths.size === 0) return out;
  return out.map((c, i) =>
    c.kind === 'role' && c.group === null && groupDepths.has(c.heading.depth) && !holdsNumbers(nodes[i]!) ? genreSubtree(nodes[i]!) : c,
  );
}

/** Classifies a heading that is not inside a role's section, `group` being the group it sits in. */
function classifyHeading(n: HeadingNode, group: ClassifiedHeading | null, e: Evidence): ClassifiedHeading {
  if (isDefinitions(n)) return definitions(n);
  if (isNavigation(n)) return navigation(n);
  // A genre heading's whole subtree is about the document or the role: no heading under it is a
  // role, unless it is an annex or appendix that holds them ("Annex C – Performance measures").
  if (isGenre(n, e) && !(isDocumentGenreHeading(n.heading.text) && holdsRoles(n, e))) return genreSubtree(n);
  const genre = isSection(n, e);
  if (isRoleLike(n, e) || (group && !genre && !holdsRoles(n, e) && !explains(n))) {
    const role = node(n, 'role', group);
    role.children = roleChildren(n, group, e);
    return role;
  }
  if (holdsRoles(n, e)) {
    const g = node(n, 'group');
    g.children = classifySiblings(n.children, g, e);
    return g;
  }
  const intro = node(n, 'introduction');
  intro.children = classifySiblings(n.children, null, e);
  return intro;
}

/** Every heading's child heading names, for the repeated-names rule. */
function childNames(nodes: readonly HeadingNode[], out: string[][] = []): string[][] {
  for (const n of nodes) {
    if (n.children.length > 0) out.push(n.children.map((c) => c.heading.text));
    childNames(n.children, out);
  }
  return out;
}

/**
 * A one-role document (a role profile, a job description): no heading is a role, but one names
 * the KPIs. Its role is the one a heading names ("Role Profile: Payroll Specialist"), else the
 * title. That heading becomes the role, and the headings under it, and after it at its level
 * (Word's Title and Heading 1 are both level 1), its sections and asides.
 */
function oneRole(headings: ClassifiedHeading[], tree: HeadingTree, e: Evidence): ClassifiedHeading[] {
  const all = (nodes: readonly HeadingNode[]): HeadingNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
  const nodes = all(tree.headings);
  if (!nodes.some((n) => isKpiSectionHeading(n.heading.text) && (hasKpiContent(n, e) || n.children.some((c) => hasKpiContent(c, e)))))
    return headings;
  const first = tree.headings[0];
  const owner = nodes.find((n) => profileRoleName(n.heading.text) !== null) ?? (first?.heading.depth === 1 ? first : undefined);
  if (!owner) return headings;
  // Without "Role Profile: …" in a heading, a "Job title" field names the role, else the title does.
  const field = profileRoleName(owner.heading.text) ? null : namedPost(tree);
  const part = (c: HeadingNode): ClassifiedHeading =>
    isDefinitions(c) ? definitions(c) : isKpiSectionHeading(c.heading.text) && !isGenre(c, e) ? section(c, e) : aside(c);
  const named = node(owner, 'role');
  if (field) named.heading = { ...named.heading, text: field };
  const role = (later: readonly HeadingNode[]): ClassifiedHeading => ({
    ...named,
    children: [...owner.children, ...later].map(part),
  });
  /** The owner's siblings after it join the role; the classified list keeps what comes before. */
  const replace = (list: readonly ClassifiedHeading[], siblings: readonly HeadingNode[]): ClassifiedHeading[] => {
    const at = list.findIndex((h) => h.heading === owner.heading);
    if (at >= 0) return [...list.slice(0, at), role(siblings.slice(siblings.indexOf(owner) + 1))];
    return list.map((h, i) => ({ ...h, children: replace(h.children, siblings[i]?.children ?? []) }));
  };
  return replace(headings, tree.headings);
}

/**
 * Whether the headings read as roles stand beside the document's KPI section ("1. Why this plan is
 * in place", "2. Objectives and measures", "3. Support we will provide"): they are parts of one
 * document about one post, not posts.
 */
function kpisBesideRoles(list: readonly ClassifiedHeading[], e: Evidence): boolean {
  const kpis = list.some((h) => isKpiSectionHeading(h.heading.text) && hasKpiContent(h, e));
  return (
    (kpis && list.some((h) => h.kind === 'role' && !isKpiSectionHeading(h.heading.text))) ||
    list.some((h) => kpisBesideRoles(h.children, e))
  );
}

/** The post a "Job title: …" field of the document names, or null. */
function namedPost(tree: HeadingTree): string | null {
  const all = (nodes: readonly HeadingNode[]): HeadingNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
  const blocks = [tree.preamble, ...all(tree.headings).map((n) => n.content)].flat();
  return jobTitleField(
    blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : [])),
    blocks.flatMap((b) => (b.type === 'block' || b.type === 'item' ? [b.text] : [])),
  );
}

/** Classifies every heading of the document; the first heading may be its title. */
export function classifyBlocks(blocks: readonly Block[], hints: ReadingHints = {}): ClassifiedBlocks {
  const tree = headingTree(inferHeadings(blocks));
  const e: Evidence = { repeated: repeatedNames(childNames(tree.headings)), hints };
  const [first] = tree.headings;
  const headings = tree.headings.map((n) => {
    if (n === first && n.heading.depth === 1 && !isRoleLike(n, e) && !isDefinitions(n)) {
      const title = node(n, 'title');
      title.children = classifySiblings(n.children, null, e);
      return title;
    }
    return null;
  });
  // Top-level headings other than the title are siblings too.
  const rest = classifySiblings(
    tree.headings.filter((_, i) => headings[i] === null),
    null,
    e,
  );
  const classified = headings.map((h) => h ?? rest.shift()!);
  const hasRole = (list: readonly ClassifiedHeading[]): boolean => list.some((h) => h.kind === 'role' || hasRole(h.children));
  const single = !hasRole(classified) || (kpisBesideRoles(classified, e) && namedPost(tree) !== null);
  return { preamble: tree.preamble, headings: single ? oneRole(classified, tree, e) : classified };
}
