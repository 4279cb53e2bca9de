import type { Db } from '../db/connection';
import { requireLive } from '../db/rows';

export interface SourceSpeaker {
  label: string;
  personId: string | null;
}

export function speakersOfSource(db: Db, sourceId: string): SourceSpeaker[] {
  return db
    .prepare('SELECT label, person_id AS personId FROM source_speakers WHERE source_id = ? ORDER BY position')
    .all(sourceId) as SourceSpeaker[];
}

/** Sets who each speaker label is; matched people also become the source's speakers. */
export function writeSpeakers(db: Db, sourceId: string, speakers: readonly SourceSpeaker[]): void {
  for (const s of speakers) if (s.personId) requireLive(db, 'people', s.personId, 'Profiel');
  db.prepare('DELETE FROM source_speakers WHERE source_id = ?').run(sourceId);
  const insert = db.prepare('INSERT INTO source_speakers (source_id, label, person_id, position) VALUES (?, ?, ?, ?)');
  speakers.forEach((s, i) => insert.run(sourceId, s.label, s.personId, i));
  db.prepare("DELETE FROM source_people WHERE source_id = ? AND part = 'speaker'").run(sourceId);
  const position = (db.prepare('SELECT coalesce(max(position), -1) + 1 FROM source_people WHERE source_id = ?').pluck().get(sourceId) as number) ?? 0;
  const add = db.prepare("INSERT OR IGNORE INTO source_people (source_id, person_id, part, position) VALUES (?, ?, 'speaker', ?)");
  [...new Set(speakers.map((s) => s.personId).filter((p): p is string => p !== null))].forEach((personId, i) => add.run(sourceId, personId, position + i));
}
