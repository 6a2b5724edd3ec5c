/** Revoking a partner's key, with a reason. */
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '../../../shared/domein/bundel';
import { roep } from '../../api/client';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { Vingerafdruk } from '../overdrachten/gedeeld';

export function IntrekDialoog({ sleutel, onSluiten, onKlaar }: { sleutel: PartnerSleutel | null; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const getoond = useLaatste(sleutel);
  const [reden, setReden] = useState('');
  const { wissen } = actie;
  useEffect(() => {
    if (sleutel) {
      setReden('');
      wissen();
    }
  }, [sleutel, wissen]);
  const verzenden = async () => {
    if (!sleutel) return;
    const r = await actie.uitvoeren(() => roep('sleutels.intrekken', { sleutelId: sleutel.id, reden }));
    if (r) onKlaar(r);
  };
  return (
    <FormDialoog
      open={Boolean(sleutel)}
      titel={t('overdracht.sleutels.intrekTitel', { naam: getoond?.partner.naam ?? '' })}
      uitleg={<Typography>{t('overdracht.sleutels.intrekUitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('overdracht.sleutels.intrekken')}
      bekendeVelden={['reden']}
      gevaarlijk
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      {getoond && (
        <Box>
          <Vingerafdruk groepen={getoond.vingerafdrukGroepen} />
        </Box>
      )}
      <Veld actie={actie} pad="reden" label={t('overdracht.sleutels.reden')} hulp={t('overdracht.sleutels.redenHulp')} value={reden} onChange={(e) => setReden(e.target.value)} multiline minRows={2} autoFocus />
    </FormDialoog>
  );
}
