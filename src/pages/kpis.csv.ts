import type { APIRoute } from 'astro';
import { handbook } from '../data/handbook.ts';
import { toCsv } from '../lib/handbook/to-csv.ts';
import { targetDetails } from '../lib/targets/kinds.ts';

const HEADER = [
  'id',
  'role_id',
  'role',
  'role_status',
  'document',
  'section',
  'name',
  'text',
  'target_raw',
  'target_kind',
  'target_value',
  'target_unit',
  'target_direction',
  'target_max',
  'target_strict',
  'target_currency',
  'target_period',
  'target_reference',
  'target_out_of',
  'target_seconds',
  'owner',
  'frequency',
  'period',
  'data_source',
  'polarity',
  'definition',
  'band_green',
  'band_amber',
  'band_red',
  'band_threshold',
  'source_file',
  'source_line',
];

/** One row per KPI with its target fields (RFC 4180, UTF-8 with a BOM so spreadsheets read it as UTF-8). */
export const GET: APIRoute = async () => {
  const h = await handbook();
  const rows = h.kpis.map((k) => {
    const role = h.roleById.get(k.role)!;
    const t = k.target;
    const d = t ? targetDetails(t) : undefined;
    return [
      k.id,
      k.role,
      role.name,
      role.status,
      k.document,
      k.section,
      k.name,
      k.text,
      t?.raw,
      t?.kind,
      t?.value,
      t?.unit,
      t?.direction,
      t?.max,
      t?.strict,
      d?.currency,
      d?.period,
      d?.reference,
      d?.outOf,
      d?.seconds,
      k.record.owner,
      k.record.frequency,
      k.record.period,
      k.record.dataSource,
      k.record.polarity,
      k.record.definition,
      k.record.bands?.green,
      k.record.bands?.amber,
      k.record.bands?.red,
      k.record.bands?.threshold,
      k.source.file,
      k.source.line,
    ];
  });
  return new Response(`\uFEFF${toCsv(HEADER, rows)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
