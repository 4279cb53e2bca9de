/**
 * The names of every API channel and event, without their schemas.
 * The preload script imports only this file, so it stays tiny and cannot drift: the contract
 * in contract.ts is typed as a record over exactly these names.
 */

export const ENTITY_AREAS = ['people', 'sources', 'quotes', 'lessons', 'tags', 'notes', 'collections'] as const;
export type EntityArea = (typeof ENTITY_AREAS)[number];

export const CRUD_ACTIONS = ['create', 'get', 'update', 'list', 'delete', 'restore'] as const;
export type CrudAction = (typeof CRUD_ACTIONS)[number];
export type CrudChannel = `${EntityArea}.${CrudAction}`;

export const OTHER_CHANNELS = [
  'trash.list',
  'library.stats',
  'library.info',
  'sources.importFile',
  'sources.previewCorrection',
  'sources.matchSpeakers',
  'quotes.reattachCandidate',
  'items.bulk',
  'search.query',
  'linking.suggest',
  'linking.discover',
  'linking.relatedCandidates',
  'lessons.fromQuotes',
  'lessons.timeline',
  'lessons.recurring',
  'lessons.cooccurrence',
  'notes.backlinks',
  'lessons.merge',
  'tags.merge',
  'library.loadExample',
  'library.undo',
  'exports.privacy',
  'exports.collection',
  'exports.items',
  'bundles.import',
  'uploads.append',
  'uploads.discard',
  'projects.export',
  'projects.import',
  'references.import',
  'team.status',
  'team.connect',
  'team.sync',
  'team.disconnect',
  'team.conflicts',
  'team.resolve',
  'backup.create',
  'backup.list',
  'backup.restore',
  'tasks.cancel',
] as const;
export type OtherChannel = (typeof OTHER_CHANNELS)[number];

export type ChannelName = CrudChannel | OtherChannel;

export const CHANNEL_NAMES: readonly ChannelName[] = [
  ...ENTITY_AREAS.flatMap((area) => CRUD_ACTIONS.map((action): CrudChannel => `${area}.${action}`)),
  ...OTHER_CHANNELS,
];

const channelSet: ReadonlySet<string> = new Set(CHANNEL_NAMES);
export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && channelSet.has(value);
}

export const EVENT_NAMES = ['library.changed', 'task.progress', 'host.status'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** Prefix of IPC channel names, so that our handlers never collide with Electron's own. */
export const IPC_PREFIX = 'wg:';
export const IPC_EVENT_CHANNEL = 'wg-event';
