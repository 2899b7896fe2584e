import { describe, expect, it } from 'vitest';
import { acronymsIn, acronymTerms, findAcronyms } from '../../../src/lib/handbook/acronyms.ts';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { handbookTexts } from '../../../src/lib/handbook/handbook-texts.ts';
import { parseFile, sampleHandbook } from '../helpers.ts';

/** The sample organisation's texts, without the editors' glossary: pairs must come from the documents. */
const sample = sampleHandbook().handbook;
const sampleAcronyms = findAcronyms(handbookTexts({ ...sample, glossary: [] }));
const kpi = (role: string, start: string) => sample.kpis.find((k) => k.role.endsWith(`/${role}`) && k.text.startsWith(start))!;

describe('findAcronyms on the sample documents', () => {
  it('pairs an acronym one document writes with the capitalised name another spells it out as', () => {
    // "e.g., NPS" is in the second document, "7/10 Average Net Promoter Score" in the first.
    expect(sampleAcronyms.get('NPS')).toEqual(['Net Promoter Score']);
    expect(sampleAcronyms.get('QA')).toEqual(['Quality Assurance']);
    expect(sampleAcronyms.get('PM')).toEqual(['Product Manager', 'Project Manager']);
    // "Key performance indicators (KPIs)", the first document's title, spells its acronym out.
    expect(sampleAcronyms.get('KPI')).toEqual(['Key performance indicators']);
  });

  it('pairs nothing with an acronym no capitalised name spells', () => {
    expect([...sampleAcronyms.keys()].sort()).toEqual(['KPI', 'NPS', 'PM', 'QA']);
    // Written but never spelled out: UX, UI, API, SDKs, CRM, HR.
    for (const acronym of ['UX', 'UI', 'API', 'SDK', 'CRM', 'HR']) expect(sampleAcronyms.has(acronym)).toBe(false);
  });
});

describe('acronymTerms on the sample documents', () => {
  it('indexes the Product Manager’s Net Promoter Score KPI under NPS', () => {
    expect(acronymTerms(kpi('product-manager', '7/10').text, sampleAcronyms)).toEqual(['NPS']);
  });

  it('indexes a KPI that writes only the acronym under its one name', () => {
    expect(acronymTerms(kpi('head-of-operations', 'Client Success').text, sampleAcronyms)).toEqual(['Net Promoter Score']);
    expect(acronymTerms(kpi('qa', 'QA Engagement').text, sampleAcronyms)).toEqual(['Quality Assurance']);
  });

  it('adds no name for an acronym of two names, but the acronym for either name, plural too', () => {
    // "transitioning to a PM role": Product or Project Manager? Neither is added.
    expect(acronymTerms(kpi('business-analyst', 'Career Development').text, sampleAcronyms)).toEqual([]);
    expect(acronymTerms('Feedback from Project Managers', sampleAcronyms)).toEqual(['PM']);
    expect(acronymTerms('Quality Assurance Engineer', sampleAcronyms)).toEqual(['QA']);
  });

  it('takes a name of two words in lower case for prose, one of three for the name', () => {
    // "projects managed by project managers", "quality assurance pass rate": words, not names.
    expect(acronymTerms(kpi('head-of-operations', 'Team Performance').text, sampleAcronyms)).toEqual([]);
    expect(acronymTerms(kpi('frontend-engineers', '80% average quality').text, sampleAcronyms)).toEqual([]);
    expect(acronymTerms('Average net promoter score of 7', sampleAcronyms)).toEqual(['NPS']);
  });

  it('adds nothing a text already writes both ways, or to a text with neither', () => {
    expect(acronymTerms('Net Promoter Score (NPS) above 40', sampleAcronyms)).toEqual([]);
    expect(acronymTerms(kpi('tech-team', '1 second').text, sampleAcronyms)).toEqual([]);
  });
});

describe('findAcronyms on names spelled out beside their acronym', () => {
  it('reads "Name (ACR)" and "ACR (Name)" in documents written elsewhere', () => {
    const docs = ['rag-scorecard-customer-operations.md', 'role-profile-service-desk-analyst.md', 'eu-warehouse-kpi-framework.md'].map(
      (f) => parseFile(`test/fixtures/unseen/batch-1/${f}`).document!,
    );
    const found = findAcronyms(handbookTexts({ ...buildHandbook(docs), glossary: [] }));
    expect(found.get('AHT')).toEqual(['Average handle time']);
    expect(found.get('FCR')).toEqual(['First contact resolution']);
    expect(found.get('OTIF')).toEqual(['On time in full']);
    // "Works council (OR)": the initials are not the acronym's, so nothing is paired.
    expect(found.has('OR')).toBe(false);
  });

  it('counts small words or not, and the acronym first', () => {
    expect(findAcronyms(['Return on Investment (ROI) of 3x']).get('ROI')).toEqual(['Return on Investment']);
    expect(findAcronyms(['Head of Design (HD) sign-off']).get('HD')).toEqual(['Head of Design']);
    expect(findAcronyms(['Track MTTR (mean time to restore) weekly']).get('MTTR')).toEqual(['mean time to restore']);
  });

  it('takes no acronyms from a line in capitals', () => {
    expect(acronymsIn('SALES TEAM KPIS')).toEqual([]);
    expect(acronymsIn('Calls to HaaS (B2B) and SDKs')).toEqual(['SDK']);
    expect(findAcronyms(['SALES TEAM', 'Sales Team lead']).size).toBe(0);
  });
});
