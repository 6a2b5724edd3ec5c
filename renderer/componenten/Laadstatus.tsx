import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Fout } from '@shared/fouten';
import { FoutMelding } from './FoutMelding';

/**
 * The standard display of a load (useLaden): a progress line announced as status while nothing is
 * there yet, and the refusal with the backend's message and a way to try again.
 */
export function Laadstatus({ laden }: { laden: { bezig: boolean; fout: Fout | null; data: unknown; herladen?: () => unknown } }) {
  const { t } = useTranslation();
  if (laden.fout) {
    const opnieuw = laden.herladen;
    return (
      <Box sx={{ mb: 2 }}>
        <FoutMelding fout={laden.fout} />
        {opnieuw && laden.data === null && (
          <Button sx={{ mt: 1 }} onClick={() => void opnieuw()} disabled={laden.bezig}>
            {t('algemeen.opnieuw')}
          </Button>
        )}
      </Box>
    );
  }
  if (laden.bezig && laden.data === null) {
    return (
      <Box role="status" sx={{ my: 2, maxWidth: 560 }} data-testid="laden">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('algemeen.laden')}
        </Typography>
        <LinearProgress aria-hidden />
      </Box>
    );
  }
  return null;
}
