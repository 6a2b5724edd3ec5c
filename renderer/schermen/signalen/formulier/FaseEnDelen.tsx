/** Signaal form → the phase of the five-phase model (art. 14.4) and whether the signal may be shared identifiable or only anonymised. */
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useTranslation } from 'react-i18next';
import { Sectie } from '../../../componenten/Sectie';
import { faseNaam, useFaseLabels } from '../../../componenten/naslag';
import { useFormulier } from '../formulierVelden';

export function FaseEnDelen() {
  const { t } = useTranslation();
  const { f, zet, fout: foutVoor } = useFormulier();
  const faseLabels = useFaseLabels();
  return (
    <>
    <Sectie titel={t('keten.sectie.faseEnDelen')}>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        <FormControl component="fieldset" error={Boolean(foutVoor('fase'))} data-pad="fase" required>
          <FormLabel component="legend" id="fase-legenda">
            {t('keten.veld.fase')}
          </FormLabel>
          <RadioGroup name="fase" aria-labelledby="fase-legenda" value={f.fase === null ? '' : String(f.fase)} onChange={(e) => zet('fase', Number(e.target.value))}>
            {faseLabels.map((_l, i) => (
              <FormControlLabel key={i} value={String(i + 1)} control={<Radio size="small" />} label={faseNaam(faseLabels, i + 1)} />
            ))}
          </RadioGroup>
          <FormHelperText>{foutVoor('fase') ?? t('keten.formulier.faseHulp')}</FormHelperText>
        </FormControl>
        <FormControl component="fieldset" data-pad="delen">
          <FormLabel component="legend" id="delen-legenda">
            {t('keten.veld.delen')}
          </FormLabel>
          <RadioGroup name="delen" aria-labelledby="delen-legenda" value={f.delen} onChange={(e) => zet('delen', e.target.value)}>
            <FormControlLabel value="geanonimiseerd" control={<Radio size="small" />} label={t('keten.delen.geanonimiseerd')} />
            <FormControlLabel value="identificeerbaar" control={<Radio size="small" />} label={t('keten.delen.identificeerbaar')} />
          </RadioGroup>
          <FormHelperText>{t('keten.formulier.delenHulp')}</FormHelperText>
        </FormControl>
      </Box>
    </Sectie>
    </>
  );
}
