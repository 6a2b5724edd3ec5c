/** Wizard step 1: what goes to whom, per acting partner. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslation } from 'react-i18next';
import { useMag } from '../../../api/toegang';
import { type Voorinvulling } from '../../dossiers/Toestemmingen';
import { type Voorbeeld } from './typen';
import { OntvangerKaart } from './OntvangerKaart';

export function StapWat({
  voorbeeld,
  geblokkeerd,
  bezig,
  toestemmingBezig,
  onToestemming,
  onOpnieuw,
  onVerder,
}: {
  voorbeeld: Voorbeeld;
  geblokkeerd: boolean;
  bezig: boolean;
  toestemmingBezig: boolean;
  onToestemming(v: Voorinvulling): void;
  onOpnieuw(): void;
  onVerder(): void;
}) {
  const { t } = useTranslation();
  const mag = useMag();
  const toestemming = mag('toestemmingen.vastleggen') ? { bezig: toestemmingBezig, vastleggen: onToestemming } : null;
  return (
    <>
      <Typography sx={{ mb: 2, maxWidth: '85ch' }}>{t('overdracht.wizard.watUitleg', { count: voorbeeld.ontvangers.length })}</Typography>
      {voorbeeld.ontvangers.map((o) => (
        <OntvangerKaart key={o.partner.id} ontvanger={o} toestemming={toestemming} dossierId={voorbeeld.dossier.id} />
      ))}
      {geblokkeerd && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('overdracht.wizard.eerstOplossen')}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" endIcon={<ArrowForwardIcon />} onClick={onVerder} disabled={geblokkeerd}>
          {t('overdracht.wizard.naarSchrijven')}
        </Button>
        <Button variant="outlined" onClick={onOpnieuw} disabled={bezig}>
          {bezig ? t('algemeen.bezig') : t('overdracht.wizard.opnieuwControleren')}
        </Button>
      </Stack>
    </>
  );
}
