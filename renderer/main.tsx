import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { createApiClient } from './api/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import './styles.css';

async function main(): Promise<void> {
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
