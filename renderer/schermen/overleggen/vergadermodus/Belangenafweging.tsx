/** Meeting mode → with a decision to act on a dossier: the weighing of the victim's interests (art. 21.6). */
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { roep } from '../../../api/client';
import { nlDatum } from '../../../opmaak';
import type { Actie } from '../../../componenten/useActie';
import { useLaden } from '../../../componenten/useLaden';

/**
 * Shown only when the dossier holds a signal not from a care partner. Prefilled with the weighing already
 * recorded on the dossier; `waarde` undefined means "keep that one" (nothing is sent). The backend refuses a
 * decision to act without any weighing, citing art. 21.6, and its field error shows here.
 */
export function Belangenafweging({ dossierId, waarde, actie, onWijzig }: { dossierId: number; waarde: string | undefined; actie: Actie; onWijzig(tekst: string): void }) {
  const { t } = useTranslation();
  const laden = useLaden(() => roep('nodig.overzicht', { dossierId }), [dossierId]);
  const o = laden.data;
  if (!o?.afwegingNodig) return null;
  const a = o.belangenafweging;
  const fout = actie.veldfout('belangenafweging');
  return (
    <Box component="section" aria-labelledby={`afweging-${dossierId}`} data-testid="vergader-afweging">
      <Typography variant="h3" id={`afweging-${dossierId}`} sx={{ fontSize: '1rem', fontWeight: 600, mb: 0.5 }}>
        {t('vergaderafweging.titel')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: '85ch' }}>
        {t('vergaderafweging.uitleg')}
      </Typography>
      <TextField
        label={t('vergaderafweging.veld')}
        value={waarde ?? a?.afweging ?? ''}
        onChange={(e) => onWijzig(e.target.value)}
        required={!a}
        multiline
        minRows={2}
        fullWidth
        error={Boolean(fout)}
        helperText={fout ?? (a ? t('vergaderafweging.hulpBestaand', { door: a.door, datum: nlDatum(a.vastgelegdOp.slice(0, 10)) }) : t('vergaderafweging.hulpNieuw'))}
        slotProps={{ htmlInput: { maxLength: 4000 } }}
      />
    </Box>
  );
}
