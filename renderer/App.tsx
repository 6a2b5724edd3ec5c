import { useEffect } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { foutTekst } from './i18n/meldingen';
import { useSessie } from './store/sessie';
import { KaalKader } from './componenten/KaalKader';
import { EersteStart } from './schermen/EersteStart';
import { Aanmelden } from './schermen/Aanmelden';
import { AppShell } from './schermen/AppShell';
import { Geheimhouding } from './schermen/Geheimhouding';

/** Which screen shows follows from `sessie.status` alone: no bestand, nobody signed in, or the app. */
export function App() {
  const { t } = useTranslation();
  const sessie = useSessie((s) => s.sessie);
  const laadfout = useSessie((s) => s.laadfout);
  const vernieuwen = useSessie((s) => s.vernieuwen);

  useEffect(() => {
    void vernieuwen();
  }, [vernieuwen]);

  if (!sessie) {
    return (
      <KaalKader>
        {laadfout ? (
          <Box sx={{ maxWidth: 640, mx: 'auto' }}>
            <Typography variant="h1" sx={{ mb: 2 }}>
              {t('app.nietBereikbaar')}
            </Typography>
            <Alert severity="error" sx={{ mb: 2 }}>
              {foutTekst(laadfout)}
            </Alert>
            <Button variant="contained" onClick={() => void vernieuwen()}>
              {t('app.opnieuw')}
            </Button>
          </Box>
        ) : (
          <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, justifyContent: 'center', mt: 8 }}>
            <CircularProgress size={28} aria-hidden />
            <Typography>{t('app.laden')}</Typography>
          </Box>
        )}
      </KaalKader>
    );
  }
  // Art. 21.2: the duty of confidentiality before anything else (ADR 0043); the backend refuses case data until then.
  if (sessie.gebruiker && sessie.info && sessie.geheimhouding) return <Geheimhouding tekst={sessie.geheimhouding} />;
  if (sessie.gebruiker && sessie.info) return <AppShell sessie={sessie} gebruiker={sessie.gebruiker} info={sessie.info} />;
  if (sessie.bestand) return <Aanmelden bestand={sessie.bestand} />;
  return <EersteStart />;
}
