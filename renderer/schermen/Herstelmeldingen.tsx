import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { LEIDENDE_ROL, type Profiel } from '@shared/rollen';
import { roep } from '../api/client';
import { useMag } from '../api/toegang';
import { useNavigatie } from '../store/navigatie';
import { nlDatumTijd } from '../opmaak';

/**
 * After login (ADR 0010): a passphrase set with the recovery key is shown to every account once,
 * in a dialog it must acknowledge, so nobody's colleague can be reset unnoticed.
 */
export function Herstelmeldingen({ gebruikerId }: { gebruikerId: number }) {
  const { t } = useTranslation();
  const [meldingen, setMeldingen] = useState<Uitvoer<'herstelmeldingen.openstaand'>>([]);

  useEffect(() => {
    let actueel = true;
    void roep('herstelmeldingen.openstaand', {}).then((r) => {
      if (actueel && r.ok) setMeldingen(r.waarde);
    });
    return () => {
      actueel = false;
    };
  }, [gebruikerId]);

  const gezien = async () => {
    const ids = meldingen.map((m) => m.id);
    setMeldingen([]);
    if (ids.length) await roep('herstelmeldingen.gezien', { ids });
  };

  return (
    <Dialog open={meldingen.length > 0} onClose={() => void gezien()} aria-labelledby="herstelmelding-titel" aria-describedby="herstelmelding-tekst">
      <DialogTitle id="herstelmelding-titel">{t('herstelsleutel.melding.titel')}</DialogTitle>
      <DialogContent id="herstelmelding-tekst">
        {meldingen.map((m) => (
          <Alert key={m.id} severity="warning" sx={{ mb: 1.5 }}>
            {t('herstelsleutel.melding.tekst', { tijd: nlDatumTijd(m.tijd), account: m.account, rol: t(`rollen.${m.rol}`) })}
          </Alert>
        ))}
        <Typography variant="body2">{t('herstelsleutel.melding.uitleg')}</Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={() => void gezien()} autoFocus>
          {t('herstelsleutel.melding.gezien')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** For the leading role of a bestand made before recovery keys existed: make one now. */
export function HerstelsleutelOntbreekt({ profiel, pagina }: { profiel: Profiel; pagina: string }) {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const [ontbreekt, setOntbreekt] = useState(false);
  const magZien = mag('herstelsleutel.status');

  useEffect(() => {
    if (!magZien) return;
    let actueel = true;
    void roep('herstelsleutel.status', {}).then((r) => {
      if (actueel && r.ok) setOntbreekt(!r.waarde.aanwezig);
    });
    return () => {
      actueel = false;
    };
  }, [magZien, pagina]);

  if (!magZien || !ontbreekt || pagina === 'instellingen') return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => naar({ naam: 'instellingen' })}>
          {t('herstelsleutel.beheer.naarBeheer')}
        </Button>
      }
    >
      {t('herstelsleutel.beheer.ontbreekt', { rol: t(`rollen.${LEIDENDE_ROL[profiel]}`) })}
    </Alert>
  );
}
