import { describe, expect, it } from 'vitest';
import { termLinker } from '../../../src/lib/handbook/link-terms.ts';

const link = termLinker([
  { href: '#qa', phrases: ['Quality assurance pass rate', 'QA pass rate'] },
  { href: '#nps', phrases: ['Net promoter score', 'NPS'] },
  { href: '#csat', phrases: ['Customer satisfaction'] },
  { href: '#util', phrases: ['resource utilization'] },
]);

describe('termLinker', () => {
  it('turns Markdown links in the wording into links, and leaves unsafe addresses as text', () => {
    expect(link('Checked on [the NPS dashboard](https://bi.example/nps) weekly, per NPS.')).toEqual([
      { text: 'Checked on ' },
      { text: 'the NPS dashboard', href: 'https://bi.example/nps' },
      { text: ' weekly, per ' },
      { text: 'NPS', href: '#nps' },
      { text: '.' },
    ]);
    expect(link('[click](javascript:alert(1)) me')).toEqual([{ text: '[click](javascript:alert(1)) me' }]);
    expect(link('[x](//evil.example/a) and [y](/\\evil.example/)')).toEqual([{ text: '[x](//evil.example/a) and [y](/\\evil.example/)' }]);
  });

  it('links every mention, case-insensitively, keeping the text as written', () => {
    expect(link('80% overall average quality assurance pass rate (test cases).')).toEqual([
      { text: '80% overall average ' },
      { text: 'quality assurance pass rate', href: '#qa' },
      { text: ' (test cases).' },
    ]);
    expect(link('7/10 Average Net Promoter Score')).toEqual([{ text: '7/10 Average ' }, { text: 'Net Promoter Score', href: '#nps' }]);
  });

  it('treats hyphens and spaces alike and respects word boundaries', () => {
    expect(link('quality-assurance pass rate').map((s) => s.href)).toEqual(['#qa']);
    expect(link('SNPS and NPSs')).toEqual([{ text: 'SNPS and NPSs' }]);
    expect(
      link('Client satisfaction scores (e.g., NPS) and Resource Utilization Rate')
        .filter((s) => s.href)
        .map((s) => s.text),
    ).toEqual(['NPS', 'Resource Utilization']);
  });

  it('returns the text whole when nothing is defined', () => {
    expect(termLinker([])('anything')).toEqual([{ text: 'anything' }]);
  });
});
