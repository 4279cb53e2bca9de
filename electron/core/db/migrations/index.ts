import { initialSchema } from './001-initial';
import { sourceSpeakers } from './002-source-speakers';
import { persistentSearch } from './003-persistent-search';
import { listIndexes } from './004-list-indexes';
import { linkingTerms } from './005-linking-terms';
import { sourceCitations } from './006-source-citations';
import { teamSync } from './007-team-sync';
import type { Migration } from './migration';

/** All migrations in order; a new one is a new numbered file added to this list. */
export const migrations: readonly Migration[] = [initialSchema, sourceSpeakers, persistentSearch, listIndexes, linkingTerms, sourceCitations, teamSync];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
