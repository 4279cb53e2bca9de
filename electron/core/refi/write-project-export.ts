import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { ProjectFormat } from '../../../shared/api/projects';
import type { Db } from '../db/connection';
import type { WrittenExport } from '../export/export-collection';
import { QDC_MIME, renderCodebook } from './codebook-export';
import { QDPX_MIME, writeProjectFile } from './project-export';

/** Who the researcher is to REFI's User element: the account's name, which is what QDA tools show too. */
export function researcherName(): string {
  try {
    return userInfo().username || 'Onderzoeker';
  } catch {
    // userInfo throws for an account without a passwd entry (a container, some CI runners):
    // the project then names a neutral researcher, as it does for an empty name.
    return 'Onderzoeker';
  }
}

/**
 * The library as a REFI-QDA project or codebook, written to `path`. A project names everyone as
 * stored (it is a full copy for the researcher's own tools; consent travels as a variable), so
 * the privacy summary lists every profile as named.
 */
export async function writeProjectExport(db: Db, format: ProjectFormat, path: string, options: { originalsDir: string; researcher: string; now?: Date }): Promise<WrittenExport> {
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  const named = db.prepare('SELECT name FROM people WHERE deleted_at IS NULL ORDER BY name').pluck().all() as string[];
  const privacy = { named, pseudonymised: [], omitted: [] };
  if (format === 'qdc') {
    const xml = Buffer.from(renderCodebook(db), 'utf8');
    writeFileSync(path, xml);
    return { fileName: `wijkgeheugen-codeboek-${day}.qdc`, mime: QDC_MIME, bytes: xml.byteLength, privacy: { named: [], pseudonymised: [], omitted: [] } };
  }
  const { bytes } = await writeProjectFile(db, path, options);
  return { fileName: `wijkgeheugen-project-${day}.qdpx`, mime: QDPX_MIME, bytes, privacy };
}
