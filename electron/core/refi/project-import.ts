import type { Bundle } from '../../../shared/api/bundle';
import { personRoleSchema, type Person } from '../../../shared/api/people';
import type { Quote } from '../../../shared/api/quotes';
import { MAX_SOURCE_TEXT } from '../../../shared/api/sources';
import { isPartialDate } from '../../../shared/dates/partial-date';
import { docFromPlainText } from '../../../shared/lexical/document';
import { extractDoc } from '../../../shared/lexical/extract';
import { makeAnchor } from '../../../shared/text/anchor';
import type { MergeSet } from '../bundle/merge-items';
import { AppError } from '../errors';
import { positionMap } from './code-points';
import { importCodes } from './codes-import';
import { idFromGuid } from './guids';
import { decodeUtf8, type ProjectArchive } from './read-project-archive';
import { CASE_VARIABLES, CONSENT_WORDS, KIND_WORDS, keyOf, NOTE_LINK, PART_WORDS, RELATION_WORDS, ROLE_SEPARATOR, SOURCE_VARIABLES } from './refi-names';
import { childNamed, childrenNamed, childText, parseXml, type XmlElement } from './xml-read';

/** What a REFI-QDA project maps to here, and what it held that has no place here. */
export interface ProjectImport {
  set: MergeSet;
  /** Word files carried as a source's rich text: stored as its original. */
  originals: { sourceId: string; name: string; bytes: Buffer }[];
  /** One line per thing not taken over ("PictureSource 'plattegrond.png': afbeeldingen worden niet ingelezen"). */
  unmapped: string[];
  /** How the file was read where it was ambiguous (line endings counted as one character). */
  remarks: string[];
}

const isoOr = (value: string | undefined, fallback: string) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback);

/**
 * A source's text and how its selections' positions are to be read. REFI-QDA counts code points
 * in the plain text; some tools count a CRLF line end as one character, some as two. When the
 * text has CRLF, both readings are tried on the selections that carry their own text (a name)
 * or, failing that, on whether they start and end at word boundaries; the better one wins.
 */
function readPositions(raw: string, selections: XmlElement[]): { text: string; toIndex: (cp: number) => number; length: number; crlfAsOne: boolean | null } {
  const text = raw.replace(/\r\n?/g, '\n');
  const lf = positionMap(text);
  if (!raw.includes('\r\n')) return { text, toIndex: lf.toUtf16, length: lf.length, crlfAsOne: null };
  const rawMap = positionMap(raw);
  // A raw UTF-16 index becomes an index in the normalised text: every CR before it is gone.
  const crs: number[] = [];
  for (let i = raw.indexOf('\r'); i !== -1; i = raw.indexOf('\r', i + 1)) if (raw[i + 1] === '\n') crs.push(i);
  const crsBefore = (index: number) => {
    let lo = 0;
    let hi = crs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((crs[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const asTwo = (cp: number) => {
    const index = rawMap.toUtf16(cp);
    return index - crsBefore(index);
  };
  const score = (toIndex: (cp: number) => number) => {
    let points = 0;
    for (const s of selections) {
      const start = toIndex(Number(s.attrs.startPosition));
      const end = toIndex(Number(s.attrs.endPosition));
      const slice = text.slice(start, end);
      const name = (s.attrs.name ?? '').replace(/\s+/g, ' ');
      const said = slice.replace(/\s+/g, ' ');
      if (name.trim()) points += said === name ? 2 : said.startsWith(name.slice(0, 30)) ? 1 : 0;
      else points += (start === 0 || /[\s\p{P}]/u.test(text[start - 1] ?? '') ? 1 : 0) + (end >= text.length || /[\s\p{P}]/u.test(text[end] ?? '') ? 1 : 0);
    }
    return points;
  };
  const one = score(lf.toUtf16);
  const two = score(asTwo);
  return one > two ? { text, toIndex: lf.toUtf16, length: lf.length, crlfAsOne: true } : { text, toIndex: asTwo, length: rawMap.length, crlfAsOne: false };
}

/** Parses project.qde and maps it onto the library's items; nothing is written here. */
export function mapProject(archive: ProjectArchive, fileName: string, now = new Date().toISOString()): ProjectImport {
  const root = parseXml(archive.qde, archive.qdeName);
  if (root.name !== 'Project') throw new AppError('invalid_input', 'refiNotProject', { name: fileName, part: archive.qdeName, root: root.name });
  const out: ProjectImport = { set: { tags: [], people: [], lessons: [], sources: [], quotes: [], notes: [], collections: [] }, originals: [], unmapped: [], remarks: [] };
  const meta = (e: XmlElement) => {
    const createdAt = isoOr(e.attrs.creationDateTime, now);
    return { id: idFromGuid(e.attrs.guid ?? ''), createdAt, updatedAt: isoOr(e.attrs.modifiedDateTime, createdAt), deletedAt: null };
  };

  const codes = importCodes(childNamed(childNamed(root, 'CodeBook'), 'Codes'), now);
  out.set.lessons = codes.lessons;
  out.set.tags = codes.tags;
  const lessonById = new Map(codes.lessons.map((l) => [l.id, l]));
  const codeOf = (guid: string | undefined) => (guid ? codes.byGuid.get(idFromGuid(guid)) : undefined);

  // Variables by GUID, and a node's text values by variable name.
  const variableNames = new Map(childrenNamed(childNamed(root, 'Variables'), 'Variable').map((v) => [idFromGuid(v.attrs.guid ?? ''), v.attrs.name ?? '']));
  const valuesOf = (e: XmlElement) =>
    new Map(
      childrenNamed(e, 'VariableValue').map((vv) => {
        const value = vv.children.find((c) => c.name !== 'VariableRef');
        return [variableNames.get(idFromGuid(childNamed(vv, 'VariableRef')?.attrs.targetGUID ?? '')) ?? '', value?.text.trim() ?? ''] as const;
      }),
    );

  // Notes first: other elements point at them.
  const noteByGuid = new Map<string, Bundle['notes'][number]>();
  for (const n of childrenNamed(childNamed(root, 'Notes'), 'Note')) {
    if (!n.attrs.guid) continue;
    const path = n.attrs.plainTextPath;
    const text = childNamed(n, 'PlainTextContent') ? childText(n, 'PlainTextContent') : path ? decodeUtf8(archive.file(`sources/${path.replace(/^internal:\/\//, '')}`) ?? Buffer.alloc(0)) : '';
    const doc = docFromPlainText(text.replace(/\r\n?/g, '\n').slice(0, 1_000_000));
    const note = { ...meta(n), target: null, title: (n.attrs.name ?? '').slice(0, 300), doc, plainText: extractDoc(doc).plainText, links: [] };
    noteByGuid.set(note.id, note);
    out.set.notes.push(note);
  }
  const attachNote = (noteGuid: string | undefined, target: { kind: 'lesson' | 'tag' | 'source' | 'quote' | 'person' | 'collection'; id: string }) => {
    const note = noteGuid ? noteByGuid.get(idFromGuid(noteGuid)) : undefined;
    if (note && !note.target) note.target = target;
  };
  for (const ref of codes.noteRefs) {
    const code = codeOf(ref.guid);
    if (code) attachNote(ref.noteGuid, code);
  }

  // Cases become profiles.
  const speakerOf = new Map<string, string>();
  const casesOfSource = new Map<string, string[]>();
  let unnamed = 0;
  for (const c of childrenNamed(childNamed(root, 'Cases'), 'Case')) {
    if (!c.attrs.guid) continue;
    const values = valuesOf(c);
    const name = (c.attrs.name ?? '').trim() || `Casus zonder naam ${++unnamed}`;
    if (!(c.attrs.name ?? '').trim()) out.remarks.push(`Een casus zonder naam heet hier "${name}".`);
    const roles: Person['roles'] = [];
    for (const line of (values.get(CASE_VARIABLES.roles) ?? '').split('\n').filter((l) => l.trim())) {
      const [role = '', organisation = '', place = '', from = '', to = ''] = line.split(ROLE_SEPARATOR.trim()).map((p) => p.trim());
      const parsed = personRoleSchema.safeParse({ role, organisation, place, from: isPartialDate(from) ? from : null, to: isPartialDate(to) ? to : null });
      if (parsed.success) roles.push(parsed.data);
      else out.unmapped.push(`Casus "${name}": rol "${line}" is niet te lezen.`);
    }
    // Variables of another tool are kept in the profile's summary, one "name: value" per line.
    const ours = new Set<string>(Object.values(CASE_VARIABLES));
    const foreign = [...values].filter(([k, v]) => k && v && !ours.has(k)).map(([k, v]) => `${k}: ${v}`);
    const person: Person = {
      ...meta(c),
      name: name.slice(0, 300),
      pseudonym: values.get(CASE_VARIABLES.pseudonym)?.slice(0, 300) || null,
      consent: keyOf(CONSENT_WORDS, values.get(CASE_VARIABLES.consent)) ?? 'name',
      summary: [childText(c, 'Description').trim(), ...foreign].filter(Boolean).join('\n').slice(0, 20_000),
      roles: roles.slice(0, 100),
      tagIds: childrenNamed(c, 'CodeRef').map((r) => codeOf(r.attrs.targetGUID)).filter((t) => t?.kind === 'tag').map((t) => (t as { id: string }).id),
    };
    out.set.people.push(person);
    for (const ref of childrenNamed(c, 'SelectionRef')) if (ref.attrs.targetGUID && !speakerOf.has(idFromGuid(ref.attrs.targetGUID))) speakerOf.set(idFromGuid(ref.attrs.targetGUID), person.id);
    for (const ref of childrenNamed(c, 'SourceRef')) if (ref.attrs.targetGUID) casesOfSource.set(idFromGuid(ref.attrs.targetGUID), [...(casesOfSource.get(idFromGuid(ref.attrs.targetGUID)) ?? []), person.id]);
  }
  const personIds = new Set(out.set.people.map((p) => p.id));

  // Links: lesson relations, parts in sources, notes reached by a link (NVivo writes them so).
  const partsOf = new Map<string, (typeof out.set.sources)[number]['people'][number]['part'][]>();
  const linkRows: { name: string; origin: string; target: string }[] = childrenNamed(childNamed(root, 'Links'), 'Link').map((l) => ({ name: l.attrs.name ?? '', origin: l.attrs.originGUID ?? '', target: l.attrs.targetGUID ?? '' }));

  // Sources: text sources, and the text representation of a PDF source.
  const sourceIds = new Set<string>();
  const readTextSource = (s: XmlElement, title: string) => {
    if (!s.attrs.guid) return;
    const selections = childrenNamed(s, 'PlainTextSelection');
    const path = s.attrs.plainTextPath ?? '';
    let raw: string | null = null;
    if (childNamed(s, 'PlainTextContent')) raw = childText(s, 'PlainTextContent');
    else if (path.startsWith('internal://')) {
      const bytes = archive.file(`sources/${path.slice('internal://'.length)}`);
      raw = bytes ? decodeUtf8(bytes) : null;
      if (raw === null) out.unmapped.push(`Bron "${title}": het tekstbestand ${path} ontbreekt in het archief.`);
    } else out.unmapped.push(`Bron "${title}": de tekst staat buiten het archief (${path || 'geen pad'}) en kan niet worden gelezen.`);
    if (raw === null) return;
    if (raw.length > MAX_SOURCE_TEXT) return void out.unmapped.push(`Bron "${title}": de tekst is langer dan ${MAX_SOURCE_TEXT.toLocaleString('nl-NL')} tekens.`);
    const { text, toIndex, length, crlfAsOne } = readPositions(raw, selections);
    if (crlfAsOne !== null) out.remarks.push(`Bron "${title}": regeleinden (CRLF) geteld als ${crlfAsOne ? 'één teken' : 'twee tekens'}.`);
    const values = valuesOf(s);
    const date = values.get(SOURCE_VARIABLES.date) ?? '';
    const url = values.get(SOURCE_VARIABLES.url) ?? '';
    const language = values.get(SOURCE_VARIABLES.language) ?? '';
    const source: Bundle['sources'][number] = {
      ...meta(s),
      title: title.slice(0, 500),
      kind: keyOf(KIND_WORDS, values.get(SOURCE_VARIABLES.kind)) ?? 'other',
      outlet: (values.get(SOURCE_VARIABLES.outlet) ?? '').slice(0, 300),
      date: isPartialDate(date) ? date : null,
      url: /^https?:\/\/\S+$/i.test(url) ? url : null,
      language: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(language) ? language : 'nl',
      text,
      people: [],
      tagIds: [],
      original: null,
      speakers: [],
    };
    const ours = new Set<string>(Object.values(SOURCE_VARIABLES));
    for (const [k, v] of values) if (k && v && !ours.has(k)) out.unmapped.push(`Bron "${title}": variabele ${k} = ${v} heeft hier geen plaats.`);
    for (const coding of childrenNamed(s, 'Coding')) {
      const code = codeOf(childNamed(coding, 'CodeRef')?.attrs.targetGUID);
      if (code?.kind === 'tag') source.tagIds.push(code.id);
      else if (code) out.unmapped.push(`Bron "${title}": de hele bron is gecodeerd met les "${lessonById.get(code.id)?.title ?? ''}"; een les hoort hier bij citaten.`);
    }
    for (const ref of childrenNamed(s, 'NoteRef')) attachNote(ref.attrs.targetGUID, { kind: 'source', id: source.id });
    const rich = s.attrs.richTextPath ?? '';
    if (rich.startsWith('internal://') && /\.docx$/i.test(rich)) {
      const bytes = archive.file(`sources/${rich.slice('internal://'.length)}`);
      if (bytes) out.originals.push({ sourceId: source.id, name: `${title}.docx`, bytes });
    }
    out.set.sources.push(source);
    sourceIds.add(source.id);

    for (const sel of selections) {
      if (!sel.attrs.guid) continue;
      const startCp = Number(sel.attrs.startPosition);
      const endCp = Number(sel.attrs.endPosition);
      const label = sel.attrs.name ? `"${sel.attrs.name.slice(0, 40)}"` : sel.attrs.guid;
      if (!Number.isInteger(startCp) || !Number.isInteger(endCp) || startCp < 0 || endCp <= startCp) {
        out.unmapped.push(`Selectie ${label} in "${title}": positie ${sel.attrs.startPosition}–${sel.attrs.endPosition} is ongeldig.`);
        continue;
      }
      const start = toIndex(startCp);
      const end = toIndex(endCp);
      if (endCp > length || end <= start) {
        out.unmapped.push(`Selectie ${label} in "${title}": positie ${startCp}–${endCp} ligt buiten de tekst.`);
        continue;
      }
      const anchor = makeAnchor(text, start, end);
      const quote: Quote = {
        ...meta(sel),
        sourceId: source.id,
        speakerId: null,
        dateSaid: source.date,
        text: anchor.exact,
        anchor: { start, end, prefix: anchor.prefix, suffix: anchor.suffix },
        anchorStatus: 'anchored',
        annotation: childText(sel, 'Description').trim().slice(0, 20_000),
        lessons: [],
        tagIds: [],
      };
      for (const coding of childrenNamed(sel, 'Coding')) {
        const code = codeOf(childNamed(coding, 'CodeRef')?.attrs.targetGUID);
        if (code?.kind === 'lesson' && !quote.lessons.some((l) => l.lessonId === code.id)) quote.lessons.push({ lessonId: code.id, stance: 'supports' });
        else if (code?.kind === 'tag' && !quote.tagIds.includes(code.id)) quote.tagIds.push(code.id);
        else if (!code) out.unmapped.push(`Selectie ${label}: codering met een onbekende code (${childNamed(coding, 'CodeRef')?.attrs.targetGUID ?? '?'}).`);
        for (const ref of childrenNamed(coding, 'NoteRef')) attachNote(ref.attrs.targetGUID, { kind: 'quote', id: quote.id });
      }
      for (const ref of childrenNamed(sel, 'NoteRef')) attachNote(ref.attrs.targetGUID, { kind: 'quote', id: quote.id });
      out.set.quotes.push(quote);
    }
  };
  const sourceKinds: Record<string, string> = { PictureSource: 'afbeeldingen', AudioSource: 'geluid', VideoSource: 'video' };
  for (const s of childNamed(root, 'Sources')?.children ?? []) {
    const title = (s.attrs.name ?? '').trim() || 'Bron zonder naam';
    if (s.name === 'TextSource') readTextSource(s, title);
    else if (s.name === 'PDFSource') {
      const representation = childNamed(s, 'Representation');
      if (representation) readTextSource({ ...representation, attrs: { ...representation.attrs, guid: s.attrs.guid ?? representation.attrs.guid ?? '' } }, title);
      else out.unmapped.push(`PDF-bron "${title}": zonder tekstweergave (Representation) kan de PDF niet worden ingelezen; voeg hem toe met "Bestand inlezen".`);
      if (childrenNamed(s, 'PDFSelection').length) out.unmapped.push(`PDF-bron "${title}": ${childrenNamed(s, 'PDFSelection').length} selectie(s) op de pagina (coördinaten) niet overgenomen.`);
    } else out.unmapped.push(`${s.name} "${title}": ${sourceKinds[s.name] ?? 'dit soort bronnen'} worden niet ingelezen.`);
  }

  for (const quote of out.set.quotes) quote.speakerId = speakerOf.get(quote.id) ?? null;
  const quoteIds = new Set(out.set.quotes.map((q) => q.id));
  for (const link of linkRows) {
    const origin = idFromGuid(link.origin);
    const target = idFromGuid(link.target);
    const relation = keyOf(RELATION_WORDS, link.name);
    const part = keyOf(PART_WORDS, link.name);
    const originLesson = lessonById.get(origin);
    if (originLesson && lessonById.has(target)) {
      if (!originLesson.relations.some((r) => r.lessonId === target)) originLesson.relations.push({ lessonId: target, kind: relation ?? 'related' });
    } else if (personIds.has(origin) && sourceIds.has(target)) {
      const key = `${origin}:${target}`;
      if (!(partsOf.get(key) ?? []).includes(part ?? 'mentioned')) partsOf.set(key, [...(partsOf.get(key) ?? []), part ?? 'mentioned']);
      if (!(casesOfSource.get(target) ?? []).includes(origin)) casesOfSource.set(target, [...(casesOfSource.get(target) ?? []), origin]);
    } else if (noteByGuid.has(origin) || noteByGuid.has(target)) {
      const noteGuid = noteByGuid.has(origin) ? origin : target;
      const other = noteGuid === origin ? target : origin;
      const kind = personIds.has(other) ? 'person' : sourceIds.has(other) ? 'source' : lessonById.has(other) ? 'lesson' : quoteIds.has(other) ? 'quote' : null;
      if (kind) attachNote(noteGuid, { kind, id: other });
      else if (link.name !== NOTE_LINK) out.unmapped.push(`Link "${link.name}": de notitie verwijst naar iets dat hier niet bestaat.`);
    } else out.unmapped.push(`Link "${link.name || '(zonder naam)'}" tussen ${link.origin} en ${link.target} heeft hier geen plaats.`);
  }
  for (const source of out.set.sources) {
    source.people = [...new Set(casesOfSource.get(source.id) ?? [])].flatMap((personId) => (partsOf.get(`${personId}:${source.id}`) ?? ['mentioned' as const]).map((part) => ({ personId, part })));
  }

  // Sets become collections of their lessons and sources.
  for (const set of childrenNamed(childNamed(root, 'Sets'), 'Set')) {
    if (!set.attrs.guid) continue;
    const items: Bundle['collection']['items'] = [];
    for (const m of childrenNamed(set, 'MemberCode')) {
      const code = codeOf(m.attrs.targetGUID);
      if (code?.kind === 'lesson') items.push({ kind: 'lesson', itemId: code.id, heading: null, commentary: '' });
    }
    for (const m of childrenNamed(set, 'MemberSource')) {
      const id = idFromGuid(m.attrs.targetGUID ?? '');
      if (sourceIds.has(id)) items.push({ kind: 'source', itemId: id, heading: null, commentary: '' });
    }
    const dropped = childrenNamed(set, 'MemberNote').length + childrenNamed(set, 'MemberCode').length - items.filter((i) => i.kind === 'lesson').length;
    if (dropped > 0) out.unmapped.push(`Set "${set.attrs.name ?? ''}": ${dropped} lid/leden (labels of notities) horen hier niet in een collectie.`);
    const intro = childText(set, 'Description').trim();
    out.set.collections.push({ id: idFromGuid(set.attrs.guid), createdAt: now, updatedAt: now, deletedAt: null, title: (set.attrs.name ?? '').trim().slice(0, 300) || 'Set zonder naam', intro: intro ? docFromPlainText(intro) : null, items });
  }
  const graphs = childrenNamed(childNamed(root, 'Graphs'), 'Graph').length;
  if (graphs) out.unmapped.push(`${graphs} diagram(men) (Graphs) niet overgenomen.`);
  return out;
}
