import { describe, expect, it } from 'vitest';
import { CHROME_RE, DEFINITIONS_RE, NOT_AVAILABLE_RE, SECTION_RE, splitLabel } from '../../../src/lib/read/draft.ts';

describe('splitLabel', () => {
  it('splits plain and bold labels', () => {
    expect(splitLabel('Lead Conversion Rate: Percentage of leads.')).toEqual({
      name: 'Lead Conversion Rate',
      description: 'Percentage of leads.',
    });
    expect(splitLabel('**Uptime**: minutes up')).toEqual({ name: 'Uptime', description: 'minutes up' });
    expect(splitLabel('**Uptime:** minutes up')).toEqual({ name: 'Uptime', description: 'minutes up' });
  });

  it('does not split sentences or targets', () => {
    expect(splitLabel('Reduction in project bottlenecks or blockers through proactive management.')).toBeNull();
    expect(splitLabel('80% of X: Y')).toBeNull();
    expect(splitLabel('Done. Then: more')).toBeNull();
  });
});

describe('line patterns', () => {
  it('recognise sections, glossaries, unstaffed groups and chrome', () => {
    expect(['Project-Related Metrics', 'Role/Area-Specific Metrics', 'Team KPIs'].every((s) => SECTION_RE.test(s))).toBe(true);
    expect(SECTION_RE.test('Head of operations')).toBe(false);
    expect(['Definitions', 'Glossary', 'Terms and definitions'].every((s) => DEFINITIONS_RE.test(s))).toBe(true);
    expect(NOT_AVAILABLE_RE.test('Not Available Roles')).toBe(true);
    expect(NOT_AVAILABLE_RE.test('List')).toBe(false);
    expect(['Was this article helpful?', '© 2025 LowCode Internal Docs', 'Copyright 2026 X'].every((s) => CHROME_RE.test(s))).toBe(true);
    expect(CHROME_RE.test('Client Feedback on Sales Process')).toBe(false);
  });
});
