import { HELD_OUT } from '../../../shared/example/wijkaanpak-heldout';
import { LINKING_FIXTURE } from '../../../shared/example/wijkaanpak-lessons';
import type { LexicalDoc } from '../../../shared/lexical/document';
import { ITEM_MENTION_TYPE } from '../../../shared/lexical/extract';
import { createCollection } from '../collections/store';
import { AppError } from '../errors';
import { createLesson, updateLesson } from '../lessons/store';
import type { Library } from '../library/library';
import { createNote } from '../notes/store';
import { createPerson } from '../people/store';
import { createQuote } from '../quotes/store';
import { writeSpeakers } from '../sources/speakers';
import { createSource } from '../sources/store';
import { createTag } from '../tags/store';
import { PEOPLE, TAGS } from './example-cast';
import { COUNTER_VOICES, QUESTIONS, SOURCES, type ExampleSource } from './example-sources';

interface Planned {
  lesson: string;
  stance: 'supports' | 'nuances' | 'challenges';
  text: string;
}

/** Each lesson's statements spread over the sources, so every lesson recurs across the years. */
function plan(): Planned[][] {
  const perSource: Planned[][] = SOURCES.map(() => []);
  LINKING_FIXTURE.forEach((lesson, i) => {
    const texts = [...lesson.linked, ...lesson.statements, ...(HELD_OUT[lesson.id] ?? [])];
    texts.forEach((text, k) => {
      const at = (Math.floor((k * SOURCES.length) / texts.length) + i) % SOURCES.length;
      perSource[at]?.push({ lesson: lesson.id, stance: 'supports', text });
    });
  });
  COUNTER_VOICES.forEach((voice, i) => perSource[(i * 7 + 3) % SOURCES.length]?.push({ lesson: voice.lesson, stance: voice.stance, text: voice.text }));
  return perSource;
}

const NAME = new Map(PEOPLE.map((p) => [p.key, p.name]));
const ROLE = new Map(PEOPLE.map((p) => [p.key, p.roles[p.roles.length - 1]?.role ?? '']));

/** The text of a source, in the form its kind has: an interview, a transcript, an article, minutes, a report. */
function compose(source: ExampleSource, items: Planned[]): { text: string; spoken: { item: Planned; speaker: string }[] } {
  const spoken = items.map((item, j) => ({ item, speaker: source.speakers[j % source.speakers.length] ?? '' }));
  const lines: string[] = [];
  if (source.kind === 'interview' || source.kind === 'transcript') {
    lines.push(source.intro, '');
    spoken.forEach(({ item, speaker }, j) => {
      lines.push(`Interviewer: ${QUESTIONS[j % QUESTIONS.length]}`);
      lines.push(`${NAME.get(speaker)}: ${item.text}`);
    });
  } else if (source.kind === 'meeting') {
    lines.push(source.intro, '', `Aanwezig: ${source.speakers.map((s) => NAME.get(s)).join(', ')} en anderen.`, '');
    for (const { item, speaker } of spoken) lines.push(`${NAME.get(speaker)}: ${item.text}`);
    lines.push('', 'De avond werd afgesloten met een rondgang langs de plannen.');
  } else if (source.kind === 'article') {
    lines.push(source.intro, '');
    for (const { item, speaker } of spoken) lines.push(`“${item.text}”, zegt ${NAME.get(speaker)} (${ROLE.get(speaker)}).`, '');
    lines.push('Of de volgende ronde dat beter doet, moet blijken.');
  } else {
    lines.push('Samenvatting', '', source.intro, '', 'Bevindingen', '');
    spoken.forEach(({ item }, j) => lines.push(`${j + 1}. ${item.text}`));
  }
  return { text: lines.join('\n'), spoken };
}

const BLOCK = { direction: null, format: '', indent: 0, version: 1 };
function paragraphs(...children: unknown[][]): LexicalDoc {
  return { root: { type: 'root', ...BLOCK, children: children.map((c) => ({ type: 'paragraph', ...BLOCK, textFormat: 0, textStyle: '', children: c })) } } as LexicalDoc;
}
const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
const mention = (itemKind: string, itemId: string, label: string) => ({ type: ITEM_MENTION_TYPE, itemKind, itemId, text: label, detail: 0, format: 0, mode: 'segmented', style: '', version: 1 });

/**
 * The example library: fifteen sources from 1998 to 2025, over a hundred quotes by fictional
 * people, twelve lessons that keep coming back, labels for places, programmes and periods,
 * two notes and a collection. Only into an empty library, in one transaction.
 */
export function loadExampleLibrary(library: Library): { sources: number; quotes: number; lessons: number; people: number } {
  const { db } = library;
  const live = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM sources WHERE deleted_at IS NULL) + (SELECT COUNT(*) FROM people WHERE deleted_at IS NULL) + (SELECT COUNT(*) FROM lessons WHERE deleted_at IS NULL)`,
    )
    .pluck()
    .get() as number;
  if (live > 0) throw new AppError('conflict', 'exampleNeedsEmpty', {}, { detail: 'kies een andere map met --library' });

  return db.transaction(() => {
    const tagIds = new Map<string, string>();
    for (const tag of TAGS) tagIds.set(tag.key, createTag(db, { name: tag.name, facet: tag.facet, parentId: tag.parent ? (tagIds.get(tag.parent) ?? null) : null }).id);
    const personIds = new Map<string, string>();
    for (const p of PEOPLE) {
      personIds.set(p.key, createPerson(db, { name: p.name, pseudonym: p.pseudonym ?? null, consent: p.consent ?? 'name', summary: p.summary, roles: p.roles, tagIds: [] }).id);
    }
    const lessonIds = new Map<string, string>();
    for (const l of LINKING_FIXTURE) lessonIds.set(l.id, createLesson(db, { title: l.title, aliases: l.aliases, summary: l.summary, relatedWords: [], relations: [], tagIds: [] }).id);
    const related: [string, string, 'related' | 'refines' | 'contradicts'][] = [
      ['lange-termijn', 'experimenteren', 'related'],
      ['professionals', 'vertrouwen', 'related'],
      ['regisseur', 'ontschotten', 'related'],
      ['fysiek-sociaal', 'veiligheid', 'refines'],
      ['maatwerk', 'meten', 'related'],
    ];
    for (const [from, to, kind] of related) {
      const id = lessonIds.get(from) as string;
      updateLesson(db, { id, relations: [{ lessonId: lessonIds.get(to) as string, kind }] });
    }

    let quotes = 0;
    const firstQuotes: string[] = [];
    plan().forEach((items, s) => {
      const source = SOURCES[s] as ExampleSource;
      const { text: body, spoken } = compose(source, items);
      const interviewPart = source.kind === 'report' || source.kind === 'article' ? 'speaker' : 'interviewee';
      const people = [
        ...source.speakers.map((key) => ({ personId: personIds.get(key) as string, part: interviewPart as 'speaker' | 'interviewee' })),
        ...(source.author && !source.speakers.includes(source.author) ? [{ personId: personIds.get(source.author) as string, part: 'author' as const }] : []),
      ];
      const created = createSource(db, {
        title: source.title,
        kind: source.kind,
        outlet: source.outlet,
        date: source.date,
        url: null,
        language: 'nl',
        text: body,
        people,
        tagIds: source.tags.map((key) => tagIds.get(key) as string),
      });
      if (source.kind === 'transcript' || source.kind === 'meeting' || source.kind === 'interview') {
        writeSpeakers(db, created.id, [
          ...(source.kind === 'meeting' ? [] : [{ label: 'Interviewer', personId: null }]),
          ...source.speakers.map((key) => ({ label: NAME.get(key) as string, personId: personIds.get(key) as string })),
        ]);
      }
      let cursor = 0;
      for (const { item, speaker } of spoken) {
        const start = body.indexOf(item.text, cursor);
        cursor = start + item.text.length;
        const quote = createQuote(db, {
          sourceId: created.id,
          start,
          end: cursor,
          speakerId: personIds.get(speaker) ?? null,
          annotation: '',
          lessons: [{ lessonId: lessonIds.get(item.lesson) as string, stance: item.stance }],
          tagIds: [],
        });
        if (firstQuotes.length < 3 && item.lesson === 'experimenteren') firstQuotes.push(quote.id);
        quotes++;
      }
    });

    const anna = personIds.get('anna') as string;
    const experimenteren = lessonIds.get('experimenteren') as string;
    const langeTermijn = lessonIds.get('lange-termijn') as string;
    createNote(db, {
      target: { kind: 'lesson', id: experimenteren },
      title: '',
      doc: paragraphs(
        [text('Dit is de les die het vaakst terugkomt, telkens in andere woorden. '), mention('person', anna, '@Anna de Wit'), text(' zei het al in 1998 op Zuid; twintig jaar later zegt het Rijk hetzelfde.')],
        [text('Hangt samen met '), mention('lesson', langeTermijn, '#Kies voor de lange termijn'), text(': pilots stoppen omdat het geld na één periode op is.')],
      ),
    });
    createNote(db, {
      target: { kind: 'person', id: anna },
      title: '',
      doc: paragraphs([text('Sprak over dezelfde wijk in 1998 en 2016. Vergelijk haar twee interviews: de toon is anders, de les niet. Zie '), mention('lesson', experimenteren, '#Stop met experimenteren'), text('.')]),
    });
    createCollection(db, {
      title: 'Wat werkt in de wijkaanpak: tien lessen met bewijs, 1998–2025',
      intro: paragraphs([text('Tien lessen die in vijfentwintig jaar wijkaanpak steeds terugkomen, elk met wie het zei, waar en wanneer.')]),
      items: [
        ...LINKING_FIXTURE.slice(0, 10).map((l, i) => ({
          kind: 'lesson' as const,
          itemId: lessonIds.get(l.id) as string,
          heading: i === 0 ? 'Bestuur en geld' : i === 5 ? 'Mensen en vertrouwen' : null,
          commentary: '',
        })),
        ...firstQuotes.map((id) => ({ kind: 'quote' as const, itemId: id, heading: null, commentary: 'Drie keer dezelfde les, in drie decennia.' })),
      ],
    });
    return { sources: SOURCES.length, quotes, lessons: LINKING_FIXTURE.length, people: PEOPLE.length };
  })();
}
