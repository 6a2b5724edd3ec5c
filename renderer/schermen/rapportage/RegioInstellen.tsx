import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bestandsinfo } from '@shared/api';
import { roep } from '../../api/client';
import { useSessie } from '../../store/sessie';
import { PaginaFormulier } from '../../componenten/PaginaFormulier';
import { Succes } from '../../componenten/Succes';
import { useActie } from '../../componenten/useActie';
import { useSucces } from '../../componenten/useSucces';
import { Veld } from '../../componenten/Veld';

/**
 * The region's code and name in its statistics bundles (ADR 0041, addendum): the EMM keeps one bundle per region
 * code and half year, so each region needs its own. Set by the beheerder (Instellingen) or, before the first
 * bundle, on the Rapportage screen; checked by the contract (`statistiek.regio`), refused in Dutch per field.
 */
export function RegioInstellen({ info, breedte = 640 }: { info: Bestandsinfo; breedte?: number }) {
  const { t } = useTranslation();
  const actie = useActie();
  const zetInfo = useSessie((s) => s.zetInfo);
  const succes = useSucces();
  const [code, setCode] = useState(info.regio?.code ?? '');
  const [naam, setNaam] = useState(info.regio?.naam ?? '');

  const opslaan = async () => {
    succes.onSluiten();
    const nieuw = await actie.uitvoeren(() => roep('statistiek.regio', { code, naam }));
    if (nieuw) {
      zetInfo(nieuw);
      if (nieuw.regio) {
        setCode(nieuw.regio.code);
        succes.tonen(t('statistiek.regio.opgeslagen', { naam: nieuw.regio.naam, code: nieuw.regio.code }));
      }
    }
  };

  return (
    <PaginaFormulier
      label={t('statistiek.regio.titel')}
      actie={actie}
      bekendeVelden={['code', 'naam']}
      knop={t('algemeen.opslaan')}
      breedte={breedte}
      onVerzenden={() => void opslaan()}
      boven={<Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />}
    >
      <Veld actie={actie} pad="code" label={t('statistiek.regio.code')} hulp={t('statistiek.regio.codeHulp')} value={code} onChange={(e) => setCode(e.target.value.toLocaleUpperCase('nl'))} sx={{ maxWidth: 320 }} required />
      <Veld actie={actie} pad="naam" label={t('statistiek.regio.naam')} hulp={t('statistiek.regio.naamHulp')} value={naam} onChange={(e) => setNaam(e.target.value)} required />
    </PaginaFormulier>
  );
}
