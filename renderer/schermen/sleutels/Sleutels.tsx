/**
 * Sleutels (docs/ontwerp.md §6, ADR 0007): which partner this installation is, its own bundle key (the
 * fingerprint large enough to read out over the telephone), the export of its public key, and the
 * partners' keys — imported, confirmed by comparing fingerprints, revoked.
 */
import { useCallback, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { PaginaKop } from '../../componenten/PaginaKop';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Succes } from '../../componenten/Succes';
import { useActie } from '../../componenten/useActie';
import { Bezig } from '../overdrachten/gedeeld';
import { type EigenSleutel, kanBundelsWisselen } from './typen';
import { EigenOrganisatie } from './EigenOrganisatie';
import { EigenSleutelSectie } from './EigenSleutelSectie';
import { PartnerSleutels } from './PartnerSleutels';

export function Sleutels() {
  const { t } = useTranslation();
  const laadActie = useActie();
  const [eigen, setEigen] = useState<EigenSleutel | null>(null);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [succes, setSucces] = useState<string | null>(null);
  const { uitvoeren } = laadActie;

  const eigenLaden = useCallback(async () => {
    const e = await uitvoeren(() => roep('sleutels.eigen', {}));
    if (e) setEigen(e);
  }, [uitvoeren]);

  useEffect(() => {
    void eigenLaden();
    void roep('partners.lijst', {}).then((r) => r.ok && setPartners(r.waarde));
  }, [eigenLaden]);

  return (
    <>
      <PaginaKop titel={t('overdracht.sleutels.titel')} intro={t('overdracht.sleutels.intro')} />
      <Succes tekst={succes} onSluiten={() => setSucces(null)} />
      {laadActie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={laadActie.fout} />
        </Box>
      )}
      {!eigen && !laadActie.fout && <Bezig tekst={t('overdracht.sleutels.laden')} />}
      {eigen && (
        <>
          <EigenOrganisatie
            eigen={eigen}
            partners={partners.filter(kanBundelsWisselen)}
            onIngesteld={(naam) => {
              setSucces(t('overdracht.sleutels.identiteitIngesteld', { naam }));
              void eigenLaden();
            }}
          />
          <EigenSleutelSectie
            eigen={eigen}
            onVernieuwd={(e) => {
              setEigen(e);
              setSucces(t('overdracht.sleutels.vernieuwd'));
            }}
          />
          <PartnerSleutels eigen={eigen} partners={partners.filter(kanBundelsWisselen)} onMelding={setSucces} />
        </>
      )}
    </>
  );
}
