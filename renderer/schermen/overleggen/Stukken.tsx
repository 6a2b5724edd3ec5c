import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import type { OverlegDetail } from '../../../shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlGetal } from '../../opmaak';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Sectie } from '../../componenten/Sectie';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';

/**
 * Agenda or decision list as PDF, for the chair or in one attendee's view; an attendee's copy is a
 * provision and is logged by the backend (art. 25.3). The folder is typed as a full path.
 */
export function Stukken({ detail }: { detail: OverlegDetail }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [soort, setSoort] = useState<'agenda' | 'besluitenlijst'>(detail.status === 'gepland' || detail.status === 'agenda-vastgesteld' ? 'agenda' : 'besluitenlijst');
  const [ontvanger, setOntvanger] = useState<number | ''>('');
  const [doelmap, setDoelmap] = useState('');
  const [uitkomst, setUitkomst] = useState<Uitvoer<'overleg.pdf'> | null>(null);
  if (!mag('overleg.pdf')) return null;
  const kijkers = detail.deelnemers.filter((d): d is typeof d & { partnerId: number } => d.partnerId !== null);

  const maken = async (e: FormEvent) => {
    e.preventDefault();
    setUitkomst(null);
    const r = await actie.uitvoeren(() => roep('overleg.pdf', { overlegId: detail.id, soort, ontvangerId: ontvanger === '' ? null : ontvanger, doelmap }));
    if (r) setUitkomst(r);
  };

  return (
    <Sectie titel={t('overleg.stukken.titel')} uitleg={t('overleg.stukken.uitleg')}>
      <Box component="form" noValidate onSubmit={maken} aria-label={t('overleg.stukken.titel')}>
        <Stack spacing={2} sx={{ maxWidth: 760 }}>
          {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['doelmap']} />}
          {uitkomst && (
            <Alert severity="success" role="status" onClose={() => setUitkomst(null)}>
              <AlertTitle>{t('overleg.stukken.gemaakt')}</AlertTitle>
              <Box component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="pdf-pad">
                {uitkomst.pad}
              </Box>{' '}
              ({t('algemeen.bytes', { aantal: nlGetal(uitkomst.bytes) })})
            </Alert>
          )}
          <Box>
            <FormLabel id="stuk-soort" sx={{ fontWeight: 600, color: 'text.primary' }}>
              {t('overleg.stukken.soort')}
            </FormLabel>
            <RadioGroup row aria-labelledby="stuk-soort" value={soort} onChange={(e) => setSoort(e.target.value as 'agenda' | 'besluitenlijst')}>
              <FormControlLabel value="agenda" control={<Radio />} label={t('overleg.stukken.agenda')} />
              <FormControlLabel value="besluitenlijst" control={<Radio />} label={t('overleg.stukken.besluitenlijst')} />
            </RadioGroup>
          </Box>
          <TextField select label={t('overleg.stukken.voor')} value={ontvanger} onChange={(e) => setOntvanger(e.target.value === '' ? '' : Number(e.target.value))} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} helperText={t('overleg.stukken.voorHulp')}>
            <MenuItem value="">{t('overleg.stukken.voorzitter')}</MenuItem>
            {kijkers.map((d) => (
              <MenuItem key={d.id} value={d.partnerId}>
                {d.organisatie}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Veld actie={actie} pad="doelmap" label={t('overleg.stukken.doelmap')} hulp={t('overleg.stukken.doelmapHulp')} value={doelmap} onChange={(e) => setDoelmap(e.target.value)} autoComplete="off" required />
            <Button type="submit" variant="contained" startIcon={<PictureAsPdfOutlinedIcon />} disabled={actie.bezig} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
              {actie.bezig ? t('algemeen.bezig') : t('overleg.stukken.maken')}
            </Button>
          </Stack>
        </Stack>
      </Box>
    </Sectie>
  );
}
