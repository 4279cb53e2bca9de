import type { HandlerGroup } from '../handler-types';
import { importBundle } from './import-bundle';

export const bundleHandlers: HandlerGroup<'bundles.import'> = {
  'bundles.import': ({ db }, { json }) => importBundle(db, json),
};
