import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/lib/handbook/with-base.ts';

describe('withBase', () => {
  it('joins with exactly one slash', () => {
    expect([withBase('/', 'roles/qa/'), withBase('/handbook/', '/kpis.csv'), withBase('/handbook', 'roles/'), withBase('/', '')]).toEqual([
      '/roles/qa/',
      '/handbook/kpis.csv',
      '/handbook/roles/',
      '/',
    ]);
  });
});
