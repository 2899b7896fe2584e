import { describe, expect, it } from 'vitest';
import { QUOTE_MAX, quotedIn, quoteSource, quoteText } from '../../../src/lib/health/quote-source.ts';

describe('quotedIn', () => {
  it('finds the text a message quotes first, in curly or straight quotes', () => {
    expect(quotedIn('“response response” repeats a word; write “response” once.')).toBe('response response');
    expect(quotedIn('Repaired mis-decoded text "â€™" → "’".')).toBe('â€™');
    expect(quotedIn('None of the 5 KPIs of Finance has a numeric target.')).toBeNull();
  });
});

describe('quoteSource', () => {
  it('quotes the line without its indentation and marks what the message quotes, at the column', () => {
    const q = quoteSource('   - 1 second vverage response response time for API calls.', 23, 'response response');
    expect(quoteText(q)).toBe('- 1 second vverage [response response] time for API calls.');
  });

  it('marks the quoted words wherever the line holds them, ignoring case', () => {
    expect(quoteText(quoteSource('- Average Product Acceptance Score: 7/10', 1, 'average product acceptance score'))).toBe(
      '- [Average Product Acceptance Score]: 7/10',
    );
  });

  it('marks the word or number at the column when the message quotes nothing the line holds', () => {
    expect(quoteText(quoteSource('   - 24hrs overall average time to resolve technical issues.', 6, null))).toBe(
      '- [24hrs] overall average time to resolve technical issues.',
    );
    expect(quoteText(quoteSource('   - 99.5% uptime', 6, 'uptime rate'))).toBe('- [99.5%] uptime');
  });

  it('marks nothing for a finding about the whole line (column 1), whatever else its message quotes', () => {
    // role-without-targets quotes its advice (“≥ 80%”), which the role's line does not hold.
    const q = quoteSource(' - ### Engineering Manager', 1, '≥ 80%');
    expect(q).toEqual({ before: '- ### Engineering Manager', mark: '', after: '' });
    expect(quoteSource('Sales & Marketing Intern', 1, null).mark).toBe('');
  });

  it('cuts a long line at spaces around the mark, with an ellipsis where it was cut', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words[50] = 'vverage';
    const line = words.join(' ');
    const column = line.indexOf('vverage') + 1;
    const q = quoteSource(line, column, 'vverage');
    const text = quoteText(q);
    expect(q.mark).toBe('vverage');
    expect(text.startsWith('…word')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(QUOTE_MAX + 4);
    // Whole words only, on both sides.
    expect(text).toMatch(/^…word\d+ /);
    expect(text).toMatch(/ word\d+…$/);
  });

  it('keeps a mark longer than the window, cut', () => {
    const long = 'x'.repeat(300);
    const q = quoteSource(`a ${long} b`, 3, long);
    expect(q.mark.length).toBe(QUOTE_MAX);
    expect(q.after).toBe('…');
  });

  it('shows control characters as escapes and reads tabs as spaces, so no quote can forge or reorder text', () => {
    const q = quoteSource('-\tRevenue \u202eeunever\u202c growth \u001b[2J', 0, null);
    expect(q.before).toBe('- Revenue \\u202eeunever\\u202c growth \\x1b[2J');
  });

  it('never cuts a character in half', () => {
    const line = `${'😀'.repeat(100)} tail`;
    const q = quoteSource(line, line.length - 3, 'tail');
    const text = q.before + q.mark + q.after;
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(q.mark).toBe('tail');
  });
});
