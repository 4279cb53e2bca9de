import { closestPassage } from '../../../shared/text/closest-passage';
import type { HandlerGroup } from '../handler-types';
import { requireSource } from '../sources/store';
import { createQuote, deleteQuote, listQuotes, requireQuote, restoreQuote, updateQuote } from './store';

export const quotesHandlers: HandlerGroup<`quotes.${'create' | 'get' | 'update' | 'list' | 'delete' | 'restore' | 'reattachCandidate'}`> = {
  'quotes.reattachCandidate': ({ db }, { id }) => {
    const quote = requireQuote(db, id);
    if (quote.anchorStatus !== 'detached') return null;
    return closestPassage(requireSource(db, quote.sourceId).text, quote.anchor, quote.text);
  },
  'quotes.create': ({ db }, input) => db.transaction(() => createQuote(db, input))(),
  'quotes.get': ({ db }, { id }) => requireQuote(db, id),
  'quotes.update': ({ db }, input) => db.transaction(() => updateQuote(db, input))(),
  'quotes.list': ({ db }, input) => listQuotes(db, input),
  'quotes.delete': ({ db }, { id }) => db.transaction(() => deleteQuote(db, id))(),
  'quotes.restore': ({ db }, { id }) => db.transaction(() => restoreQuote(db, id))(),
};
