/** Meeting mode → whether the notes are saved (they save as they are typed). */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import SyncOutlinedIcon from '@mui/icons-material/SyncOutlined';
import { useTranslation } from 'react-i18next';
import type { Fout } from '@shared/fouten';
import { foutTekst } from '../../../i18n/meldingen';
import { type Opslagstaat } from './concept';

export function Opslagmelding({ staat, fout, onOpnieuw }: { staat: Opslagstaat; fout: Fout | null; onOpnieuw(): void }) {
  const { t } = useTranslation();
  const icoon = staat === 'fout' ? <ErrorOutlineIcon fontSize="small" color="error" aria-hidden /> : staat === 'opgeslagen' ? <CloudDoneOutlinedIcon fontSize="small" sx={{ color: 'success.main' }} aria-hidden /> : <SyncOutlinedIcon fontSize="small" aria-hidden />;
  return (
    <Box role="status" data-testid="opslag" data-staat={staat} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, typography: 'body2', color: staat === 'fout' ? 'error.main' : 'text.secondary', minHeight: 28 }}>
      {icoon}
      {t(`overleg.vergadering.opslag.${staat}`)}
      {staat === 'fout' && fout && <span>— {foutTekst(fout)}</span>}
      {staat === 'fout' && (
        <Button size="small" onClick={onOpnieuw}>
          {t('overleg.vergadering.opnieuw')}
        </Button>
      )}
    </Box>
  );
}
