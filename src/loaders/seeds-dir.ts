/**
 * The folder of KPI documents: seeds/, or SEEDS_DIR (the tests' fixtures and the benchmarks'
 * generated corpora). The collection's loader and the pages' file dates read the same folder.
 */
export const SEEDS_DIR = process.env.SEEDS_DIR || 'seeds';
