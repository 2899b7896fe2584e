import { describe, expect, it } from 'vitest';
import { elementId, healthRoutes, paths, routes, withBase } from '../../../src/lib/handbook/routes.ts';

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

describe('routes', () => {
  it('builds every page and export under the base', () => {
    const r = routes('/handbook/');
    expect([
      r.home(),
      r.role('qa'),
      r.role('qa', 'check-yourself'),
      r.kpi({ role: 'qa', anchor: 'kpi-pass-rate' }),
      r.document('000', 12),
      r.document('000'),
      r.definitions('nps'),
      r.kpis(),
      r.health('role-qa'),
      r.handbookJson(),
      r.kpisCsv(),
      r.asset('favicon.svg'),
    ]).toEqual([
      '/handbook/',
      '/handbook/roles/qa/',
      '/handbook/roles/qa/#check-yourself',
      '/handbook/roles/qa/#kpi-pass-rate',
      '/handbook/documents/000/#L12',
      '/handbook/documents/000/',
      '/handbook/definitions/#nps',
      '/handbook/kpis/',
      '/handbook/editors/health/#role-qa',
      '/handbook/api/handbook.json',
      '/handbook/kpis.csv',
      '/handbook/favicon.svg',
    ]);
  });

  it('builds the health pages of each document and across documents, which the browser never needs', () => {
    const r = healthRoutes('/handbook/');
    expect([r.healthOf('finance-kpis'), r.healthOf('finance-kpis', 2), r.healthOf(null), r.healthOf(null, 3, 'f-1x')]).toEqual([
      '/handbook/editors/health/documents/finance-kpis/',
      '/handbook/editors/health/documents/finance-kpis/2/',
      '/handbook/editors/health/across/',
      '/handbook/editors/health/across/3/#f-1x',
    ]);
  });

  it('makes fragments valid element ids: "/" becomes "__", anything else outside [A-Za-z0-9_-] "_"', () => {
    const r = routes('/');
    expect(r.definitions('finance/churn')).toBe('/definitions/#finance__churn');
    expect(r.role('finance/controller', 'kpi-a')).toBe('/roles/finance/controller/#kpi-a');
    expect(elementId('role-finance/controller')).toBe('role-finance__controller');
    expect(elementId('a b:c')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('binds every path, so none is forgotten', () => {
    expect(Object.keys(routes('/')).sort()).toEqual(Object.keys(paths).sort());
  });
});
