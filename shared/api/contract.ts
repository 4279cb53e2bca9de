import type { z } from 'zod';
import type { ChannelDef } from './channel';
import type { ChannelName } from './channel-names';
import { bulkChannels } from './bulk';
import { bundleChannels } from './bundle';
import { collectionsChannels } from './collections';
import { exportsChannels } from './exports';
import { lessonsChannels } from './lessons';
import { libraryChannels } from './library';
import { notesChannels } from './notes';
import { peopleChannels } from './people';
import { projectsChannels } from './projects';
import { referencesChannels } from './references';
import { quotesChannels } from './quotes';
import { recurrenceChannels } from './recurrence';
import { searchChannels } from './search';
import { sourcesChannels } from './sources';
import { tagsChannels } from './tags';
import { teamChannels } from './team';
import { uploadsChannels } from './uploads';

/** Every channel of the API, declared once; IPC and HTTP both carry exactly these. */
export const contract = {
  ...peopleChannels,
  ...sourcesChannels,
  ...quotesChannels,
  ...lessonsChannels,
  ...tagsChannels,
  ...notesChannels,
  ...collectionsChannels,
  ...libraryChannels,
  ...searchChannels,
  ...recurrenceChannels,
  ...exportsChannels,
  ...bundleChannels,
  ...projectsChannels,
  ...referencesChannels,
  ...teamChannels,
  ...bulkChannels,
  ...uploadsChannels,
} satisfies Record<ChannelName, ChannelDef>;

export type Contract = typeof contract;
/** What a caller passes (defaults may be left out). */
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = z.output<Contract[C]['output']>;
