import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../../src/lib/read/html-blocks.ts';
import { parseHtmlText } from '../../../src/lib/read/parse-html.ts';

const read = (html: string) => htmlBlocks(parseHtmlText(html));
const texts = (html: string) => read(html).blocks.map((b) => ('text' in b ? b.text : b.type));

describe('htmlBlocks', () => {
  it('takes the content from <main>, and the rest of the page is chrome', () => {
    const r = read('<body>\n<nav>Home</nav>\n<main>\n<h2>Analyst</h2>\n</main>\n<footer>© 2025</footer>\n</body>');
    expect(r.root).toBe('<main>');
    expect(texts('<body><nav>Home</nav><main><h2>Analyst</h2></main></body>')).toEqual(['Analyst']);
    expect(r.regions).toEqual(
      new Map([
        [2, 'chrome'],
        [4, 'content'],
        [6, 'chrome'],
      ]),
    );
  });

  it('takes the longest <article> when there is no <main>, else the body', () => {
    expect(read('<body><article>Short</article><article>A much longer article</article></body>').blocks).toMatchObject([
      { text: 'A much longer article' },
    ]);
    expect(read('<body><div><h2>Role</h2></div></body>').root).toBe('<body>');
  });

  it("drops the frame inside the content, but keeps an article's header that holds its title", () => {
    const html = `<main><header><h1>KPIs</h1></header><div class="breadcrumbs">Home / People</div>
      <div class="cookie-banner">Cookies</div><aside>Related</aside><div hidden>Hidden</div><div style="display: none">Gone</div>
      <h2>Recruiter</h2><div class="simple-table-header">Kept: a table's, not the page's</div></main>`;
    expect(texts(html)).toEqual(['KPIs', 'Recruiter', "Kept: a table's, not the page's"]);
  });

  it('counts content and chrome text apart, leaving scripts and styles out', () => {
    const r = read('<body><nav>abcdefghij</nav><script>var x = 1;</script><main>abc</main></body>');
    expect([r.contentChars, r.chromeChars]).toEqual([3, 10]);
  });

  it('reads the <title> for a page whose content has no title heading', () => {
    expect(read('<html><head>\n<title> People  KPIs </title></head><body><main>x</main></body></html>').title).toEqual({
      text: 'People KPIs',
      line: 2,
    });
  });

  it('keeps the text of a javascript: link and drops the link, noting where it was', () => {
    const r = read('<main>\n<p>See <a href="javascript:alert(1)">the report</a> and <a href="https://x.example/">this</a></p></main>');
    expect(r.blocks).toMatchObject([{ type: 'block', text: 'See the report and this' }]);
    expect(r.unsafeLinks).toEqual([{ line: 2, column: 8, href: 'javascript:alert(1)' }]);
  });

  it('drops links that look like paths but lead to another site, and keeps real paths', () => {
    const r = read(
      '<main><p><a href="//evil.example/x">a</a> <a href="/\\evil.example/">b</a> <a href="/kpis/">c</a> <a href="team/a.html">d</a></p></main>',
    );
    expect(r.unsafeLinks.map((l) => l.href)).toEqual(['//evil.example/x', '/\\evil.example/']);
  });

  it('gives blocks the lines of their text, also for paragraphs made around loose text', () => {
    const r = read('<main>\n<ul>\n  <li>One\n  more</li>\n</ul>\n<div>\nLoose text\n</div></main>');
    expect(r.blocks).toMatchObject([
      { type: 'item', text: 'One more', line: 3, endLine: 4 },
      { type: 'block', text: 'Loose text', line: 7, endLine: 7 },
    ]);
  });

  it('reads table rows whose header is in <thead> or is a row of <th>', () => {
    const head = read('<table><thead><tr><th>KPI</th><th>Target</th></tr></thead><tbody><tr><td>A</td><td>1</td></tr></tbody></table>');
    const ths = read('<table><tr><th>KPI</th><th>Target</th></tr><tr><td>A</td><td>1</td></tr></table>');
    for (const r of [head, ths])
      expect(r.blocks).toMatchObject([
        {
          type: 'table',
          delimiter: null,
          rows: [
            [{ text: 'KPI' }, { text: 'Target' }],
            [{ text: 'A' }, { text: '1' }],
          ],
        },
      ]);
  });
});

describe('htmlBlocks, bold made by a style', () => {
  it('reads a span that a class or inline style makes bold as bold, as Google Docs exports it', () => {
    const page =
      '<html><head><style>.c1{color:#000}.c7{font-weight:700;font-size:14pt}</style></head><body>' +
      '<p class="c2"><span class="c7">Front Office Manager</span></p><p><span class="c1">Reports to the GM</span></p>' +
      '<p><span style="font-weight:bold">Head Chef</span></p></body></html>';
    const blocks = read(page).blocks;
    expect(blocks.map((b) => ['text' in b ? b.text : '', b.type === 'block' && b.strong === true])).toEqual([
      ['Front Office Manager', true],
      ['Reports to the GM', false],
      ['Head Chef', true],
    ]);
  });
});

describe('htmlBlocks, a page laid out with a table', () => {
  it('reads the cells of a table that holds headings as the blocks they hold, and keeps a data table inside them', () => {
    const page =
      '<body><table><tr><td><b>Teams</b><br><a href="/a">Avonford</a></td><td>' +
      '<h1>Kennet NPT</h1><h4>Neighbourhood Sergeant</h4><ul><li>Plans reviewed: 100%</li></ul>' +
      '<table><tr><th>Measure</th><th>Result</th></tr><tr><td>Confidence</td><td>76%</td></tr></table></td></tr></table></body>';
    expect(read(page).blocks.map((b) => b.type)).toEqual(['block', 'heading', 'heading', 'item', 'table']);
  });
});

describe('htmlBlocks, table captions', () => {
  it('reads a caption as the paragraph before its table, so its line is not lost', () => {
    const r = read(
      '<main>\n<table>\n<caption>Repairs team targets</caption>\n<tr><th>KPI</th><th>Target</th></tr>\n<tr><td>Calls answered</td><td>90%</td></tr>\n</table></main>',
    );
    expect(r.blocks.map((b) => (b.type === 'table' ? `table of ${b.rows.length}` : 'text' in b ? `${b.text} @${b.line}` : b.type))).toEqual(
      ['Repairs team targets @3', 'table of 2'],
    );
  });
});

describe('htmlBlocks, line breaks', () => {
  it('reads <br> in a table cell as a space, so a header broken over two lines is still two words', () => {
    const r = read(
      '<main><table><tr><th>Accountable<br>executive</th><th>Target</th></tr><tr><td>Director</td><td>95%</td></tr></table></main>',
    );
    expect(r.blocks.map((b) => (b.type === 'table' ? b.rows[0]!.map((c) => c.text) : b.type))).toEqual([
      ['Accountable executive', 'Target'],
    ]);
  });

  it("reads a paragraph that starts with a word processor's own list marker as a list item, and leaves a numbered heading alone", () => {
    const blocks = read(
      '<body><p>(a)\t<strong>Rent collection rate</strong> – Target: 98%</p><p>•\u00a0\u00a0Arrears</p><p>2. Scope</p></body>',
    ).blocks;
    expect(blocks).toMatchObject([
      { type: 'item', text: 'Rent collection rate – Target: 98%', label: { name: 'Rent collection rate', description: 'Target: 98%' } },
      { type: 'item', text: 'Arrears' },
      { type: 'block', text: '2. Scope' },
    ]);
  });

  it("leaves a wiki's edit links out of its headings", () => {
    expect(
      texts('<body><main><h2><span class="mw-headline">Paralegal</span><span class="mw-editsection">[edit]</span></h2></main></body>'),
    ).toEqual(['Paralegal']);
  });

  it('reads the body of a saved page whose <main> was closed early and holds little of its text', () => {
    const page = `<body><div role="main"><h1>Standards</h1></div><section><h2>General Manager</h2><ul><li>Team turnover: below 45% annualised, reviewed each quarter</li></ul></section></body>`;
    expect(read(page).root).toBe('<body>');
    expect(texts(page)).toContain('General Manager');
    expect(read('<body><nav>Home About Contact Team News Events Careers</nav><main><h1>KPIs</h1></main></body>').root).toBe('<main>');
  });

  it("reads an accordion: the heading's name in its button, and the collapsed panel the button opens", () => {
    const page =
      '<body><main><h3><button aria-controls="p1" aria-expanded="false">Admissions Officer</button></h3><div id="p1" hidden><ul><li>Offers: within 7 days</li></ul></div><div hidden>Old menu</div></main></body>';
    expect(texts(page)).toEqual(['Admissions Officer', 'Offers: within 7 days']);
  });
});
