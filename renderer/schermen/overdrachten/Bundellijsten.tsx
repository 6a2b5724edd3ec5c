/**
 * Bundles sent and read in (`bundels.lijst`): metadata only, never content. Outgoing bundles show
 * per recipient whether its signed receipt came back (docs/ontwerp.md §6).
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { nlDatumTijd } from '../../opmaak';
import { FoutMelding } from '../../componenten/FoutMelding';
import { MetDatums } from '../../componenten/MetDatums';
import { Sectie } from '../../componenten/Sectie';
import { Leeg } from '../../componenten/Bezig';
import { useSoortNaam } from '../../componenten/useSoortNaam';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';

type Lijst = Uitvoer<'bundels.lijst'>;

/** A bundle's file name, small, breaking at its hyphens when the column is narrow. */
function Bestandsnaam({ naam }: { naam: string }) {
  return (
    <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.78rem', color: 'text.secondary', overflowWrap: 'anywhere' }}>
      {naam}
    </Box>
  );
}

/** Both lists, or one of them; `versie` reloads after the page wrote or read a bundle. */
export function Bundellijsten({ uitgaand = true, inkomend = true, versie = 0 }: { uitgaand?: boolean; inkomend?: boolean; versie?: number }) {
  const { t } = useTranslation();
  const soortNaam = useSoortNaam();
  const lijst = useLaden(() => roep('bundels.lijst', {}), [versie]);
  const basis = { dicht: true, bezig: lijst.bezig, sleutel: (b: { id: string }) => b.id, rijAttributen: (b: { id: string; soort: string }) => ({ 'data-bundel': b.id, 'data-soort': b.soort }) };

  return (
    <>
      {lijst.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={lijst.fout} />
        </Box>
      )}
      {uitgaand && (
        <Sectie titel={t('overdracht.lijst.uitgaandTitel')} uitleg={t('overdracht.lijst.uitgaandUitleg')}>
          <Tabel<Lijst['uitgaand'][number]>
            {...basis}
            label={t('overdracht.lijst.uitgaandTitel')}
            testid="uitgaande-bundels"
            rijen={lijst.data?.uitgaand ?? null}
            leeg={<Leeg>{t('overdracht.lijst.geenUitgaand')}</Leeg>}
            kolommen={[
              { id: 'aangemaakt', kop: t('overdracht.lijst.aangemaakt'), nowrap: true, sorteer: (b) => b.aangemaakt, cel: (b) => nlDatumTijd(b.aangemaakt) },
              {
                id: 'soort',
                kop: t('overdracht.lijst.soort'),
                rijkop: true,
                sorteer: (b) => soortNaam(b.soort),
                cel: (b) => (
                  <>
                    {soortNaam(b.soort)}
                    <Bestandsnaam naam={b.bestandsnaam} />
                  </>
                ),
              },
              { id: 'aan', kop: t('overdracht.lijst.aan'), code: true, cel: (b) => b.aan.join(', ') },
              { id: 'status', kop: t('overdracht.lijst.status'), cel: (b) => <UitgaandStatus bundel={b} /> },
              { id: 'bevestigingen', kop: t('overdracht.lijst.bevestigingen'), cel: (b) => <Bevestigingen bundel={b} /> },
            ]}
          />
        </Sectie>
      )}
      {inkomend && (
        <Sectie titel={t('overdracht.lijst.inkomendTitel')} uitleg={t('overdracht.lijst.inkomendUitleg')}>
          <Tabel<Lijst['inkomend'][number]>
            {...basis}
            label={t('overdracht.lijst.inkomendTitel')}
            testid="inkomende-bundels"
            rijen={lijst.data?.inkomend ?? null}
            leeg={<Leeg>{t('overdracht.lijst.geenInkomend')}</Leeg>}
            kolommen={[
              { id: 'ingelezen', kop: t('overdracht.lijst.ingelezenOp'), nowrap: true, sorteer: (b) => b.ingelezenOp, cel: (b) => nlDatumTijd(b.ingelezenOp) },
              { id: 'soort', kop: t('overdracht.lijst.soort'), rijkop: true, sorteer: (b) => soortNaam(b.soort), cel: (b) => soortNaam(b.soort) },
              { id: 'van', kop: t('overdracht.lijst.van'), code: true, sorteer: (b) => b.van, cel: (b) => b.van },
              { id: 'aangemaakt', kop: t('overdracht.lijst.aangemaakt'), nowrap: true, sorteer: (b) => b.aangemaakt, cel: (b) => nlDatumTijd(b.aangemaakt) },
              { id: 'door', kop: t('overdracht.lijst.door'), cel: (b) => b.ingelezenDoor },
              { id: 'bevestiging', kop: t('overdracht.lijst.ontvangstbevestiging'), cel: (b) => (b.bevestigingBestandsnaam ? <Bestandsnaam naam={b.bevestigingBestandsnaam} /> : t('algemeen.leeg')) },
            ]}
          />
        </Sectie>
      )}
    </>
  );
}

function UitgaandStatus({ bundel: b }: { bundel: Lijst['uitgaand'][number] }) {
  const { t } = useTranslation();
  if (b.soort === 'ontvangstbevestiging') return <Chip size="small" variant="outlined" label={t('overdracht.lijst.verzondenKort')} data-status="verzonden" />;
  if (b.status === 'bevestigd') return <Chip size="small" color="success" label={t('overdracht.lijst.bevestigd')} data-status="bevestigd" />;
  return <Chip size="small" variant="outlined" color="warning" label={t('overdracht.lijst.verzonden')} data-status="verzonden" />;
}

/** Per recipient whether its signed receipt came back. */
function Bevestigingen({ bundel: b }: { bundel: Lijst['uitgaand'][number] }) {
  const { t } = useTranslation();
  if (b.soort === 'ontvangstbevestiging') return <>{t('overdracht.lijst.nietBevestigd')}</>;
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {b.aan.map((code) => {
        const bev = b.bevestigingen.find((x) => x.partner === code);
        return (
          <li key={code}>
            <MetDatums
              tekst={bev ? t('overdracht.lijst.ontvangenDoor', { partner: code, datum: nlDatumTijd(bev.ontvangenOp) }) : t('overdracht.lijst.nogGeenBevestiging', { partner: code })}
            />
          </li>
        );
      })}
    </Box>
  );
}
