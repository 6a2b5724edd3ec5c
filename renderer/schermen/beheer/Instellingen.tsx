import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Bestandsinfo } from '../../../shared/api';
import { roep } from '../../api/client';
import { useSessie } from '../../store/sessie';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useMag } from '../../api/toegang';
import { HerstelsleutelBeheer } from './Herstelsleutel';

/** Beheer → Instellingen: the auto-lock time of this bestand. */
export function Instellingen({ info }: { info: Bestandsinfo }) {
  const { t } = useTranslation();
  const actie = useActie();
  const zetInfo = useSessie((s) => s.zetInfo);
  const mag = useMag();
  const [minuten, setMinuten] = useState(String(info.vergrendelNaMinuten));
  const [succes, setSucces] = useState<string | null>(null);

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    setSucces(null);
    const getal = Number(minuten);
    const nieuw = await actie.uitvoeren(() => roep('instellingen.wijzigen', { vergrendelNaMinuten: Number.isFinite(getal) && minuten.trim() !== '' ? getal : Number.NaN }), {
      vergrendelNaMinuten: minuten.trim() === '' && t('fout.verplicht'),
    });
    if (nieuw) {
      zetInfo(nieuw);
      setSucces(t('instellingen.opgeslagen', { count: nieuw.vergrendelNaMinuten }));
    }
  };

  return (
    <>
      <PaginaKop titel={t('instellingen.titel')} />
      <Sectie titel={t('instellingen.vergrendelTitel')} uitleg={t('instellingen.vergrendelUitleg')}>
        <Box component="form" noValidate onSubmit={opslaan} aria-label={t('instellingen.vergrendelTitel')}>
          <Stack spacing={2} sx={{ maxWidth: 480 }}>
            <Succes tekst={succes} onSluiten={() => setSucces(null)} />
            {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['vergrendelNaMinuten']} />}
            <Veld
              actie={actie}
              pad="vergrendelNaMinuten"
              type="number"
              label={t('instellingen.minuten')}
              hulp={t('instellingen.minutenHulp')}
              value={minuten}
              onChange={(e) => setMinuten(e.target.value)}
              slotProps={{ htmlInput: { min: 1, max: 240, step: 1 } }}
              sx={{ maxWidth: 260 }}
              required
            />
            <Box>
              <Button type="submit" variant="contained" disabled={actie.bezig}>
                {actie.bezig ? t('algemeen.bezig') : t('algemeen.opslaan')}
              </Button>
            </Box>
          </Stack>
        </Box>
      </Sectie>
      {mag('herstelsleutel.vervangen') && <HerstelsleutelBeheer info={info} />}
    </>
  );
}
