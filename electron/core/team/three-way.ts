import { contentFields, type SyncItem } from './items';

export type MergeOutcome =
  | { kind: 'same' }
  | { kind: 'merged'; item: SyncItem }
  | { kind: 'conflict'; fields: string[] };

/**
 * Both sides changed an item since the version they share (`base`): fields changed on one side
 * only are taken from that side; a field both changed to different values is a conflict, and so
 * is a deletion on one side against an edit on the other (the edit must not vanish into the
 * trash unseen). Nothing is ever decided by a clock.
 */
export function threeWay(base: SyncItem | null, local: SyncItem | null, remote: SyncItem | null): MergeOutcome {
  if (local === null || remote === null) {
    // Emptied from the trash on one side, still there on the other.
    return local === remote ? { kind: 'same' } : { kind: 'conflict', fields: ['deletedAt'] };
  }
  const b = contentFields(base);
  const l = contentFields(local);
  const r = contentFields(remote);
  const keys = new Set([...l.keys(), ...r.keys()]);
  const conflicts: string[] = [];
  const merged: SyncItem = { ...remote };
  let differs = false;
  for (const key of keys) {
    const lv = l.get(key);
    const rv = r.get(key);
    if (lv === rv) continue;
    differs = true;
    const localChanged = base === null || lv !== b.get(key);
    const remoteChanged = base === null || rv !== b.get(key);
    if (localChanged && remoteChanged) conflicts.push(key);
    else if (localChanged) merged[key] = local[key];
  }
  if (!differs) return { kind: 'same' };
  const deletedOnOneSide = (local.deletedAt === null) !== (remote.deletedAt === null);
  if (deletedOnOneSide && [...keys].some((k) => k !== 'deletedAt' && l.get(k) !== r.get(k))) {
    return { kind: 'conflict', fields: [...new Set(['deletedAt', ...conflicts])] };
  }
  if (conflicts.length) return { kind: 'conflict', fields: conflicts };
  merged.updatedAt = local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt;
  return { kind: 'merged', item: merged };
}
