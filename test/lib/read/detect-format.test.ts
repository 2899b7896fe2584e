import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/read/detect-format.ts';

describe('detectFormat', () => {
  it('reads .html and .htm files, and text that starts as a page does, as HTML', () => {
    expect(detectFormat(['<p>KPIs</p>'], 'seeds/kpis.htm')).toMatchObject({ format: 'html' });
    expect(detectFormat(['# KPIs'], 'seeds/kpis.HTML')).toMatchObject({ format: 'html' });
    expect(detectFormat(['', '<!DOCTYPE html>', '<html>'], 'seeds/kpis.txt')).toMatchObject({ format: 'html' });
    expect(detectFormat(['<?xml version="1.0"?>', '<!-- saved -->', '<html lang="en">'])).toMatchObject({ format: 'html' });
    // Markdown may hold HTML; only a page's own first tag makes it a page.
    expect(detectFormat(['# KPIs', '<hr>', '<html> is a tag'])).toMatchObject({ format: 'markdown' });
    expect(detectFormat(['<div>Sales</div>', '## Sales'])).toMatchObject({ format: 'markdown' });
  });

  it('sees Markdown from headings, even inside list items', () => {
    expect(detectFormat(['Intro', '', ' - ### Tech Team'])).toMatchObject({ format: 'markdown', line: 3 });
    expect(detectFormat(['Title', '=====', 'text'])).toMatchObject({ format: 'markdown', line: 2 });
    expect(detectFormat(['| KPI | Target |', '| --- | --- |'])).toMatchObject({ format: 'markdown', reason: 'a Markdown table' });
  });

  it('reads bullets without headings as an outline', () => {
    expect(detectFormat(['Role', '  • KPI: text'])).toMatchObject({ format: 'outline', line: 2 });
    expect(detectFormat(['Role', '- KPI: text'])).toMatchObject({ format: 'outline', line: 0 });
  });

  it('does not take a "#" inside text for a heading', () => {
    expect(detectFormat(['Ticket #42 closed', '• item'])).toMatchObject({ format: 'outline' });
    expect(detectFormat(['Sales Lead', '- # of deals closed: 10 a month', '# Of calls answered'])).toMatchObject({ format: 'outline' });
    expect(detectFormat(['# Offers and targets'])).toMatchObject({ format: 'markdown' });
  });
});

describe('detectFormat, boxed titles', () => {
  it('reads a title boxed between two "=" rules as plain text, and one underlined by "=" as Markdown', () => {
    expect(detectFormat(['Board', '', '=======', 'WARD MEASURES', '=======', '* Falls: 0']).format).toBe('outline');
    expect(detectFormat(['Handbook', '========', '', '* Falls: 0']).format).toBe('markdown');
  });
});

describe('detectFormat, plain text laid out in columns', () => {
  it('reads "=" underlines as plain text when its lines are laid out with dot leaders or columns of spaces', () => {
    const card = [
      'Dispatcher',
      '==========',
      '  Answer time ............ 5 seconds',
      '  Calls coded ............ 90%',
      '',
      'Lead',
      '====',
      '  Audits ................. 3 per month',
    ];
    expect(detectFormat(card).format).toBe('outline');
    expect(detectFormat(['Handbook', '========', '', 'Answer time ... fast', '* Falls: 0']).format).toBe('markdown');
  });
});
