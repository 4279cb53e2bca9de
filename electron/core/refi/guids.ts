import { v5 as uuidv5, validate } from 'uuid';

/** Our own namespace for GUIDs of things that have no id in the library (the "Lessen" group, a variable). */
const NAMESPACE = '4f0d4c1e-6a55-4c5e-9d6b-8f2b7a1c3e90';

/** The same name gives the same GUID in every export, so a re-export is stable. */
export function derivedGuid(name: string): string {
  return uuidv5(`wijkgeheugen:${name}`, NAMESPACE);
}

/**
 * A GUID from another program as one of our ids: braces dropped, lower case. One that is not a
 * valid UUID (some tools write their own patterns) gets a stable id derived from it, so
 * importing the same project twice still finds the same items.
 */
export function idFromGuid(guid: string): string {
  const bare = guid.trim().replace(/^\{|\}$/g, '').toLowerCase();
  return validate(bare) && /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(bare) ? bare : derivedGuid(`guid:${bare}`);
}
