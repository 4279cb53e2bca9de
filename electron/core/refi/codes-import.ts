import type { Bundle } from '../../../shared/api/bundle';
import type { Tag } from '../../../shared/api/tags';
import { GROUP_GUIDS } from './codebook-xml';
import { idFromGuid } from './guids';
import { ALIAS_SEPARATOR, ALIASES_PREFIX, FACET_NAMES, GROUPS, keyOf } from './refi-names';
import { childrenNamed, childText, type XmlElement } from './xml-read';

export type CodeTarget = { kind: 'lesson' | 'tag'; id: string };

export interface ImportedCodes {
  lessons: Bundle['lessons'];
  tags: Tag[];
  /** What each code became here, by its GUID as an id (see idFromGuid); groups become nothing. */
  byGuid: Map<string, CodeTarget>;
  /** Per code GUID, the notes its NoteRefs point to. */
  noteRefs: { guid: string; noteGuid: string }[];
}

const clip = (text: string, max: number) => text.trim().slice(0, max);

/** Splits our description back into summary and other names (the "Ook: a · b" line at its end). */
export function splitDescription(description: string): { summary: string; aliases: string[] } {
  const paragraphs = description.trim().split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  if (paragraphs.length > 0 && last.startsWith(ALIASES_PREFIX) && !last.includes('\n')) {
    const aliases = last.slice(ALIASES_PREFIX.length).split(ALIAS_SEPARATOR).map((a) => clip(a, 300)).filter(Boolean);
    return { summary: paragraphs.slice(0, -1).join('\n\n'), aliases: [...new Set(aliases)].slice(0, 100) };
  }
  return { summary: description.trim(), aliases: [] };
}

/**
 * The code tree as lessons and labels. Our own groups ("Lessen", "Labels" with a group per
 * facet) are recognised by GUID or by name; any other tool's codes become lessons, a nested
 * code refining the code above it, so the hierarchy stays visible.
 */
export function importCodes(codes: XmlElement | undefined, now: string): ImportedCodes {
  const out: ImportedCodes = { lessons: [], tags: [], byGuid: new Map(), noteRefs: [] };
  const meta = (guid: string) => ({ id: idFromGuid(guid), createdAt: now, updatedAt: now, deletedAt: null });
  const notesOf = (code: XmlElement) => childrenNamed(code, 'NoteRef').forEach((ref) => ref.attrs.targetGUID && code.attrs.guid && out.noteRefs.push({ guid: code.attrs.guid, noteGuid: ref.attrs.targetGUID }));
  const name = (code: XmlElement, fallback: string) => clip(code.attrs.name ?? '', 300) || fallback;

  const addLesson = (code: XmlElement, parent: string | null, depth: number) => {
    const guid = code.attrs.guid;
    if (!guid || out.byGuid.has(idFromGuid(guid)) || depth > 100) return;
    const { summary, aliases } = splitDescription(childText(code, 'Description'));
    const lesson: Bundle['lessons'][number] = {
      ...meta(guid),
      title: name(code, 'Code zonder naam'),
      summary: summary.slice(0, 20_000),
      aliases,
      relatedWords: [],
      relations: parent ? [{ lessonId: parent, kind: 'refines' }] : [],
      tagIds: [],
    };
    out.lessons.push(lesson);
    out.byGuid.set(lesson.id, { kind: 'lesson', id: lesson.id });
    notesOf(code);
    for (const child of childrenNamed(code, 'Code')) addLesson(child, lesson.id, depth + 1);
  };
  const addTag = (code: XmlElement, facet: Tag['facet'], parent: string | null, depth: number) => {
    const guid = code.attrs.guid;
    if (!guid || out.byGuid.has(idFromGuid(guid)) || depth > 100) return;
    const tag: Tag = { ...meta(guid), name: name(code, 'Label zonder naam').slice(0, 200), facet, parentId: parent };
    out.tags.push(tag);
    out.byGuid.set(tag.id, { kind: 'tag', id: tag.id });
    notesOf(code);
    for (const child of childrenNamed(code, 'Code')) addTag(child, facet, tag.id, depth + 1);
  };

  for (const top of childrenNamed(codes, 'Code')) {
    const guid = idFromGuid(top.attrs.guid ?? '');
    const topName = (top.attrs.name ?? '').trim().toLowerCase();
    const notCodable = top.attrs.isCodable === 'false' || top.attrs.isCodable === '0';
    if (guid === GROUP_GUIDS.lessons || (notCodable && topName === GROUPS.lessons.toLowerCase())) {
      for (const child of childrenNamed(top, 'Code')) addLesson(child, null, 0);
    } else if (guid === GROUP_GUIDS.labels || (notCodable && topName === GROUPS.labels.toLowerCase())) {
      for (const group of childrenNamed(top, 'Code')) {
        const facet = keyOf(FACET_NAMES, group.attrs.name);
        const groupIsFacet = facet !== null && (group.attrs.isCodable === 'false' || group.attrs.isCodable === '0');
        if (groupIsFacet) for (const child of childrenNamed(group, 'Code')) addTag(child, facet, null, 0);
        else addTag(group, 'other', null, 0);
      }
    } else {
      addLesson(top, null, 0);
    }
  }
  return out;
}

