import { StrictMode, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import './i18n';
import { huidigeTaal } from './i18n';
import { tokenOvernemen } from './api/client';
import { maakThema } from './thema';
import { App } from './App';

// Before anything calls the bridge: take the token out of the address bar.
tokenOvernemen();

function Wortel() {
  const { t, i18n } = useTranslation();
  const taal = huidigeTaal();
  const thema = useMemo(() => maakThema(taal), [taal]);
  useEffect(() => {
    document.title = t('app.titel');
  }, [t, i18n.language]);
  return (
    <ThemeProvider theme={thema}>
      <CssBaseline />
      <App />
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Wortel />
  </StrictMode>,
);
