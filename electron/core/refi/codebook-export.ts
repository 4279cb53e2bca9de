import type { Db } from '../db/connection';
import { writeCodes } from './codebook-xml';
import { codebookContent } from './project-export';
import { XmlWriter } from './xml-write';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
export const QDC_MIME = 'application/x-qdc';

/** The lesson list and labels as a REFI-QDA codebook (.qdc), for Taguette, ATLAS.ti and the others. */
export function renderCodebook(db: Db): string {
  const xml = new XmlWriter();
  xml.open('CodeBook', { xmlns: CODEBOOK_NAMESPACE, origin: 'Wijkgeheugen' });
  writeCodes(xml, codebookContent(db));
  xml.close();
  return xml.toString();
}
