import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../electron/core/library/library';
import { ms, time } from './stats';
import { syntheticLibrary } from './synthetic-library';

/**
 * The indexes as the app builds them at start: read from a real library file. The synthetic
 * library is written straight into SQLite in one transaction (the API would take minutes).
 */
export async function runLibraryBuildBench(quoteCount: number): Promise<void> {
  console.log(`\n## Start-up from a library file with ${quoteCount.toLocaleString('en')} quotes`);
  const dir = mkdtempSync(join(tmpdir(), 'wg-bench-'));
  try {
    const library = await openLibrary(dir);
    const data = syntheticLibrary(quoteCount);
    const now = new Date().toISOString();
    const write = time(() =>
      library.db.transaction(() => {
        const db = library.db;
        const person = db.prepare('INSERT INTO people (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
        const people = new Set(data.quotes.map((q) => q.personId));
        const personIds = new Map([...people].map((p, i) => [p, `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`]));
        for (const [name, id] of personIds) person.run(id, name, now, now);
        const lesson = db.prepare('INSERT INTO lessons (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)');
        const lessonIds = new Map(data.lessons.map((l, i) => [l.id, `00000000-0000-7000-9000-${String(i).padStart(12, '0')}`]));
        for (const l of data.lessons) lesson.run(lessonIds.get(l.id), l.title, now, now);
        const source = db.prepare("INSERT INTO sources (id, title, kind, text, date, created_at, updated_at) VALUES (?, ?, 'interview', ?, ?, ?, ?)");
        const quote = db.prepare('INSERT INTO quotes (id, source_id, speaker_id, date_said, text, anchor_start, anchor_end, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)');
        const evidence = db.prepare('INSERT INTO evidence (quote_id, lesson_id, position) VALUES (?, ?, 0)');
        data.quotes.forEach((q, i) => {
          const id = `00000000-0000-7000-a000-${String(i).padStart(12, '0')}`;
          const sourceId = `00000000-0000-7000-b000-${String(Math.floor(i / 25)).padStart(12, '0')}`;
          if (i % 25 === 0) source.run(sourceId, `Interview ${i / 25}`, q.text, q.date, now, now);
          quote.run(id, sourceId, personIds.get(q.personId), q.date, q.text, q.text.length, now, now);
          for (const l of q.lessonIds) evidence.run(id, lessonIds.get(l));
        });
      })(),
    );
    console.log(`writing the library: ${ms(write.ms)}`);
    const index = time(() => library.changes.drain(Number.MAX_SAFE_INTEGER));
    console.log(`search index written for the queued items (once; the app does this in steps): ${ms(index.ms)}`);
    library.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
