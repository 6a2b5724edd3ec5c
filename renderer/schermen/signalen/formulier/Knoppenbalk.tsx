/** Signaal form → save as draft, submit (or save changes), cancel. */
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { useTranslation } from 'react-i18next';
import { useMag } from '../../../api/toegang';

export function Knoppenbalk({ status, bezig, onConcept, onTerug }: { status: 'concept' | 'ingediend' | null; bezig: boolean; onConcept(): void; onTerug(): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  return (
    <>
    <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
      {status !== 'ingediend' && (
        <Button variant="outlined" startIcon={<SaveOutlinedIcon />} disabled={bezig || !mag('signalen.opslaan')} onClick={onConcept}>
          {t('keten.formulier.concept')}
        </Button>
      )}
      <Button type="submit" variant="contained" startIcon={<SendOutlinedIcon />} disabled={bezig || !mag('signalen.opslaan')}>
        {bezig ? t('algemeen.bezig') : status === 'ingediend' ? t('keten.formulier.wijzigingenOpslaan') : t('keten.formulier.indienen')}
      </Button>
      <Button onClick={onTerug} disabled={bezig}>
        {t('algemeen.annuleren')}
      </Button>
      <Typography variant="body2" color="text.secondary" sx={{ ml: { md: 'auto' } }}>
        {status === 'ingediend' ? t('keten.formulier.ingediendUitleg') : t('keten.formulier.knoppenUitleg')}
      </Typography>
    </Paper>
    </>
  );
}
