/**
 * Every ISO 4217 code in use read as money, beyond the table in units.ts: "KES 12.5M", "500 NGN".
 * The platform names them ("Kenyan shilling"). Kept apart from units.ts so the calculator's first
 * load stays small: only the target grammar (parse-target.ts) and the build import it.
 */
import { CURRENCIES, type Currency, tableCurrency } from './units.ts';

/**
 * ISO 4217 codes that are also English words or names written in capitals ("ALL stores", "TOP 10",
 * "PHP 8", "SAR" for a subject access request): never read as money.
 */
const WORD_CODES = new Set([
  'ALL',
  'BAM',
  'BOB',
  'CUC',
  'CUP',
  'GEL',
  'MAD',
  'MOP',
  'PEN',
  'PHP',
  'SAR',
  'SOS',
  'SVC',
  'TOP',
  'TRY',
  'XDR',
  'XSU',
]);

const TABLE_CODES = new Set(CURRENCIES.map((c) => c.code));

/** Every other ISO 4217 code in use, as the platform lists them. */
const OTHER_CODES = new Set(
  (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []).filter(
    (code) => !WORD_CODES.has(code) && !TABLE_CODES.has(code),
  ),
);

const described = new Map<string, Currency>();

/** A currency the table does not name, described by the platform's own data ("KES": "Kenyan shilling"). */
function isoCurrency(code: string): Currency {
  const known = described.get(code);
  if (known) return known;
  const name = (n: number) =>
    new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name', maximumFractionDigits: 0 })
      .formatToParts(n)
      .find((p) => p.type === 'currency')?.value ?? code;
  const c = { code, symbols: [], one: name(1), many: name(2) };
  described.set(code, c);
  return c;
}

/** The currency a symbol ("€") or any ISO code ("kes", "KES") stands for; undefined for anything else. */
export function currencyOf(written: string): Currency | undefined {
  const table = tableCurrency(written);
  if (table) return table;
  const code = written.toUpperCase();
  return OTHER_CODES.has(code) ? isoCurrency(code) : undefined;
}

/** Every ISO code the parser reads, as a pattern of whole words. */
export const CURRENCY_CODE_PATTERN = `(?:${[...TABLE_CODES, ...OTHER_CODES].join('|')})(?![\\p{L}])`;

const CURRENCY_BY_NAME = new Map(CURRENCIES.flatMap((c) => [c.one, c.many].map((n) => [n.toLowerCase(), c] as const)));

/** The currency a Unit cell names in words ("Rand", "euros", "US dollars"); undefined for anything else. */
export const currencyNamed = (name: string): Currency | undefined => CURRENCY_BY_NAME.get(name.trim().toLowerCase());
