import type { ChannelName } from '../../shared/api/channel-names';
import { bulkHandlers } from './bulk/handlers';
import { bundleHandlers } from './bundle/handlers';
import { collectionsHandlers } from './collections/handlers';
import { exportsHandlers } from './export/handlers';
import type { Handler } from './handler-types';
import { lessonsHandlers } from './lessons/handlers';
import { recurrenceHandlers } from './lessons/recurrence-handlers';
import { linkingHandlers } from './linking/handlers';
import { searchHandlers } from './search/handlers';
import { libraryHandlers } from './library/handlers';
import { notesHandlers } from './notes/handlers';
import { peopleHandlers } from './people/handlers';
import { projectsHandlers } from './refi/handlers';
import { referencesHandlers } from './references/handlers';
import { teamHandlers } from './team/handlers';
import { quotesHandlers } from './quotes/handlers';
import { sourcesHandlers } from './sources/handlers';
import { tagsHandlers } from './tags/handlers';
import { uploadsHandlers } from './uploads/handlers';

/** One handler per channel; the type makes a missing or extra handler a compile error. */
export const handlers: { [C in ChannelName]: Handler<C> } = {
  ...peopleHandlers,
  ...sourcesHandlers,
  ...quotesHandlers,
  ...lessonsHandlers,
  ...tagsHandlers,
  ...notesHandlers,
  ...collectionsHandlers,
  ...libraryHandlers,
  ...searchHandlers,
  ...linkingHandlers,
  ...recurrenceHandlers,
  ...exportsHandlers,
  ...bundleHandlers,
  ...projectsHandlers,
  ...referencesHandlers,
  ...teamHandlers,
  ...bulkHandlers,
  ...uploadsHandlers,
};
