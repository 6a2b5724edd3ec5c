/** Signaal form → the summary of at most five lines, with a live line counter (bijlage). */
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { MAX_SAMENVATTING_REGELS, MAX_SAMENVATTING_TEKENS } from '@shared/domein/signaal';
import { Sectie } from '../../../componenten/Sectie';
import { useFormulier } from '../formulierVelden';

export function Samenvatting() {
  const { t } = useTranslation();
  const { f, zet, fout: foutVoor } = useFormulier();
  const samenvattingRegels = f.samenvatting === '' ? 0 : f.samenvatting.split(/\r?\n/).length;
  const teVeelRegels = samenvattingRegels > MAX_SAMENVATTING_REGELS || f.samenvatting.length > MAX_SAMENVATTING_TEKENS;
  return (
    <>
    <Sectie titel={t('keten.sectie.samenvatting')} uitleg={t('keten.sectie.samenvattingUitleg')}>
      <Box data-pad="samenvatting">
        <TextField
          name="samenvatting"
          label={t('keten.veld.samenvatting')}
          value={f.samenvatting}
          onChange={(e) => zet('samenvatting', e.target.value)}
          multiline
          minRows={5}
          fullWidth
          required
          error={Boolean(foutVoor('samenvatting')) || teVeelRegels}
          helperText={
            <>
              {foutVoor('samenvatting') && (
                <Box component="span" sx={{ display: 'block' }}>
                  {foutVoor('samenvatting')}
                </Box>
              )}
              <Box component="span" data-testid="regelteller" sx={{ display: 'block', fontWeight: teVeelRegels ? 700 : 400 }}>
                {t('keten.formulier.regelteller', { regels: samenvattingRegels, max: MAX_SAMENVATTING_REGELS, tekens: f.samenvatting.length, maxTekens: MAX_SAMENVATTING_TEKENS })}
              </Box>
            </>
          }
        />
      </Box>
    </Sectie>
    </>
  );
}
