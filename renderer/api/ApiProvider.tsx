import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

/** Every change in the library (here, in another window, or by the CLI) refreshes what is shown. */
function LibraryChangeListener() {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.on('library.changed', (event) => {
        if (event.origin === 'external') void queryClient.invalidateQueries();
        else for (const area of [...event.areas, 'library', 'trash']) void queryClient.invalidateQueries({ queryKey: [area] });
      }),
    [api, queryClient],
  );
  return null;
}

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false } } }),
  );
  return (
    <ApiContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>
        <LibraryChangeListener />
        {children}
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
