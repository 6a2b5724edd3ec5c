import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlinedIcon from '@mui/icons-material/VisibilityOutlined';
import { useTranslation } from 'react-i18next';

/**
 * Which form of personal data is on screen (art. 6.2, 9.5): anonymised (information), or
 * identifying on request and logged (warning), with the one button that switches. A signal and a
 * dossier's persons say it the same way.
 */
export function VormMelding({ identificeerbaar, onWissel, kanTonen = true, children }: { identificeerbaar: boolean; onWissel(): void; /** Whether there is anything to show identifying. */ kanTonen?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const knop = identificeerbaar ? (
    <Button color="inherit" onClick={onWissel} startIcon={<VisibilityOffOutlinedIcon />} sx={{ whiteSpace: 'nowrap' }}>
      {t('keten.detail.afschermen')}
    </Button>
  ) : (
    kanTonen && (
      <Button color="inherit" onClick={onWissel} startIcon={<VisibilityOutlinedIcon />} sx={{ whiteSpace: 'nowrap' }}>
        {t('keten.detail.toonIdentificerend')}
      </Button>
    )
  );
  return (
    <Alert severity={identificeerbaar ? 'warning' : 'info'} icon={identificeerbaar ? <VisibilityOutlinedIcon /> : <VisibilityOffOutlinedIcon />} sx={{ mb: 3 }} data-testid="vorm-melding" action={knop}>
      {children}
    </Alert>
  );
}
