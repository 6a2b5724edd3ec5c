/** Signaal form → the suspicion: sexual and/or socio-economic exploitation; organ trafficking is outside the covenant and refused with its reason. */
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { useTranslation } from 'react-i18next';
import { SEKSUELE_VORMEN, VERMOEDENS } from '@shared/domein/signaal';
import { Sectie } from '../../../componenten/Sectie';
import { normaalPad } from '../formulierVelden';
import { useFormulier } from '../formulierVelden';
import { veldTekst } from '../../../i18n/meldingen';

export function Vermoeden() {
  const { t } = useTranslation();
  const { f, zet, fout: foutVoor, veldfouten } = useFormulier();
  const seksueel = f.vermoedens.includes('seksuele-uitbuiting');
  const economisch = f.vermoedens.includes('sociaal-economische-uitbuiting');
  const vermoedenFout = foutVoor('vermoedens');
  const vormFout = foutVoor('seksueleVormen');

  const vinkVermoeden = (v: (typeof VERMOEDENS)[number], aan: boolean) => {
    const nieuw = aan ? [...f.vermoedens, v] : f.vermoedens.filter((x) => x !== v);
    zet('vermoedens', VERMOEDENS.filter((x) => nieuw.includes(x)));
    if (v === 'seksuele-uitbuiting' && !aan) zet('seksueleVormen', []);
  };
  return (
    <>
    <Sectie titel={t('keten.sectie.vermoeden')} uitleg={t('keten.sectie.vermoedenUitleg')}>
      <FormControl component="fieldset" error={Boolean(vermoedenFout || vormFout)} data-pad="vermoedens" required>
        <FormLabel component="legend">{t('keten.veld.vermoeden')}</FormLabel>
        <FormGroup>
          <FormControlLabel control={<Checkbox checked={seksueel} onChange={(e) => vinkVermoeden('seksuele-uitbuiting', e.target.checked)} />} label={t('keten.vermoeden.seksuele-uitbuiting')} />
          {seksueel && (
            <Box data-pad="seksueleVormen" sx={{ pl: 4, borderLeft: 2, borderColor: 'divider', ml: 1.5 }}>
              <FormControl component="fieldset" error={Boolean(vormFout)}>
                <FormLabel component="legend" sx={{ fontSize: '0.875rem' }}>
                  {t('keten.veld.seksueleVorm')}
                </FormLabel>
                <FormGroup>
                  {SEKSUELE_VORMEN.map((v) => (
                    <FormControlLabel
                      key={v}
                      control={
                        <Checkbox
                          size="small"
                          checked={f.seksueleVormen.includes(v)}
                          onChange={(e) => zet('seksueleVormen', SEKSUELE_VORMEN.filter((x) => (x === v ? e.target.checked : f.seksueleVormen.includes(x))))}
                        />
                      }
                      label={t(`keten.seksueleVorm.${v}`)}
                    />
                  ))}
                </FormGroup>
                {vormFout && <FormHelperText>{vormFout}</FormHelperText>}
              </FormControl>
            </Box>
          )}
          <FormControlLabel control={<Checkbox checked={economisch} onChange={(e) => vinkVermoeden('sociaal-economische-uitbuiting', e.target.checked)} />} label={t('keten.vermoeden.sociaal-economische-uitbuiting')} />
          <FormControlLabel
            control={<Checkbox checked={f.vermoedens.includes('orgaanhandel')} onChange={(e) => vinkVermoeden('orgaanhandel', e.target.checked)} slotProps={{ input: { 'aria-describedby': 'orgaanhandel-uitleg' } }} />}
            label={t('keten.vermoeden.orgaanhandel')}
          />
          <FormHelperText id="orgaanhandel-uitleg" sx={{ ml: 4, mt: -0.5 }} error={false}>
            {t('keten.formulier.orgaanhandelUitleg')}
          </FormHelperText>
        </FormGroup>
        {vermoedenFout && (
          <Box sx={{ mt: 1 }}>
            {veldfouten
              .filter((v) => normaalPad(v.pad) === 'vermoedens')
              .map((v) => (
                <FormHelperText key={v.melding}>{veldTekst(v, t as never)}</FormHelperText>
              ))}
          </Box>
        )}
      </FormControl>
    </Sectie>
    </>
  );
}
