import { describe, expect, it } from 'vitest';
import { seedsLoader } from '../../src/loaders/seeds-loader.ts';

describe('seedsLoader', () => {
  it('takes raised limits, and refuses an unknown or non-positive one when the config is read, naming it', () => {
    expect(seedsLoader({ limits: { maxFileMB: 100, maxBlocks: 200_000 } }).name).toBe('kpi-seeds');
    expect(() => seedsLoader({ limits: { maxFileMb: 100 } as never })).toThrow(
      /seedsLoader: limits\..*Unrecognized key.*"Limits" in the README/s,
    );
    expect(() => seedsLoader({ limits: { maxDepth: 0 } })).toThrow(/seedsLoader: limits\.maxDepth: .*"Limits" in the README/);
  });

  it('refuses a seeds folder that climbs out of the project', () => {
    expect(() => seedsLoader({ dir: '../elsewhere' })).toThrow(/"dir" must be a folder/);
  });
});
