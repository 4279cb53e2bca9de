import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zipWithParts } from '../test-support/hostile-files';
import { openTestLibrary, type TestLibrary } from '../test-support/temp-library';
import { importProject } from './import-project';

/**
 * Projects written the way other QDA tools write them (each quirk made here, by hand, from the
 * REFI-QDA standard and the tools' known habits), read as a researcher would expect.
 */
let t: TestLibrary;
beforeEach(async () => {
  t = await openTestLibrary();
});
afterEach(() => t.cleanup());

const G = {
  code: 'A1B2C3D4-0000-4000-8000-000000000001',
  child: 'A1B2C3D4-0000-4000-8000-000000000002',
  source: 'A1B2C3D4-0000-4000-8000-000000000010',
  sel1: 'A1B2C3D4-0000-4000-8000-000000000011',
  sel2: 'A1B2C3D4-0000-4000-8000-000000000012',
  case: 'A1B2C3D4-0000-4000-8000-000000000020',
  note: 'A1B2C3D4-0000-4000-8000-000000000030',
  link: 'A1B2C3D4-0000-4000-8000-000000000031',
  picture: 'A1B2C3D4-0000-4000-8000-000000000040',
};
const lower = (guid: string) => guid.toLowerCase();
const qdpx = (files: Record<string, string>) => zipWithParts(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })));

function project(body: string, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}` : 'xmlns';
  return `<?xml version="1.0" encoding="utf-8"?>\n<${p}Project ${ns}="urn:QDA-XML:project:1.0" name="Buurtonderzoek">${body.replace(/<(\/?)([A-Z])/g, `<$1${p}$2`)}</${p}Project>`;
}

const TEXT_CRLF = 'Eerste regel.\r\nTweede regel: we moeten stoppen met experimenteren.\r\nDerde regel.';

describe('REFI-QDA import tolerates what real tools write', () => {
  it('reads Sources/ in capitals, a .qde not named project.qde (ATLAS.ti), byte order marks, braces around GUIDs and a namespace prefix', async () => {
    const qde = project(
      `<CodeBook><Codes><Code guid="{${G.code}}" name="Experimenteren" isCodable="true"><Code guid="${G.child}" name="Pilots" isCodable="true"/></Code></Codes></CodeBook>
       <Sources><TextSource guid="{${G.source}}" name="Interview Overvecht" plainTextPath="internal://${G.source}.txt">
         <PlainTextSelection guid="${G.sel1}" startPosition="0" endPosition="13"><Coding guid="A1B2C3D4-0000-4000-8000-0000000000a1"><CodeRef targetGUID="{${G.child}}"/></Coding></PlainTextSelection>
       </TextSource></Sources>`,
      'qda',
    );
    const bytes = qdpx({ 'Buurtonderzoek.qde': `\ufeff${qde}`, [`Sources/${G.source}.txt`]: '\ufeffEerste regel. Meer tekst.' });
    const report = await importProject(t.library, 'atlas.qdpx', bytes);
    expect(report.counts).toMatchObject({ sources: 1, quotes: 1, lessons: 2 });
    const source = await t.call('sources.get', { id: lower(G.source) });
    expect(source.text).toBe('Eerste regel. Meer tekst.');
    const [quote] = (await t.call('quotes.list', { limit: 5 })).items;
    expect(quote).toMatchObject({ text: 'Eerste regel.', lessons: [{ lessonId: lower(G.child) }] });
    // A nested code refines the one above it.
    expect((await t.call('lessons.get', { id: lower(G.child) })).relations).toEqual([{ lessonId: lower(G.code), kind: 'refines' }]);
  });

  for (const crlf of [1, 2] as const) {
    it(`reads positions of a text with CRLF line ends counted as ${crlf === 1 ? 'one character' : 'two characters'}`, async () => {
      const exact = 'we moeten stoppen met experimenteren.';
      const lf = TEXT_CRLF.replace(/\r\n/g, '\n');
      const start = crlf === 1 ? lf.indexOf(exact) : TEXT_CRLF.indexOf(exact);
      const end = start + exact.length;
      // The other selection carries no name; the named one decides the reading.
      const qde = project(`<Sources><TextSource guid="${G.source}" name="Verslag" plainTextPath="internal://${G.source}.txt">
        <PlainTextSelection guid="${G.sel1}" name="${exact}" startPosition="${start}" endPosition="${end}"/>
      </TextSource></Sources>`);
      const report = await importProject(t.library, 'maxqda.qdpx', qdpx({ 'project.qde': qde, [`sources/${G.source}.txt`]: TEXT_CRLF }));
      const [quote] = (await t.call('quotes.list', { limit: 5 })).items;
      expect(quote?.text).toBe(exact);
      expect(report.remarks.join(' ')).toContain(crlf === 1 ? 'één teken' : 'twee tekens');
      expect((await t.call('sources.get', { id: G.source.toLowerCase() })).text).toBe(lf);
    });
  }

  it('names a case without a name (Quirkos, MAXQDA), keeps a selection that only has a description, and finds notes reached by a link (NVivo)', async () => {
    const text = 'De wijkagent kende iedereen bij naam. Dat hielp.';
    const qde = project(`<Variables><Variable guid="A1B2C3D4-0000-4000-8000-000000000050" name="Leeftijd" typeOfVariable="Integer"/></Variables>
      <Cases><Case guid="${G.case}"><VariableValue><VariableRef targetGUID="A1B2C3D4-0000-4000-8000-000000000050"/><IntegerValue>54</IntegerValue></VariableValue><SelectionRef targetGUID="${G.sel1}"/></Case></Cases>
      <Sources>
        <TextSource guid="${G.source}" name="Gesprek"><PlainTextContent>${text}</PlainTextContent>
          <PlainTextSelection guid="${G.sel1}" startPosition="0" endPosition="37"><Description>Vaste gezichten</Description></PlainTextSelection>
        </TextSource>
        <PictureSource guid="${G.picture}" name="plattegrond.png" path="internal://plattegrond.png"/>
      </Sources>
      <Notes><Note guid="${G.note}" name="Memo"><PlainTextContent>Terugkerend thema.</PlainTextContent></Note></Notes>
      <Links><Link guid="${G.link}" name="memo" originGUID="${G.note}" targetGUID="${G.sel1}"/></Links>`);
    const report = await importProject(t.library, 'nvivo.qdpx', qdpx({ 'project.qde': qde }));
    const [person] = (await t.call('people.list', { limit: 5 })).items;
    expect(person?.name).toBe('Casus zonder naam 1');
    expect(person?.summary).toContain('Leeftijd: 54');
    const [quote] = (await t.call('quotes.list', { limit: 5 })).items;
    expect(quote).toMatchObject({ text: 'De wijkagent kende iedereen bij naam.', annotation: 'Vaste gezichten', speakerId: person?.id, lessons: [] });
    const note = await t.call('notes.get', { id: G.note.toLowerCase() });
    expect(note.target).toEqual({ kind: 'quote', id: G.sel1.toLowerCase() });
    expect(report.unmapped.join('\n')).toContain('plattegrond.png');
  });

  it('reports selections outside the text and codings with unknown codes instead of guessing', async () => {
    const qde = project(`<Sources><TextSource guid="${G.source}" name="Kort"><PlainTextContent>Kort.</PlainTextContent>
      <PlainTextSelection guid="${G.sel1}" startPosition="2" endPosition="400"/>
      <PlainTextSelection guid="${G.sel2}" startPosition="0" endPosition="4"><Coding guid="A1B2C3D4-0000-4000-8000-0000000000b1"><CodeRef targetGUID="A1B2C3D4-0000-4000-8000-0000000000ff"/></Coding></PlainTextSelection>
    </TextSource></Sources>`);
    const report = await importProject(t.library, 'x.qdpx', qdpx({ 'project.qde': qde }));
    expect(report.counts.quotes).toBe(1);
    expect(report.unmapped.join('\n')).toMatch(/buiten de tekst[\s\S]*onbekende code/);
  });
});
