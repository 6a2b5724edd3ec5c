import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';
import { roep } from '../api/client';
import { FormDialoog } from '../componenten/FormDialoog';
import { Veld } from '../componenten/Veld';
import { useActie } from '../componenten/useActie';

/** Change one's own passphrase: its key slot is rewrapped; nobody else's changes. */
export function WachtwoordDialoog({ open, onSluiten }: { open: boolean; onSluiten(): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [w, setW] = useState({ huidig: '', nieuw: '', herhaling: '' });
  const [klaar, setKlaar] = useState(false);
  const { wissen } = actie;

  useEffect(() => {
    if (open) {
      setW({ huidig: '', nieuw: '', herhaling: '' });
      wissen();
    }
  }, [open, wissen]);

  const verzenden = async () => {
    const r = await actie.uitvoeren(() => roep('gebruikers.wachtwoordWijzigen', { huidig: w.huidig, nieuw: w.nieuw }), {
      herhaling: w.herhaling !== w.nieuw && t('fout.herhaling'),
    });
    if (r) {
      setKlaar(true);
      onSluiten();
    }
  };

  return (
    <>
      <FormDialoog
        open={open}
        titel={t('wachtwoord.titel')}
        actie={actie}
        verzendTekst={t('wachtwoord.titel')}
        bekendeVelden={['huidig', 'nieuw', 'herhaling']}
        onSluiten={onSluiten}
        onVerzenden={() => void verzenden()}
      >
        <Veld actie={actie} pad="huidig" type="password" label={t('wachtwoord.huidig')} value={w.huidig} onChange={(e) => setW({ ...w, huidig: e.target.value })} autoFocus autoComplete="current-password" required />
        <Veld actie={actie} pad="nieuw" type="password" label={t('wachtwoord.nieuw')} hulp={t('wachtwoord.hulp')} value={w.nieuw} onChange={(e) => setW({ ...w, nieuw: e.target.value })} autoComplete="new-password" required />
        <Veld actie={actie} pad="herhaling" type="password" label={t('wachtwoord.herhaling')} value={w.herhaling} onChange={(e) => setW({ ...w, herhaling: e.target.value })} autoComplete="new-password" required />
      </FormDialoog>
      <Snackbar open={klaar} autoHideDuration={6000} onClose={() => setKlaar(false)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" onClose={() => setKlaar(false)}>
          {t('wachtwoord.gewijzigd')}
        </Alert>
      </Snackbar>
    </>
  );
}
