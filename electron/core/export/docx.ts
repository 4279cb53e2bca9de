import type { ExternalHyperlink, Paragraph, TextRun } from 'docx';
import type { ExportModel, ExportQuote } from './model';
import { repeatsTitle } from './model';
import { provenanceParts } from './provenance';

/**
 * A Word document: title, introduction, sections, lessons with their evidence, quotes as
 * quotations with the speaker, role, source, outlet, date and URL in a footnote each.
 * docx writes text runs, never markup, so user strings cannot become anything but text.
 */
export async function renderDocx(model: ExportModel): Promise<Uint8Array> {
  // Loaded when a Word file is made, not when the CLI or the host starts.
  const { AlignmentType, Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const { words } = model;
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let next = 1;
  const provenance = (q: ExportQuote) => {
    const p = provenanceParts(q, words);
    const id = next++;
    const children: (TextRun | ExternalHyperlink)[] = [new TextRun(q.reference ? `${p.who}, ${p.when}. ${q.reference}` : `${p.who}. ${p.where}, ${p.when}.`)];
    if (p.url) children.push(new TextRun(' '), new ExternalHyperlink({ link: p.url, children: [new TextRun({ text: p.url, style: 'Hyperlink' })] }));
    footnotes[id] = { children: [new Paragraph({ children })] };
    return id;
  };
  /** A quotation, its speaker and date, and a commentary on it set with it, before the space to the next. */
  const quote = (q: ExportQuote, commentary = ''): Paragraph[] => {
    const p = provenanceParts(q, words);
    const paragraphs = [
      new Paragraph({ style: 'Quote', children: [new TextRun({ text: `“${q.text}”`, italics: true }), new FootnoteReferenceRun(provenance(q))] }),
      new Paragraph({ indent: { left: 720 }, spacing: { after: commentary ? 60 : 240 }, children: [new TextRun({ text: `— ${p.who}, ${p.when}${p.stance ? ` · ${p.stance}` : ''}`, size: 18, color: '5F6670' })] }),
    ];
    if (commentary) paragraphs.push(new Paragraph({ indent: { left: 720 }, spacing: { after: 240 }, children: [new TextRun({ text: commentary, italics: true, size: 21 })] }));
    return paragraphs;
  };
  const body: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] })];
  if (model.intro) for (const line of model.intro.split(/\n+/)) body.push(new Paragraph({ children: [new TextRun(line)] }));
  for (const section of model.sections) {
    if (section.heading) body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const entry of section.entries) {
      if (entry.kind === 'lesson') {
        if (!repeatsTitle(model, entry.title)) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(entry.title)] }));
        if (entry.aliases.length) body.push(new Paragraph({ children: [new TextRun({ text: `${words.also}: ${entry.aliases.join(' · ')}`, italics: true })] }));
        if (entry.summary) body.push(new Paragraph({ children: [new TextRun(entry.summary)] }));
        if (entry.commentary) body.push(new Paragraph({ children: [new TextRun({ text: entry.commentary, italics: true })] }));
        for (const q of entry.evidence) body.push(...quote(q));
      } else if (entry.kind === 'quote') {
        body.push(...quote(entry.quote, entry.commentary));
      } else if (entry.kind === 'person') {
        if (!repeatsTitle(model, entry.name)) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(entry.name)] }));
        for (const role of entry.roles) body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(role)] }));
        if (entry.commentary) body.push(new Paragraph({ children: [new TextRun({ text: entry.commentary, italics: true })] }));
      } else {
        if (!repeatsTitle(model, entry.title)) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(entry.title)] }));
        body.push(new Paragraph({ children: [new TextRun(entry.reference ?? [entry.outlet, words.date(entry.date) ?? ''].filter(Boolean).join(' · '))] }));
        if (entry.commentary) body.push(new Paragraph({ children: [new TextRun({ text: entry.commentary, italics: true })] }));
      }
    }
  }
  body.push(new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 400 }, children: [new TextRun({ text: words.compiled(model.exportedAt.slice(0, 10)), size: 16, color: '888888' })] }));
  const document = new Document({
    creator: 'Wijkgeheugen',
    title: model.title,
    footnotes,
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { size: 24 }, paragraph: { indent: { left: 720 }, spacing: { before: 160 } } }] },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
