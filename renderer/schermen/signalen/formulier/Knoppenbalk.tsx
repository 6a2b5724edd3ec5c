/**
 * Signaal form → save as draft, submit (or save changes), cancel: a bar that stays at the bottom of the
 * window while the long Format casus scrolls (issue 11 §7), and that says how many fields still need
 * attention, with a link to the summary of them.
 */
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { useTranslation } from 'react-i18next';
import { useMag } from '../../../api/toegang';

export function Knoppenbalk({ status, bezig, aantalFouten = 0, onConcept, onTerug, onNaarFouten }: {
  status: 'concept' | 'ingediend' | null;
  bezig: boolean;
  aantalFouten?: number;
  onConcept(): void;
  onTerug(): void;
  onNaarFouten?(): void;
}) {
  const { t } = useTranslation();
  const mag = useMag();
  return (
    <Paper
      variant="outlined"
      role="group"
      aria-label={t('signaalweergave.formulier.opslaanbalk')}
      data-testid="opslaanbalk"
      sx={{ position: 'sticky', bottom: 0, zIndex: 2, px: 2, py: 1.25, display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', boxShadow: '0 -4px 12px rgba(0, 0, 0, 0.08)' }}
    >
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
      {aantalFouten > 0 && onNaarFouten && (
        <Link component="button" type="button" variant="body2" onClick={onNaarFouten} sx={{ color: 'error.main', fontWeight: 600 }}>
          {t('signaalweergave.formulier.naarFouten', { count: aantalFouten })}
        </Link>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ ml: { md: 'auto' }, maxWidth: '60ch' }}>
        {status === 'ingediend' ? t('keten.formulier.ingediendUitleg') : t('keten.formulier.knoppenUitleg')}
      </Typography>
    </Paper>
  );
}
