import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlGetal } from '../../opmaak';
import { useNavigatie } from '../../store/navigatie';
import { useRegelTekst } from './Bewaartermijnen';

/**
 * After sign-in, in every profile: what the retention sweep at unlock deleted (counts per article,
 * never names), or that it could not run. Shown once; closing it hides it for this session.
 */
export function BewaarMelding() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const tekst = useRegelTekst();
  const [status, setStatus] = useState<Uitvoer<'bewaring.status'> | null>(null);
  const [dicht, setDicht] = useState(false);

  useEffect(() => {
    let actueel = true;
    void roep('bewaring.status', {}).then((r) => {
      if (actueel && r.ok) setStatus(r.waarde);
    });
    return () => {
      actueel = false;
    };
  }, []);

  if (dicht || !status || (!status.fout && !status.laatste?.totaal)) return null;
  const weg = status.laatste?.verwijderd.filter((v) => v.aantal) ?? [];
  return (
    <Alert
      severity={status.fout ? 'warning' : 'info'}
      role="status"
      onClose={() => setDicht(true)}
      sx={{ mb: 3 }}
      data-testid="bewaar-melding"
      action={
        mag('bewaring.plan') ? (
          <Button color="inherit" size="small" onClick={() => naar({ naam: 'bewaring' })}>
            {t('bewaring.melding.bekijken')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t('bewaring.melding.titel')}</AlertTitle>
      {status.fout ? (
        t('bewaring.melding.fout')
      ) : (
        <>
          {t('bewaring.melding.tekst')}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {weg.map((v) => (
              <li key={v.regel}>{t('bewaring.melding.regel', { aantal: nlGetal(v.aantal), wat: tekst.wat(v.regel), artikel: v.artikel })}</li>
            ))}
          </Box>
        </>
      )}
    </Alert>
  );
}
