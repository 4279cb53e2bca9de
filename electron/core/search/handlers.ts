import type { HandlerGroup } from '../handler-types';

export const searchHandlers: HandlerGroup<'search.query'> = {
  'search.query': (library, input) => {
    library.changes.drain();
    return library.search.search(input);
  },
};
