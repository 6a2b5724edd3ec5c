import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { roep } from '../api/client';
import { useMag } from '../api/toegang';
import { useNavigatie } from '../store/navigatie';

/**
 * A partner or zorgcoördinatie installation must first say which registry partner it is (sender and
 * addressee of bundles); until then, every bundle screen says so and points to the place to set it.
 */
export function IdentiteitOproep() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const [ontbreekt, setOntbreekt] = useState(false);
  useEffect(() => {
    let weg = false;
    void roep('sleutels.eigen', {}).then((r) => {
      if (!weg && r.ok) setOntbreekt(r.waarde.identiteit === null);
    });
    return () => {
      weg = true;
    };
  }, []);
  if (!ontbreekt) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 3 }}
      data-testid="identiteit-oproep"
      action={
        mag('identiteit.instellen') ? (
          <Button color="inherit" variant="outlined" size="small" onClick={() => naar({ naam: 'sleutels' })} sx={{ whiteSpace: 'nowrap' }}>
            {t('overdracht.identiteit.naarSleutels')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t('overdracht.identiteit.ontbreektTitel')}</AlertTitle>
      {t('overdracht.identiteit.ontbreektTekst')}
      {!mag('identiteit.instellen') && ` ${t('overdracht.identiteit.vraagBeheerder')}`}
    </Alert>
  );
}

