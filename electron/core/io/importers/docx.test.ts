import { describe, expect, it } from 'vitest';
import { lyingDocx, zipWithParts } from '../../test-support/hostile-files';
import { importDocx } from './docx';

describe('hostile Word files', () => {
  it('refuses a .docx whose headers understate what its parts inflate to, counting real bytes', async () => {
    const file = lyingDocx();
    expect(file.byteLength).toBeLessThan(2 * 1024 * 1024);
    // Before: the declared 2 KB passed the check and mammoth inflated 400 MB and more.
    await expect(importDocx('bom.docx', file)).rejects.toMatchObject({ code: 'too_large' });
  });

  it('reads the text of an honest .docx, and its title from the properties read in the same pass', async () => {
    const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`, 'utf8');
    const docx = zipWithParts([
      {
        name: '[Content_Types].xml',
        data: xml(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      { name: '_rels/.rels', data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
      { name: 'word/document.xml', data: xml('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Stop met experimenteren.</w:t></w:r></w:p></w:body></w:document>') },
      { name: 'docProps/core.xml', data: xml('<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Gesprek in Noord</dc:title><dc:creator>Anna</dc:creator></cp:coreProperties>') },
    ]);
    const doc = await importDocx('gesprek.docx', docx);
    expect(doc).toMatchObject({ title: 'Gesprek in Noord', text: 'Stop met experimenteren.', author: 'Anna' });
  });
});
