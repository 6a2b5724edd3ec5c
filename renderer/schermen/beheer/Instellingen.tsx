import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bestandsinfo } from '@shared/api';
import { roep } from '../../api/client';
import { useSessie } from '../../store/sessie';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { PaginaFormulier } from '../../componenten/PaginaFormulier';
import { useSucces } from '../../componenten/useSucces';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useMag } from '../../api/toegang';
import { HerstelsleutelBeheer } from './Herstelsleutel';
import { RegioInstellen } from '../rapportage/RegioInstellen';

/** Beheer → Instellingen: the auto-lock time of this bestand. */
export function Instellingen({ info }: { info: Bestandsinfo }) {
  const { t } = useTranslation();
  const actie = useActie();
  const zetInfo = useSessie((s) => s.zetInfo);
  const mag = useMag();
  const [minuten, setMinuten] = useState(String(info.vergrendelNaMinuten));
  const succes = useSucces();

  const opslaan = async () => {
    succes.onSluiten();
    const getal = Number(minuten);
    const nieuw = await actie.uitvoeren(() => roep('instellingen.wijzigen', { vergrendelNaMinuten: Number.isFinite(getal) && minuten.trim() !== '' ? getal : Number.NaN }), {
      vergrendelNaMinuten: minuten.trim() === '' && t('fout.verplicht'),
    });
    if (nieuw) {
      zetInfo(nieuw);
      succes.tonen(t('instellingen.opgeslagen', { count: nieuw.vergrendelNaMinuten }));
    }
  };

  return (
    <>
      <PaginaKop titel={t('instellingen.titel')} />
      <Sectie titel={t('instellingen.vergrendelTitel')} uitleg={t('instellingen.vergrendelUitleg')}>
        <PaginaFormulier
          label={t('instellingen.vergrendelTitel')}
          actie={actie}
          bekendeVelden={['vergrendelNaMinuten']}
          knop={t('algemeen.opslaan')}
          breedte={480}
          onVerzenden={() => void opslaan()}
          boven={<Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />}
        >
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
        </PaginaFormulier>
      </Sectie>
      {mag('herstelsleutel.vervangen') && <HerstelsleutelBeheer info={info} />}
      {mag('statistiek.regio') && (
        <Sectie titel={t('statistiek.regio.titel')} uitleg={t('statistiek.regio.uitleg')}>
          <RegioInstellen info={info} />
        </Sectie>
      )}
    </>
  );
}
