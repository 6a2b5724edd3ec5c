/** Meeting mode → how far the meeting is: item n of m, how many decided. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export function Voortgang({ huidig, totaal, besloten }: { huidig: number; totaal: number; besloten: number }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography sx={{ fontWeight: 600 }} data-testid="voortgang">
        {t('overleg.vergadering.voortgang', { huidig: Math.min(huidig, totaal), totaal, besloten })}
      </Typography>
      <LinearProgress variant="determinate" value={totaal ? (100 * besloten) / totaal : 0} aria-label={t('overleg.vergadering.voortgangLabel')} sx={{ mt: 0.75, height: 8, borderRadius: 1, maxWidth: 520 }} />
    </Box>
  );
}
