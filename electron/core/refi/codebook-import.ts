import type { MergeSet } from '../bundle/merge-items';
import { AppError } from '../errors';
import { importCodes } from './codes-import';
import { idFromGuid } from './guids';
import { childNamed, childrenNamed, childText, parseXml } from './xml-read';
import { docFromPlainText } from '../../../shared/lexical/document';

/** A REFI-QDA codebook (.qdc): its codes as lessons and labels, its sets as collections of lessons. */
export function mapCodebook(xml: string, fileName: string, now = new Date().toISOString()): MergeSet {
  const root = parseXml(xml.replace(/^\ufeff/, ''), fileName);
  if (root.name !== 'CodeBook') throw new AppError('invalid_input', 'refiNotCodebook', { name: fileName, root: root.name });
  const codes = importCodes(childNamed(root, 'Codes'), now);
  const collections = childrenNamed(childNamed(root, 'Sets'), 'Set')
    .filter((set) => set.attrs.guid)
    .map((set) => {
      const intro = childText(set, 'Description').trim();
      // In a codebook a set's members carry the code's GUID in "guid" (in a project: "targetGUID").
      const members = childrenNamed(set, 'MemberCode').map((m) => codes.byGuid.get(idFromGuid(m.attrs.guid ?? m.attrs.targetGUID ?? '')));
      return {
        id: idFromGuid(set.attrs.guid ?? ''),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        title: (set.attrs.name ?? '').trim().slice(0, 300) || 'Set zonder naam',
        intro: intro ? docFromPlainText(intro) : null,
        items: members.filter((c) => c?.kind === 'lesson').map((c) => ({ kind: 'lesson' as const, itemId: (c as { id: string }).id, heading: null, commentary: '' })),
      };
    });
  return { lessons: codes.lessons, tags: codes.tags, people: [], sources: [], quotes: [], notes: [], collections };
}
