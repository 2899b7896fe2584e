import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { needsUnpacking, unpackDocument } from '../../../src/lib/read/unpack-document.ts';
import { markdownToDocx } from '../../support/office-documents.ts';

const zip = async (files: Record<string, string>) => {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: 'uint8array' });
};

describe('unpackDocument', () => {
  it('leaves text alone', async () => {
    const text = new TextEncoder().encode('# KPIs');
    expect(needsUnpacking(text)).toBe(false);
    expect(await unpackDocument('seeds/a.md', text)).toBeNull();
  });

  it('converts a Word document to HTML', async () => {
    const r = await unpackDocument('seeds/a.docx', await markdownToDocx('## Clerk\n\n- Invoices: 40'));
    expect(r).toMatchObject({ kind: 'docx', html: '<h2>Clerk</h2><ul><li>Invoices: 40</li></ul>', notes: [] });
  });

  it('takes the one page of a .zip, whatever else it holds', async () => {
    const r = await unpackDocument('seeds/a.zip', await zip({ 'Page.html': '<h1>KPIs</h1>', 'images/a.png': 'png' }));
    expect(r).toMatchObject({ kind: 'page', inner: 'Page.html' });
    expect(new TextDecoder().decode((r as { bytes: Uint8Array }).bytes)).toBe('<h1>KPIs</h1>');
  });

  it('refuses a .zip with no page, and a presentation, saying what to add instead', async () => {
    const none = await unpackDocument('seeds/a.zip', await zip({ 'notes.txt': 'x' }));
    expect(none).toMatchObject({
      kind: 'failed',
      diagnostic: { code: 'unreadable-archive', message: expect.stringContaining('no web page') },
    });
    const slides = await unpackDocument('seeds/kpis.pptx', await zip({ 'ppt/presentation.xml': '<presentation/>' }));
    expect(slides).toMatchObject({
      kind: 'failed',
      diagnostic: { code: 'unreadable-archive', message: expect.stringContaining('presentation') },
    });
  });

  it('reports a damaged workbook as an error naming the file, since its KPIs would be missing', async () => {
    const sheet = await unpackDocument('seeds/kpis.xlsx', await zip({ 'xl/workbook.xml': '<workbook/>' }));
    expect(sheet).toMatchObject({
      kind: 'failed',
      diagnostic: {
        severity: 'error',
        code: 'unreadable-workbook',
        file: 'seeds/kpis.xlsx',
        message: expect.stringContaining('save it again'),
      },
    });
  });

  it('reports a damaged .docx as an error naming the file', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const r = await unpackDocument('seeds/broken.docx', bytes);
    expect(r).toMatchObject({
      kind: 'failed',
      diagnostic: { severity: 'error', code: 'unreadable-word-document', file: 'seeds/broken.docx' },
    });
  });
});
