/**
 * Markdown stage 2: nests the blocks under their headings and decides what each heading is —
 * the title, introduction, a group of roles, a role, a section of a role, the glossary or a term
 * in it. Nothing is built yet; stage 3 (build-markdown-draft) turns the classified tree into a draft.
 */
import { CHROME_RE, DEFINITIONS_RE, NAVIGATION_RE, SECTION_RE } from './draft.ts';
import type { Block, HeadingBlock } from './markdown-blocks.ts';
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
 * - definitions: the glossary ("Definitions"); every heading inside it is a term.
 * - navigation: a table of contents ("📋 Table of contents") or other page frame; it and its
 *   content are not published.
 * A heading without KPIs that stands between two roles at its level is a role too (one whose
 * KPIs are yet to be written), not introduction.
 */
export type HeadingKind = 'title' | 'introduction' | 'group' | 'role' | 'section' | 'definitions' | 'term' | 'navigation';

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

/** A register table names each row's role itself, so the heading above it is not one. */
const hasKpiContent = (n: HeadingNode): boolean =>
  n.content.some((b) => b.type === 'item' || (b.type === 'table' && !isRegister(tableColumns(b.rows[0] ?? []))));
const isDefinitions = (n: HeadingNode): boolean => DEFINITIONS_RE.test(n.heading.text);
const isNavigation = (n: HeadingNode): boolean => NAVIGATION_RE.test(n.heading.text) || CHROME_RE.test(n.heading.text);
const isSection = (n: HeadingNode): boolean => SECTION_RE.test(n.heading.text);
const isRoleLike = (n: HeadingNode): boolean =>
  !isDefinitions(n) &&
  !isNavigation(n) &&
  (hasKpiContent(n) || (n.children.length > 0 && n.children.every((c) => isSection(c) && !isDefinitions(c))));
const holdsRoles = (n: HeadingNode): boolean => n.children.some((c) => isRoleLike(c) || holdsRoles(c));

const node = (n: HeadingNode, kind: HeadingKind, group: ClassifiedHeading | null = null): ClassifiedHeading => ({
  heading: n.heading,
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

function section(n: HeadingNode): ClassifiedHeading {
  const s = node(n, 'section');
  s.children = n.children.map((c) => (isDefinitions(c) ? definitions(c) : section(c)));
  return s;
}

function navigation(n: HeadingNode): ClassifiedHeading {
  const nav = node(n, 'navigation');
  nav.children = n.children.map(navigation);
  return nav;
}

/**
 * Classifies sibling headings. A heading with no KPIs and no roles under it, at the same level as
 * a role before it and a role after it, is a role whose KPIs are not written yet.
 */
function classifySiblings(nodes: readonly HeadingNode[], group: ClassifiedHeading | null): ClassifiedHeading[] {
  const out = nodes.map((c) => classifyHeading(c, group));
  const isRole = (c: ClassifiedHeading | undefined) => c?.kind === 'role';
  for (let i = 1; i < out.length - 1; i++) {
    const n = nodes[i]!;
    if (out[i]!.kind !== 'introduction' || n.children.length > 0) continue;
    const same = (j: number) => nodes[j]!.heading.depth === n.heading.depth;
    if (isRole(out[i - 1]) && isRole(out[i + 1]) && same(i - 1) && same(i + 1)) out[i] = node(n, 'role', group);
  }
  return out;
}

/** Classifies a heading that is not inside a role's section, `group` being the group it sits in. */
function classifyHeading(n: HeadingNode, group: ClassifiedHeading | null): ClassifiedHeading {
  if (isDefinitions(n)) return definitions(n);
  if (isNavigation(n)) return navigation(n);
  if (isRoleLike(n) || (group && !holdsRoles(n))) {
    const role = node(n, 'role', group);
    // Only a sub-heading named like a section ("Team KPIs") is one; any other deeper heading is
    // classified on its own, as with "- ## Alpha" followed by "- ##### Beta" in one list.
    role.children = n.children.map((c) => (isDefinitions(c) ? definitions(c) : isSection(c) ? section(c) : classifyHeading(c, group)));
    return role;
  }
  if (holdsRoles(n)) {
    const g = node(n, 'group');
    g.children = classifySiblings(n.children, g);
    return g;
  }
  const intro = node(n, 'introduction');
  intro.children = classifySiblings(n.children, null);
  return intro;
}

/** Classifies every heading of the document; the first heading may be its title. */
export function classifyBlocks(blocks: readonly Block[]): ClassifiedBlocks {
  const tree = headingTree(blocks);
  const [first] = tree.headings;
  const headings = tree.headings.map((n) => {
    if (n === first && n.heading.depth === 1 && !isRoleLike(n) && !isDefinitions(n)) {
      const title = node(n, 'title');
      title.children = classifySiblings(n.children, null);
      return title;
    }
    return null;
  });
  // Top-level headings other than the title are siblings too.
  const rest = classifySiblings(
    tree.headings.filter((_, i) => headings[i] === null),
    null,
  );
  return { preamble: tree.preamble, headings: headings.map((h) => h ?? rest.shift()!) };
}
