/** Revoking a partner's key, with a reason. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '@shared/domein/bundel';
import { roep } from '../../api/client';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';
import { Vingerafdruk } from '../../componenten/Vingerafdruk';

export function IntrekDialoog({ sleutel, onSluiten, onKlaar }: { sleutel: PartnerSleutel | null; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  const getoond = useLaatste(sleutel);
  const form = useFormDialoog({
    open: sleutel,
    begin: () => ({ reden: '' }),
    verzenden: (w) => roep('sleutels.intrekken', { sleutelId: sleutel?.id ?? 0, reden: w.reden }),
    onKlaar,
  });
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('overdracht.sleutels.intrekTitel', { naam: getoond?.partner.naam ?? '' })}
      uitleg={<Typography>{t('overdracht.sleutels.intrekUitleg')}</Typography>}
      verzendTekst={t('overdracht.sleutels.intrekken')}
      bekendeVelden={['reden']}
      gevaarlijk
      onSluiten={onSluiten}
    >
      {getoond && (
        <Box>
          <Vingerafdruk groepen={getoond.vingerafdrukGroepen} />
        </Box>
      )}
      <Veld {...form.veld('reden')} label={t('overdracht.sleutels.reden')} hulp={t('overdracht.sleutels.redenHulp')} multiline minRows={2} autoFocus />
    </FormDialoog>
  );
}
