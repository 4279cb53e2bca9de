import { makeAnchor } from '../../../shared/text/anchor';
import { newId } from '../ids';
import { type Library, openLibrary } from '../library/library';
import { dutchLike } from './dutch-like';
import { pick } from './random';

export const LESSON_TITLES = [
  'Stop met experimenteren',
  'Kies voor de lange termijn',
  'Bewoners aan het stuur',
  'Eén regisseur per wijk',
  'Geld moet ontschot worden',
  'Investeer in vertrouwen',
  'Veiligheid eerst, dan de rest',
  'Meet wat ertoe doet',
  'Maatwerk boven regels',
  'Onderwijs is de sleutel',
  'Fysiek en sociaal samen',
  'Houd professionals in de wijk',
];

/**
 * A realistic synthetic library written through core: interviews, transcripts and reports of
 * 3,000–15,000 words with 20–40 quotes each, people with roles over time, lessons whose evidence
 * is spread unevenly (the most voiced lesson gets about a quarter of all links), labels per
 * facet, and one collection of up to 5,000 quotes. Rows go in with core's own schema, anchors
 * made by the same function the app uses; the search index is written from the change queue
 * like any other change.
 */

const FIRST = ['Anna', 'Bram', 'Fatima', 'Ayşe', 'Mohamed', 'Noël', 'Łukasz', 'Sanne', 'Kees', 'Yusuf', 'Ingrid', 'Pieter', 'Samira', 'Joost', 'Esra', 'Rachid', 'Marieke', 'Hans', 'Naima', 'Gert', 'Lotte', 'Hamza', 'Wilma', 'Dirk', 'Khadija', 'Ruud', 'Emine', 'Sjoerd', 'Mirjam', 'Karim', 'Tineke', 'Omar', 'Els', 'Jeroen', 'Hatice', 'Bas', 'Zeynep', 'Frank', 'Nadia', 'Wouter'];
const LAST = ['de Wit', 'Bakker', 'Yılmaz', 'El Amrani', 'Jansen', 'Wójcik', 'Ağaoğlu', 'de Vries', 'Visser', 'Koster', 'Smit', 'Meijer', 'Bouzid', 'van Dijk', 'Mulder', 'Öztürk', 'de Boer', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Kaya', 'van Leeuwen', 'Dijkstra', 'Postma', 'Benali', 'Kok', 'Verhoeven', 'Çelik', 'Prins', 'Huisman', 'Kuipers', 'Veenstra', 'Ouali', 'Schouten', 'Hoekstra', 'Maas', 'Verbeek', 'Demir', 'Lubbers', 'Aydın', 'Sarmo', 'Ruiter', 'Zwart', 'Groen', 'Tahiri', 'Wolters', 'Hofman'];
const ROLES = ['wijkregisseur', 'opbouwwerker', 'wethouder', 'bewoner', 'corporatiedirecteur', 'beleidsmedewerker', 'onderzoeker', 'wijkagent', 'schooldirecteur', 'huisarts'];
const ORGS = ['Gemeente Rotterdam', 'Woonstad', 'Gemeente Den Haag', 'Ymere', 'Platform31', 'Verwey-Jonker', 'Gemeente Utrecht', 'Vestia', 'Politie', 'Movisie'];
const PLACES = ['Rotterdam-Zuid', 'Transvaal', 'Overvecht', 'Kanaleneiland', 'Bijlmer', 'Schilderswijk', 'Groningen-Noord', 'Eindhoven-Woensel'];
const FACETS = ['theme', 'place', 'programme', 'period'] as const;
const KINDS = ['interview', 'transcript', 'report', 'article', 'meeting'] as const;
const STANCES = ['supports', 'supports', 'supports', 'nuances', 'challenges'] as const;

export interface GeneratedLibrary {
  library: Library;
  quotes: number;
  sources: number;
  people: number;
  lessons: number;
  collectionId: string;
  writeMs: number;
  indexMs: number;
}

export interface GenerateOptions {
  seed?: number;
  /** Leave the search index to the library's own catch-up (as after an upgrade or a crash). */
  skipIndex?: boolean;
  /** Words per source, [min, max]; interviews of 3,000–15,000 words by default. */
  sourceWords?: [number, number];
}

export async function generateLibrary(dir: string, quoteTarget: number, options: GenerateOptions = {}): Promise<GeneratedLibrary> {
  const library = await openLibrary(dir);
  const db = library.db;
  const text = dutchLike(options.seed ?? 42, Math.max(2000, Math.round(quoteTarget / 2)));
  const { random } = text;
  const [minWords, maxWords] = options.sourceWords ?? [3000, 15000];
  const now = new Date().toISOString();
  const started = performance.now();
  const ids = { people: [] as string[], lessons: [] as string[], tags: [] as string[], quotes: [] as string[] };

  const insert = {
    person: db.prepare('INSERT INTO people (id, name, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    role: db.prepare('INSERT INTO person_roles (person_id, position, role, organisation, place, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    lesson: db.prepare('INSERT INTO lessons (id, title, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    alias: db.prepare('INSERT INTO lesson_aliases (lesson_id, position, alias) VALUES (?, 0, ?)'),
    tag: db.prepare('INSERT INTO tags (id, name, facet, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    itemTag: db.prepare('INSERT OR IGNORE INTO item_tags (item_kind, item_id, tag_id, position) VALUES (?, ?, ?, 0)'),
    source: db.prepare("INSERT INTO sources (id, title, kind, outlet, date, text, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'nl', ?, ?)"),
    sourcePerson: db.prepare("INSERT INTO source_people (source_id, person_id, part, position) VALUES (?, ?, 'interviewee', 0)"),
    quote: db.prepare(
      `INSERT INTO quotes (id, source_id, speaker_id, date_said, text, anchor_start, anchor_end, anchor_prefix, anchor_suffix, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    evidence: db.prepare('INSERT INTO evidence (quote_id, lesson_id, stance, position) VALUES (?, ?, ?, 0)'),
  };

  db.transaction(() => {
    const personCount = Math.max(1600, Math.round(quoteTarget / 40));
    for (let i = 0; i < personCount; i++) {
      const id = newId();
      const first = FIRST[i % FIRST.length] ?? 'Anna';
      const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Bakker';
      const round = Math.floor(i / (FIRST.length * LAST.length));
      insert.person.run(id, round === 0 ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + (round % 26))}. ${last}`, text.sentence(8), now, now);
      const from = 1995 + Math.floor(random() * 25);
      insert.role.run(id, 0, pick(random, ROLES), pick(random, ORGS), pick(random, PLACES), `${from}`, random() < 0.5 ? `${from + 1 + Math.floor(random() * 8)}` : null);
      if (random() < 0.4) insert.role.run(id, 1, pick(random, ROLES), pick(random, ORGS), pick(random, PLACES), `${from + 9}`, null);
      ids.people.push(id);
    }
    const titles = [...LESSON_TITLES, ...Array.from({ length: 28 }, () => text.sentence(4).replace('.', ''))];
    for (const title of titles) {
      const id = newId();
      insert.lesson.run(id, title, text.sentence(20), now, now);
      insert.alias.run(id, text.sentence(5).replace('.', ''));
      ids.lessons.push(id);
    }
    FACETS.forEach((facet) => {
      for (let i = 0; i < 15; i++) {
        const id = newId();
        insert.tag.run(id, `${facet === 'place' ? pick(random, PLACES) : text.sentence(2).replace('.', '')} ${i + 1}`, facet, now, now);
        ids.tags.push(id);
      }
    });
  })();

  // Sources one transaction each: the way imports arrive, and memory stays flat.
  let sourceCount = 0;
  while (ids.quotes.length < quoteTarget) {
    const words = minWords + Math.floor(random() * (maxWords - minWords + 1));
    const paragraphs: string[] = [];
    let written = 0;
    while (written < words) {
      const sentences: string[] = [];
      for (let s = 3 + Math.floor(random() * 6); s > 0; s--) {
        const n = 10 + Math.floor(random() * 16);
        sentences.push(text.sentence(n));
        written += n;
      }
      paragraphs.push(sentences.join(' '));
    }
    const body = paragraphs.join('\n\n');
    const year = 1998 + Math.floor(random() * 28);
    const date = random() < 0.3 ? `${year}` : `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
    const interviewee = pick(random, ids.people);
    const quoteCount = Math.min(quoteTarget - ids.quotes.length, 20 + Math.floor(random() * 21));
    db.transaction(() => {
      const sourceId = newId();
      insert.source.run(sourceId, `${pick(random, KINDS) === 'report' ? 'Rapport' : 'Gesprek'}: ${text.sentence(5).replace('.', '')}`, pick(random, KINDS), pick(random, ORGS), date, body, now, now);
      insert.sourcePerson.run(sourceId, interviewee);
      insert.itemTag.run('source', sourceId, pick(random, ids.tags));
      // Quotes of 18–34 words at evenly spread places in the text, never overlapping.
      const stride = Math.floor(body.length / quoteCount);
      for (let q = 0; q < quoteCount; q++) {
        let start = q * stride + Math.floor(random() * Math.max(1, stride / 2));
        while (start > 0 && body[start - 1] !== ' ' && body[start - 1] !== '\n') start--;
        let end = start;
        for (let w = 18 + Math.floor(random() * 17); w > 0 && end < body.length; w--) {
          end = body.indexOf(' ', end + 1);
          if (end === -1) end = body.length;
        }
        end = Math.min(end, (q + 1) * stride);
        if (end <= start + 20) continue;
        const anchor = makeAnchor(body, start, end);
        const quoteId = newId();
        const speaker = random() < 0.8 ? interviewee : pick(random, ids.people);
        insert.quote.run(quoteId, sourceId, speaker, date, anchor.exact, anchor.start, anchor.end, anchor.prefix, anchor.suffix, now, now);
        if (random() < 0.3) {
          // Uneven, as in life: the first lesson gets about a quarter of all links.
          const lesson = random() < 0.25 ? ids.lessons[0] : pick(random, ids.lessons);
          insert.evidence.run(quoteId, lesson, pick(random, STANCES));
        }
        if (random() < 0.5) insert.itemTag.run('quote', quoteId, pick(random, ids.tags));
        ids.quotes.push(quoteId);
      }
    })();
    sourceCount++;
  }

  const collectionId = newId();
  db.transaction(() => {
    db.prepare('INSERT INTO collections (id, title, intro_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(collectionId, 'Vijfduizend citaten', 'Een grote verzameling.', now, now);
    const item = db.prepare("INSERT INTO collection_items (collection_id, position, item_kind, item_id, commentary) VALUES (?, ?, 'quote', ?, '')");
    ids.quotes.slice(0, 5000).forEach((id, i) => item.run(collectionId, i, id));
  })();
  const writeMs = performance.now() - started;

  const indexStarted = performance.now();
  while (!options.skipIndex && library.changes.drain(5000).length > 0) {
    // The whole queue, in batches of one transaction each.
  }
  const indexMs = performance.now() - indexStarted;
  return { library, quotes: ids.quotes.length, sources: sourceCount, people: ids.people.length, lessons: ids.lessons.length, collectionId, writeMs, indexMs };
}
