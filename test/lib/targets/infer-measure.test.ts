import { describe, expect, it } from 'vitest';
import { inferMeasure } from '../../../src/lib/targets/infer-measure.ts';
import { readTarget } from '../../../src/lib/targets/parse-target.ts';

describe('inferMeasure', () => {
  it('copies a target when there is one', () => {
    const t = readTarget('24hrs to resolve').target;
    expect(inferMeasure('24hrs to resolve', t)).toEqual({ kind: 'duration', direction: 'at-most', evidence: ['24hrs'] });
  });

  it.each([
    ['Percentage of deployments completed successfully.', 'percent', 'at-least'],
    ['Average time to deploy new code or updates.', 'duration', 'at-most'],
    ['Client satisfaction score for design deliverables.', 'score', 'at-least'],
    ['Number of revisions per project, aiming to minimize revisions.', 'count', 'at-most'],
    ['Percentage of revisions after the initial presentation.', 'percent', 'at-most'],
    ['Reduction in project lead times and measurable improvements.', 'duration', 'at-most'],
    ['Improvement in client payment timelines, measured by the percentage of invoices paid on time.', 'percent', 'at-least'],
    ['Customer satisfaction with product', null, null],
  ])('reads %s', (text, kind, direction) => {
    expect(inferMeasure(text, null)).toMatchObject({ kind, direction });
  });
});
