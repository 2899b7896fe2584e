import { describe, expect, it } from 'vitest';
import { documentFacts } from '../../../src/lib/read/document-facts.ts';

describe('documentFacts', () => {
  it('reads several fields to a line, as a Word header writes them', () => {
    expect(
      documentFacts([
        'Pharmacy Team Key Performance Indicators 2025',
        'Document ref: PHA-QMS-031   Revision: 4   Effective: 01/02/2025   Review: 31/01/2026',
        'Owner: Chief Pharmacist   Approved: Pharmacy Quality Committee, 28/01/2025',
      ]),
    ).toEqual({ version: '4', effective: '01/02/2025', review: '31/01/2026', owner: 'Chief Pharmacist' });
  });

  it('reads a document-control table, front matter and bold labels, without their quotes and emphasis', () => {
    expect(documentFacts(['| Owner | Head of Operations |', '| Last updated | 3 March 2025 |'])).toEqual({
      owner: 'Head of Operations',
      updated: '3 March 2025',
    });
    expect(documentFacts(['---', 'owner: "@mvirtanen (IT Service Delivery Manager)"', 'audience: all service desk staff', '---'])).toEqual({
      owner: '@mvirtanen (IT Service Delivery Manager)',
      audience: 'all service desk staff',
    });
    expect(documentFacts(['**Document owner:** Dr Fiona Baird*'])).toEqual({ owner: 'Dr Fiona Baird' });
  });

  it('keeps the first of each fact and finds none in KPI lines', () => {
    expect(documentFacts(['Owner: A', 'Owner: B', '• First contact resolution: 75%'])).toEqual({ owner: 'A' });
    expect(documentFacts(['Tech Team', '- Response time: 1 second'])).toEqual({});
  });
});
