/** Signaal form → who reports (melder) and where the signal comes from (bron), with its date and time. */
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { Sectie } from '../../../componenten/Sectie';
import { Datum, Keuze, Tekst, Velden } from '../formulierVelden';
import { useFormulier } from '../formulierVelden';

export function Herkomst({ partnerOpties }: { partnerOpties: ReadonlyArray<{ waarde: number; label: string }> }) {
  const { t } = useTranslation();
  const { datums, zetDatum, fout: foutVoor } = useFormulier();
  return (
    <>
    <Sectie titel={t('keten.sectie.melder')} uitleg={t('keten.sectie.melderUitleg')}>
      <Velden>
        <Tekst pad="melder.contactpersoon" label={t('keten.veld.contactpersoon')} required />
        <Keuze pad="melder.partnerId" label={t('keten.veld.organisatie')} leegLabel={t('keten.formulier.geenKeuze')} opties={partnerOpties} />
        <Tekst pad="melder.telefoon" label={t('keten.veld.telefoon')} />
        <Datum pad="melder.datum" label={t('keten.veld.datumIngevuld')} />
      </Velden>
    </Sectie>

    <Sectie titel={t('keten.sectie.bron')} uitleg={t('keten.sectie.bronUitleg')}>
      <Velden>
        <Box data-pad="datumTijd" sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 130px', gap: 1.5, alignItems: 'start' }}>
          <Datum pad="datum" label={t('keten.veld.datumSignaal')} required />
          <TextField
            label={t('keten.veld.tijd')}
            value={datums.tijd ?? ''}
            onChange={(e) => zetDatum('tijd', e.target.value)}
            placeholder="uu:mm"
            helperText={t('keten.formulier.tijdHulp')}
            required
            error={Boolean(foutVoor('datumTijd'))}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 5 } }}
          />
          {foutVoor('datumTijd') && (
            <FormHelperText error sx={{ gridColumn: '1 / -1', mt: -1 }}>
              {foutVoor('datumTijd')}
            </FormHelperText>
          )}
        </Box>
        <Keuze pad="bron.partnerId" label={t('keten.veld.bronOrganisatie')} leegLabel={t('keten.formulier.geenKeuze')} opties={partnerOpties} required />
        <Tekst pad="bron.naam" label={t('keten.veld.bronNaam')} required hulp={t('keten.formulier.bronNaamHulp')} />
        <Tekst pad="bron.telefoon" label={t('keten.veld.telefoon')} />
      </Velden>
    </Sectie>
    </>
  );
}
