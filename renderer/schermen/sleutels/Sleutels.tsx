/**
 * Sleutels (docs/ontwerp.md §6, ADR 0007): which partner this installation is, its own bundle key (the
 * fingerprint large enough to read out over the telephone), the export of its public key, and the
 * partners' keys — imported, confirmed by comparing fingerprints, revoked.
 */
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { roep } from '../../api/client';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Pagina } from '../../componenten/Pagina';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';
import { Bezig } from '../../componenten/Bezig';
import { kanBundelsWisselen } from './typen';
import { EigenOrganisatie } from './EigenOrganisatie';
import { EigenSleutelSectie } from './EigenSleutelSectie';
import { PartnerSleutels } from './PartnerSleutels';

export function Sleutels() {
  const { t } = useTranslation();
  const eigenLaden = useLaden(() => roep('sleutels.eigen', {}), []);
  const partnersLaden = useLaden(() => roep('partners.lijst', {}), []);
  const succes = useSucces();
  const eigen = eigenLaden.data;
  const partners = (partnersLaden.data ?? []).filter(kanBundelsWisselen);

  return (
    <Pagina titel={t('overdracht.sleutels.titel')} intro={t('overdracht.sleutels.intro')} succes={succes}>
      {eigenLaden.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={eigenLaden.fout} />
        </Box>
      )}
      {!eigen && !eigenLaden.fout && <Bezig tekst={t('overdracht.sleutels.laden')} />}
      {eigen && (
        <>
          <EigenOrganisatie
            eigen={eigen}
            partners={partners}
            onIngesteld={(naam) => {
              void succes.naHerladen(t('overdracht.sleutels.identiteitIngesteld', { naam }), eigenLaden.herladen);
            }}
          />
          <EigenSleutelSectie
            eigen={eigen}
            onVernieuwd={(e) => {
              eigenLaden.zetten(e);
              succes.tonen(t('overdracht.sleutels.vernieuwd'));
            }}
          />
          <PartnerSleutels eigen={eigen} partners={partners} onMelding={succes.tonen} />
        </>
      )}
    </Pagina>
  );
}
