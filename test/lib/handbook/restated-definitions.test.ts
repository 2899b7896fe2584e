import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { restatedDefinitions } from '../../../src/lib/handbook/restated-definitions.ts';
import { parseString } from '../helpers.ts';

const doc = (name: string) =>
  parseString('# KPIs\n\n## Team\n\n- 80% pass rate\n\n## Definitions\n\n- Quality assurance pass rate: passed ÷ run.\n', name).document!;

describe('restatedDefinitions', () => {
  it('still finds a term when a second document defines it and its ids get qualified', () => {
    const h = buildHandbook([doc('seeds/a.md'), doc('seeds/b.md')]);
    expect(h.definitions.map((d) => d.id)).toEqual(['a/quality-assurance-pass-rate', 'b/quality-assurance-pass-rate']);
    const found = restatedDefinitions([{ id: 'qa-pass-rate', data: { documentDefinition: 'quality-assurance-pass-rate' } }], h.definitions);
    expect(found.get('qa-pass-rate')!.map((d) => d.source.file)).toEqual(['seeds/a.md', 'seeds/b.md']);
  });

  it('finds nothing for an entry written by the editors', () => {
    expect(restatedDefinitions([{ id: 'x', data: {} }], []).get('x')).toEqual([]);
  });
});
