/**
 * The rules that decide a document's structure from evidence any document shows, whatever its
 * format or family. Each is stated once here and used by the structure step (classify-blocks)
 * and the plain-text outline's line typing (classify-lines, outline-blocks):
 *
 * - genre: a heading of the wider genre a KPI document sits in (a role profile's purpose,
 *   responsibilities and competencies; a document's control, history, scope and governance)
 *   holds no KPIs and names no role;
 * - KPI section: a heading naming the KPIs ("Key Performance Indicators", "How success is
 *   measured") is a section of a role, never a role itself;
 * - one-role document: a role profile's title ("Role Profile: Payroll Specialist") names its one role;
 * - repeated sections: a heading name that stands under several parents ("Financial" under every
 *   team of a balanced scorecard) is a section of each parent, not a role.
 */

/** An outline number before a heading: "3.", "2.1", "B.", "Schedule 1 –", "Part C:" */
const NUMBER = String.raw`(?:(?:\d{1,2}(?:\.\d{1,2})*|[A-Z])[.)]?\s+|(?:schedule|annex|appendix|part|section)\s+[\dA-Z]{1,3}[.:)]?\s*(?:[–—:-]\s*)?)?`;

/**
 * Headings of the genre around the KPIs. Whole headings only, so "Responsibilities KPIs" or "Scope
 * of the Service Desk Analyst" are not caught.
 */
const GENRE_RE = new RegExp(
  `^${NUMBER}(?:${[
    // A role profile or job description.
    String.raw`(?:(?:job|role|post)\s+)?purpose(?:\s+of\s+(?:the\s+)?(?:role|post|job|position))?`,
    String.raw`(?:(?:key|main|principal|core|major)\s+)?(?:responsibilities|duties|accountabilities|tasks)(?:\s+(?:and|&)\s+(?:responsibilities|duties|accountabilities|tasks))?`,
    // The same parts of a role profile as French, German, Dutch, Spanish, Portuguese, Italian, Swedish and Polish profiles name them.
    String.raw`missions(?:\s+(?:principales|du\s+poste))?|activités\s+principales|compétences(?:\s+(?:requises|attendues))?|profil(?:\s+(?:requis|recherché))?|modalités\s+de\s+suivi|(?:haupt)?aufgaben|kompetenzen|anforderungen|verantwortlichkeiten|(?:taken|verantwoordelijkheden|competenties)(?:\s+en\s+(?:taken|verantwoordelijkheden|competenties))?|funciones(?:\s+principales)?|responsabilidades|competencias|competências|atribuições|mansioni|responsabilità|competenze|arbetsuppgifter|ansvarsområden|kompetenser|zadania|obowiązki|kompetencje`,
    String.raw`(?:key\s+|core\s+|behavioural\s+|technical\s+|leadership\s+)?(?:competenc(?:ies|es|y\s+framework)|behaviours|behaviors)`,
    String.raw`(?:skills|knowledge|qualifications|experience)(?:(?:,\s*|\s+(?:and|&)\s+)(?:skills|knowledge|qualifications|experience|attributes|abilities))*`,
    String.raw`person\s+specification|(?:essential|desirable)(?:\s+criteria)?|selection\s+criteria`,
    String.raw`reporting\s+(?:line|lines|structure|relationships?)|reports\s+to|(?:key\s+|working\s+)relationships|line\s+management`,
    String.raw`about\s+(?:the\s+|this\s+)?(?:role|job|post|team|us|company|organi[sz]ation|document)|(?:job|role|post)\s+(?:details|information|summary|overview)`,
    String.raw`(?:salary|pay|benefits|rewards?)(?:\s+(?:and|&)\s+(?:benefits|conditions|rewards?))?|how\s+to\s+apply|terms\s+and\s+conditions|working\s+(?:hours|pattern|arrangements|conditions|environment)|general\s+conditions|(?:special\s+)?conditions\s+of\s+(?:employment|service)`,
    // A job advert.
    String.raw`what\s+you(?:['’]ll|\s+will)\s+(?:be\s+)?do(?:ing)?|about\s+you|what\s+we\s+offer|what\s+we(?:['’]re|\s+are)\s+looking\s+for|who\s+we\s+are|why\s+join\s+us|the\s+role`,
    // The document around the KPIs.
    String.raw`document\s+(?:control|history|information|details|properties)|(?:version|revision|change|amendment|review)\s+(?:history|control|log|record)|change\s*log|release\s+notes`,
    String.raw`(?:reporting|monitoring|review)\s+(?:and|&)\s+(?:escalation|reporting|review|monitoring)|escalations?(?:\s+(?:process|procedure|route|path|arrangements))?|page\s+(?:contacts?|owners?|details|information|history)|not\s+(?:kpis?|measured|targets?|scored)(?:\s.*)?|what\s+we\s+(?:don['’]t|do\s+not)\s+measure|grundsätze|oppfølging(?:\s+og\s+rapportering)?|kompetanse(?:\s+og\s+opplæring)?|(?:welcome,?\s+)?apologies(?:\s+(?:and|&)\s+declarations(?:\s+of\s+interest)?)?|(?:welcome,\s+)?apologies.*|any\s+other\s+business|matters\s+arising|minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting|date\s+of\s+(?:the\s+)?next\s+meeting|action\s+log|non-?kpis?(?:\s.*)?|comments?|discussion|feedback\s+on\s+this\s+page|introduction|overview|background|scope|purpose\s+(?:and|&)\s+scope|governance|approvals?|sign[\s-]?off|distribution|references|related\s+(?:documents|policies|pages|links)|contacts?|further\s+information|notes|general\s+rules|glossary\s+of\s+abbreviations|context(?:\s*[:–—-].*|\s+for\s+.+)?|principles|data\s+sources?|why\s+we\s+measure\b.*|review\s+(?:rhythm|cadence|cycle|process|meetings?)|roles\s+and\s+responsibilities(?:\s+for\s+.*)?|how\s+(?:the\s+|these\s+|this\s+)?(?:scorecards?|kpis|framework|handbook|page|guide)\s+(?:is|are)\s+used|scoring(?:\s+(?:and|&)\s+review)?|appendix\b.*|appendices\b.*|annex(?:es)?\b.*|follow[\s-]?up|monitoring(?:\s+(?:and|&)\s+(?:reporting|review))?|reporting(?:\s+(?:arrangements|calendar|cycle|schedule|and\s+review))?`,
    // A contract's, policy's or scheme's own parts.
    String.raw`preliminary|scope\s+of\s+(?:services|work|(?:the|this)\s+\w+)(?:\s*\([^)]*\))?|exclusions|recommendations?|purpose\s+of\s+(?:this|the)\s+(?:framework|document|policy|scheme|paper|plan|handbook|guide|agreement)|changes\s+(?:from|since)\s+.+|calculation\s+(?:notes|rules|method(?:ology)?)|data\s+collection(?:\s+(?:tools|methods?|arrangements))?|eligibility|who\s+is\s+(?:in|covered\s+by)\s+(?:the|this)\s+(?:scheme|policy|plan)|payments?(?:\s+(?:and|&)\s+\w+)?|definitions\s+and\s+interpretation`,
    String.raw`(?:rag|red[\s/,]+amber[\s/,]+green)\s+(?:definitions?|ratings?|status|key|thresholds)|how\s+(?:the\s+)?(?:numbers|kpis|measures|targets|scores?)\s+(?:are|is)\s+(?:calculated|measured|set|reported|reviewed|agreed|used)(?:\s+(?:and|&)\s+(?:calculated|measured|set|reported|reviewed|agreed|used))?|how\s+we\s+(?:measure|report|review)(?:\s+(?!success\b|performance\b)\w+)?|how\s+to\s+(?:read|use)\s+this(?:\s+\w+)?`,
  ].join('|')})\\s*:?$`,
  'iu',
);

/** Whether a heading is of the genre around the KPIs, holding none ("Key Responsibilities", "Version history"). */
export const isGenreHeading = (text: string): boolean => GENRE_RE.test(text.trim());

/** The part of that genre about the document rather than a role: its control, history, references and appendices. */
const DOCUMENT_GENRE_RE = new RegExp(
  `^${NUMBER}(?:document\\s+\\w+|(?:version|revision|change|amendment|review)\\s+(?:history|control|log|record)|change\\s*log|release\\s+notes|references|related\\s+\\w+|distribution|approvals?|sign[\\s-]?off|appendix\\b.*|appendices\\b.*|annex(?:es)?\\b.*)\\s*:?$`,
  'iu',
);
export const isDocumentGenreHeading = (text: string): boolean => DOCUMENT_GENRE_RE.test(text.trim());

/**
 * A heading that names a role's KPIs: "Key Performance Indicators", "4. KPIs", "Performance
 * measures", "How success is measured", "Targets". It is a section of a role, never a role.
 */
const KPI_SECTION_RE = new RegExp(
  `^${NUMBER}(?:(?:key\\s+)?performance\\s+(?:indicators|measures|metrics|standards|targets|objectives)|indicateurs(?:\\s+de\\s+(?:performance|suivi|résultat))?|(?:leistungs)?kennzahlen|prestatie-?indicatoren|indicadores(?:\\s+de\\s+(?:desempe[ñn]o|desempenho|rendimiento))?|indicatori(?:\\s+di\\s+(?:performance|prestazione))?|nyckeltal|wskaźniki(?:\\s+(?:efektywności|kpi))?|key\\s+performance\\s+indicators(?:\\s+\\(kpis?\\))?|kpis?(?:\\s+(?:and|&)\\s+targets)?|(?:key\\s+)?(?:measures|metrics)(?:\\s+(?:of\\s+success|and\\s+targets))?|success\\s+(?:measures|criteria)|how\\s+(?:success|performance)\\s+(?:is|will\\s+be)\\s+measured|how\\s+we\\s+(?:measure|judge|assess)\\s+(?:success|performance)|what\\s+good\\s+looks\\s+like|targets|objectives\\s+(?:and|&)\\s+(?:measures|targets)|key\\s+result\\s+areas?|ziele|kennzahlen|leistungsziele|objetivos|indicadores|objectifs|indicateurs|doelstellingen|obiettivi|indicatori)(?:\\s+(?:in|for)\\s+(?:this|the)\\s+(?:role|post|job|position))?\\s*:?$`,
  'iu',
);
export const isKpiSectionHeading = (text: string): boolean => KPI_SECTION_RE.test(text.trim());

/**
 * A heading that states an objective ("Objective 2: Keep our people", "O1. Make more of the
 * collection visible", "Goal 3 – Grow"): the key results under it are the KPIs of the role above
 * it, so it is a section of that role, never a role.
 */
const OBJECTIVE_RE = /^(?:(?:objective|goal|aim|priority)\s*\d{0,2}|O\s?\d{1,2})(?:\s*[:.)–—-]\s*|\s+)\S/iu;
export const isObjectiveHeading = (text: string): boolean => OBJECTIVE_RE.test(text.trim());

/** "Role Profile: Payroll Specialist", "Job Description – Ward Manager", "Payroll Specialist | Job profile". */
const PROFILE_WORDS = String.raw`(?:role|job|position|post)\s+(?:profile|description|specification|advert(?:isement)?|summary)|person\s+specification|vacancy|job\s+title|role\s+title|position`;
const PROFILE_BEFORE = new RegExp(`^${NUMBER}(?:${PROFILE_WORDS})\\s*[:–—|-]\\s*(\\S.{1,80})$`, 'iu');
const PROFILE_AFTER = new RegExp(`^(\\S.{1,80}?)\\s*[:–—|-]\\s*(?:${PROFILE_WORDS})$`, 'iu');

/** The role a role profile's title or heading names, or null when it names none. */
export function profileRoleName(text: string): string | null {
  const t = text.trim();
  const m = PROFILE_BEFORE.exec(t) ?? PROFILE_AFTER.exec(t);
  return m ? m[1]!.trim() : null;
}

const TITLE_LABEL = String.raw`(?:job|role|post|position)\s+title|position|post|role|funktion|stelle|puesto|cargo|fonction|functie`;
/** The same words, any case, for a pattern whose other letters must keep their case. */
const TITLE_LABEL_ANY_CASE = String.raw`(?:[Jj]ob|JOB|[Rr]ole|ROLE|[Pp]ost|POST|[Pp]osition|POSITION)\s+(?:[Tt]itle|TITLE)|[Pp]osition|[Pp]ost|[Rr]ole|[Ff]unktion|[Ss]telle|[Pp]uesto|[Cc]argo|[Ff]onction|[Ff]unctie`;
const TITLE_CELL = new RegExp(`^(?:${TITLE_LABEL})\\s*:?$`, 'iu');
/** "Job title: Ward Manager", up to the next "Label:" of a run of fields joined on one line. */
const TITLE_FIELD = new RegExp(
  `^(?:${TITLE_LABEL_ANY_CASE})\\s*:\\s*(\\S.*?)(?=\\s+[\\p{Lu}][\\p{Ll}/&-]+(?:\\s[\\p{Ll}][\\p{L}/&-]*){0,2}:\\s|$)`,
  'u',
);

/**
 * The role a role profile's fields name: a "Job title | Ward Manager" table row, or a "Job title:
 * IT Service Desk Analyst" line. `fields` are the document's table rows (cells' text) and paragraphs.
 */
export function jobTitleField(rows: ReadonlyArray<readonly string[]>, paragraphs: readonly string[]): string | null {
  for (const row of rows) {
    const at = row.findIndex((c) => TITLE_CELL.test(c.trim()));
    if (at >= 0 && row[at + 1]?.trim()) return row[at + 1]!.trim();
  }
  for (const p of paragraphs) {
    const m = TITLE_FIELD.exec(p.trim());
    if (m) return m[1]!.trim();
  }
  return null;
}

/** A heading name compared with others: no case, numbering or surrounding space. */
const LEADING_NUMBER = new RegExp(`^${NUMBER}`, 'u');
export const headingKey = (text: string): string => text.trim().replace(LEADING_NUMBER, '').toLowerCase().replace(/\s+/g, ' ');

/**
 * Names that stand as children of at least two different parents, each of which has at least two
 * such names: the perspectives of a balanced scorecard repeated under each team, or tabs of one
 * name under several pages. One same-named role in two departments ("Team Lead" under Sales and
 * under Support) is no such name. `children` lists, for each parent, the names of its child headings.
 */
export function repeatedNames(children: ReadonlyArray<readonly string[]>): Set<string> {
  const keys = children.map((names) => new Set(names.map(headingKey)));
  const count = (sets: ReadonlyArray<Set<string>>) => {
    const parents = new Map<string, number>();
    for (const set of sets) for (const key of set) parents.set(key, (parents.get(key) ?? 0) + 1);
    return new Set([...parents].filter(([, n]) => n >= 2).map(([key]) => key));
  };
  const repeated = count(keys);
  return count(keys.map((set) => new Set([...set].filter((k) => repeated.has(k)))).filter((set) => set.size >= 2));
}
