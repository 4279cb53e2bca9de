import type { Lesson } from '../../../shared/api/lessons';
import type { Tag } from '../../../shared/api/tags';
import { FACETS } from '../../../shared/api/tags';
import { derivedGuid } from './guids';
import { ALIAS_SEPARATOR, ALIASES_PREFIX, FACET_NAMES, GROUPS } from './refi-names';
import type { XmlWriter } from './xml-write';

/** A lesson's REFI description: its summary, then its other names on a line "Ook: a · b". */
export function lessonDescription(lesson: Pick<Lesson, 'summary' | 'aliases'>): string {
  const aliases = lesson.aliases.length ? `${ALIASES_PREFIX}${lesson.aliases.join(ALIAS_SEPARATOR)}` : '';
  return [lesson.summary.trim(), aliases].filter(Boolean).join('\n\n');
}

export const GROUP_GUIDS = {
  lessons: derivedGuid('group:lessons'),
  labels: derivedGuid('group:labels'),
  facet: (facet: string) => derivedGuid(`group:labels:${facet}`),
};

export interface CodebookContent {
  lessons: Lesson[];
  tags: Tag[];
  /** Notes to refer to from a code (a project has them, a codebook does not). */
  noteIdsByItem?: Map<string, string[]>;
}

/**
 * The code tree both a project and a codebook carry: a group "Lessen" that cannot be coded
 * itself, with every lesson as a code (summary and other names as its description); a group
 * "Labels" with a group per facet and the labels below, nested as in the library.
 * Children in the order of their names, so a re-export writes the same file.
 */
export function writeCodes(xml: XmlWriter, content: CodebookContent): void {
  const byName = <T extends { id: string }>(name: (t: T) => string) => (a: T, b: T) => name(a).localeCompare(name(b), 'nl') || a.id.localeCompare(b.id);
  const noteRefs = (id: string) => {
    for (const noteId of content.noteIdsByItem?.get(id) ?? []) xml.empty('NoteRef', { targetGUID: noteId });
  };
  xml.open('Codes');
  xml.open('Code', { guid: GROUP_GUIDS.lessons, name: GROUPS.lessons, isCodable: false });
  for (const lesson of [...content.lessons].sort(byName((l) => l.title))) {
    const description = lessonDescription(lesson);
    const notes = content.noteIdsByItem?.get(lesson.id) ?? [];
    if (!description && notes.length === 0) {
      xml.empty('Code', { guid: lesson.id, name: lesson.title, isCodable: true });
      continue;
    }
    xml.open('Code', { guid: lesson.id, name: lesson.title, isCodable: true });
    xml.text('Description', description);
    noteRefs(lesson.id);
    xml.close();
  }
  xml.close();

  xml.open('Code', { guid: GROUP_GUIDS.labels, name: GROUPS.labels, isCodable: false });
  const ids = new Set(content.tags.map((t) => t.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of content.tags) {
    // A label whose parent is not exported hangs directly under its facet.
    const parent = tag.parentId && ids.has(tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const writeTag = (tag: Tag, depth: number): void => {
    const below = depth < 100 ? (children.get(tag.id) ?? []).sort(byName((t) => t.name)) : [];
    const notes = content.noteIdsByItem?.get(tag.id) ?? [];
    if (below.length === 0 && notes.length === 0) {
      xml.empty('Code', { guid: tag.id, name: tag.name, isCodable: true });
      return;
    }
    xml.open('Code', { guid: tag.id, name: tag.name, isCodable: true });
    noteRefs(tag.id);
    for (const child of below) writeTag(child, depth + 1);
    xml.close();
  };
  for (const facet of FACETS) {
    const top = (children.get(null) ?? []).filter((t) => t.facet === facet).sort(byName((t) => t.name));
    if (top.length === 0) continue;
    xml.open('Code', { guid: GROUP_GUIDS.facet(facet), name: FACET_NAMES[facet], isCodable: false });
    for (const tag of top) writeTag(tag, 0);
    xml.close();
  }
  xml.close();
  xml.close();
}
