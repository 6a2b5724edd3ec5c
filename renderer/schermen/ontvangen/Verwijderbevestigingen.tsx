/**
 * Art. 22.2 at the requester (partner or zorgcoördinatie): the signed confirmations the centraal
 * bestand sent back on a verwijderverzoek, read in like any bundle — per subject the requester named,
 * its reference and how much was removed; never a name (ADR 0021, 0028).
 */
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { nlDatumTijd } from '../../opmaak';
import { Sectie } from '../../componenten/Sectie';
import { Leeg } from '../../componenten/Bezig';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';

type Rij = Uitvoer<'verwijderbevestigingen.lijst'>[number];

export function Verwijderbevestigingen() {
  const { t } = useTranslation();
  const lijst = useLaden(() => roep('verwijderbevestigingen.lijst', {}), []);
  const soort = (s: string) => t(`overdracht.verwijderbevestigingen.soorten.${s}`, { defaultValue: s });
  const regels = (items: readonly string[]) =>
    items.length ? (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {items.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </Box>
    ) : (
      t('overdracht.verwijderbevestigingen.niets')
    );
  return (
    <Sectie titel={t('overdracht.verwijderbevestigingen.titel')} uitleg={t('overdracht.verwijderbevestigingen.uitleg')}>
      <Tabel<Rij>
        label={t('overdracht.verwijderbevestigingen.tabel')}
        testid="verwijderbevestigingen"
        dicht
        laden={lijst}
        sleutel={(r) => r.bundelId}
        rijAttributen={(r) => ({ 'data-verzoek': r.verzoekId })}
        leeg={<Leeg>{t('overdracht.verwijderbevestigingen.geen')}</Leeg>}
        kolommen={[
          { id: 'ontvangen', kop: t('overdracht.verwijderbevestigingen.ontvangenOp'), rijkop: true, nowrap: true, sorteer: (r) => r.ontvangenOp, cel: (r) => nlDatumTijd(r.ontvangenOp) },
          { id: 'van', kop: t('overdracht.verwijderbevestigingen.van'), cel: (r) => `${r.van.naam} (${r.van.code})`, sorteer: (r) => r.van.naam },
          { id: 'namens', kop: t('overdracht.verwijderbevestigingen.namens'), cel: (r) => r.namens ?? t('overdracht.verwijderbevestigingen.eigen') },
          {
            id: 'verwijderd',
            kop: t('overdracht.verwijderbevestigingen.verwijderd'),
            cel: (r) => regels(r.verwijderd.map((v) => t('overdracht.verwijderbevestigingen.regel', { soort: soort(v.soort), referentie: v.referentie, signalen: v.signalen, navragen: v.navragen, personen: v.personen ?? 0 }))),
          },
          {
            id: 'geweigerd',
            kop: t('overdracht.verwijderbevestigingen.geweigerd'),
            cel: (r) => regels(r.geweigerd.map((g) => t('overdracht.verwijderbevestigingen.geweigerdRegel', { soort: soort(g.soort), referentie: g.referentie }))),
          },
        ]}
      />
    </Sectie>
  );
}
