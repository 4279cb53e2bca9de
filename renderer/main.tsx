import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { createApiClient } from './api/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import '@fontsource-variable/inter';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import './styles.css';
import { applyTheme, storedTheme } from './theme/theme';

async function main(): Promise<void> {
  // Before the first render, so the page never flashes in the other theme.
  applyTheme(storedTheme());
  const i18n = await initI18n();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const client = createApiClient();
  if ('error' in client) {
    root.render(
      <main className="fatal" role="alert">
        <h1>{i18n.t('app.name')}</h1>
        <p>{i18n.t('app.missingToken')}</p>
      </main>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <ApiProvider client={client}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
}

void main();
