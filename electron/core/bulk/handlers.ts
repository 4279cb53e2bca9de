import type { HandlerGroup } from '../handler-types';
import { applyBulk } from './bulk-actions';

export const bulkHandlers: HandlerGroup<'items.bulk'> = {
  'items.bulk': ({ db }, { kind, ids, action }) => ({ changed: db.transaction(() => applyBulk(db, kind, ids, action))() }),
};
