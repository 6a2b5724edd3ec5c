import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';
import { roep } from '../api/client';
import { FormDialoog } from '../componenten/FormDialoog';
import { Veld } from '../componenten/Veld';
import { useFormDialoog } from '../componenten/useFormDialoog';

/** Change one's own passphrase: its key slot is rewrapped; nobody else's changes. */
export function WachtwoordDialoog({ open, onSluiten }: { open: boolean; onSluiten(): void }) {
  const { t } = useTranslation();
  const [klaar, setKlaar] = useState(false);
  const form = useFormDialoog({
    open,
    begin: () => ({ huidig: '', nieuw: '', herhaling: '' }),
    controleren: (w) => ({ herhaling: w.herhaling !== w.nieuw && t('fout.herhaling') }),
    verzenden: (w) => roep('gebruikers.wachtwoordWijzigen', { huidig: w.huidig, nieuw: w.nieuw }),
    onKlaar: () => {
      setKlaar(true);
      onSluiten();
    },
  });

  return (
    <>
      <FormDialoog {...form.dialoog} titel={t('wachtwoord.titel')} verzendTekst={t('wachtwoord.titel')} bekendeVelden={['huidig', 'nieuw', 'herhaling']} onSluiten={onSluiten}>
        <Veld {...form.veld('huidig')} type="password" label={t('wachtwoord.huidig')} autoFocus autoComplete="current-password" required />
        <Veld {...form.veld('nieuw')} type="password" label={t('wachtwoord.nieuw')} hulp={t('wachtwoord.hulp')} autoComplete="new-password" required />
        <Veld {...form.veld('herhaling')} type="password" label={t('wachtwoord.herhaling')} autoComplete="new-password" required />
      </FormDialoog>
      <Snackbar open={klaar} autoHideDuration={6000} onClose={() => setKlaar(false)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" onClose={() => setKlaar(false)}>
          {t('wachtwoord.gewijzigd')}
        </Alert>
      </Snackbar>
    </>
  );
}
