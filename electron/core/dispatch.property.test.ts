import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/api/channel-names';
import { ERROR_CODES, ERROR_REASONS } from '../../shared/api/errors';
import { dispatch } from './dispatch';
import { openTestLibrary, type TestLibrary } from './test-support/temp-library';

/**
 * Any input on any channel gets an envelope: a value, or an error with a known code that is not
 * `internal` (a crash); and a refused call writes nothing. Inputs are arbitrary JSON values and,
 * more often, objects with the API's own field names holding hostile values and real ids, so
 * that validation is passed now and then and handlers meet odd but valid input too.
 */
let t: TestLibrary;
const ids: string[] = [];

beforeAll(async () => {
  t = await openTestLibrary();
  const person = await t.call('people.create', { name: 'Anna de Wit' });
  const text = 'Anna: We moeten stoppen met experimenteren in de wijk.';
  const source = await t.call('sources.create', { title: 'Gesprek', text, date: '2004' });
  const lesson = await t.call('lessons.create', { title: 'Stop met experimenteren' });
  const tag = await t.call('tags.create', { name: 'Rotterdam' });
  const quote = await t.call('quotes.create', { sourceId: source.id, start: 6, end: text.length, speakerId: person.id, lessons: [{ lessonId: lesson.id }] });
  const collection = await t.call('collections.create', { title: 'Selectie' });
  ids.push(person.id, source.id, lesson.id, tag.id, quote.id, collection.id);
});
afterAll(() => t.cleanup());

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '__proto__', 'constructor', '\u0000', '\u202e', '😀'.repeat(50), '<script>alert(1)</script>', '../../etc/passwd', '%E0%A4%A', 'x'.repeat(25_000), '2026-13-45', '-1'),
);
const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e308, -0));

const FIELDS = [
  'id', 'title', 'name', 'text', 'summary', 'sourceId', 'speakerId', 'lessonId', 'personId', 'collectionId', 'keepId', 'mergeId',
  'start', 'end', 'limit', 'after', 'query', 'sort', 'format', 'date', 'dateSaid', 'lessons', 'tagIds', 'aliases', 'relatedWords',
  'relations', 'items', 'quoteIds', 'kinds', 'taskId', 'fileName', 'dataBase64', 'file', 'consent', 'roles', 'maxGroups', 'content',
] as const;
/** Built after the library is seeded, so that real ids are among the values. */
function inputs() {
  const anId = fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileString);
  const value = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), anId, fc.array(anId, { maxLength: 3 }), fc.array(fc.record({ lessonId: anId }), { maxLength: 2 }), fc.jsonValue({ maxDepth: 3 }));
  const nearValid = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 });
  return fc.oneof({ weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) }, { weight: 3, arbitrary: nearValid }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const answered = { ok: 0, refused: 0 };
const totalChanges = () => t.library.db.prepare('SELECT total_changes()').pluck().get() as number;

/** Channels that would touch files outside the library or load the example: tested elsewhere. */
const ELSEWHERE = new Set(['library.loadExample', 'backup.create', 'backup.restore', 'sources.importFile', 'bundles.import']);

describe('every channel, any input', () => {
  it.each(CHANNEL_NAMES.filter((c) => !ELSEWHERE.has(c)))('%s answers with an envelope and writes nothing when it refuses', async (channel) => {
    await fc.assert(
      fc.asyncProperty(inputs(), async (raw) => {
        const before = totalChanges();
        const envelope = await dispatch(t.library, channel, raw);
        if (envelope.ok) {
          answered.ok++;
          return;
        }
        answered.refused++;
        expect(ERROR_CODES).toContain(envelope.error.code);
        // Worded by the window from its reason, and each complaint from its key: never only core's Dutch.
        expect(ERROR_REASONS, `${channel}: ${envelope.error.message}`).toContain(envelope.error.reason?.key);
        for (const issue of envelope.error.issues ?? []) expect(issue.key, `${channel}: ${issue.message}`).toBeDefined();
        expect(envelope.error.code, `${channel} crashed on ${JSON.stringify(raw)?.slice(0, 200)}: ${envelope.error.message}`).not.toBe('internal');
        expect(totalChanges(), `${channel} wrote while refusing`).toBe(before);
      }),
      { numRuns: Number(process.env.WG_PROPERTY_RUNS ?? 40), seed: Number(process.env.WG_PROPERTY_SEED ?? 20261129) },
    );
  });

  it('reached the handlers, not only validation', () => {
    // Some generated inputs are valid (gets, lists, searches with real ids): handlers ran on them.
    console.log(`property test: ${answered.ok} answered, ${answered.refused} refused`);
    expect(answered.ok).toBeGreaterThan(50);
    expect(answered.refused).toBeGreaterThan(1000);
  });
});
