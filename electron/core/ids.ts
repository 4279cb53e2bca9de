import { v7 as uuidv7 } from 'uuid';

/** UUIDv7: sorts by creation time and stays unique across libraries that are merged later. */
export function newId(): string {
  return uuidv7();
}
