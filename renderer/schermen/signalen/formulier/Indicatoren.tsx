/** Signaal form → the indicators from the catalogue; a withdrawn one stays visible on a signal that already has it. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Sectie } from '../../../componenten/Sectie';
import { normaalPad } from '../formulierVelden';
import { useFormulier } from '../formulierVelden';
import type { Catalogus } from '../../../componenten/naslag';
import { veldTekst } from '../../../i18n/meldingen';

export function Indicatoren({ catalogus, bestaandeIndicatoren }: { catalogus: Catalogus | null; bestaandeIndicatoren: readonly number[] }) {
  const { t } = useTranslation();
  const { f, zet, fout: foutVoor, veldfouten } = useFormulier();
  const indicatorFout = foutVoor('indicatoren');
  const actieveIndicatoren = (catalogus ?? []).map((c) => ({ ...c, indicatoren: c.indicatoren.filter((i) => i.actief || bestaandeIndicatoren.includes(i.id)) })).filter((c) => c.indicatoren.length > 0);
  return (
    <>
    <Sectie titel={t('keten.sectie.indicatoren')} uitleg={t('keten.sectie.indicatorenUitleg')}>
      <Box data-pad="indicatoren">
        {indicatorFout && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {veldfouten
              .filter((v) => normaalPad(v.pad) === 'indicatoren')
              .map((v) => veldTekst(v, t as never))
              .join(' · ')}
          </Alert>
        )}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
          {actieveIndicatoren.map((c) => (
            <FormControl key={c.id} component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1 }}>
              <FormLabel component="legend" sx={{ px: 0.5, fontWeight: 600, color: 'text.primary' }}>
                {c.naam}
              </FormLabel>
              <FormGroup>
                {c.indicatoren.map((i) => (
                  <FormControlLabel
                    key={i.id}
                    sx={{ alignItems: 'flex-start', my: 0.25 }}
                    control={
                      <Checkbox
                        size="small"
                        sx={{ pt: 0.25 }}
                        checked={f.indicatoren.includes(i.id)}
                        onChange={(e) => zet('indicatoren', e.target.checked ? [...f.indicatoren, i.id] : f.indicatoren.filter((x) => x !== i.id))}
                      />
                    }
                    label={
                      <Typography variant="body2" component="span" sx={{ color: i.actief ? 'text.primary' : 'text.secondary' }}>
                        {i.tekst}
                        {!i.actief && ` (${t('keten.catalogus.ingetrokken')})`}
                      </Typography>
                    }
                  />
                ))}
              </FormGroup>
            </FormControl>
          ))}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} role="status">
          {t('keten.formulier.indicatorenGekozen', { count: f.indicatoren.length })}
        </Typography>
      </Box>
    </Sectie>
    </>
  );
}
