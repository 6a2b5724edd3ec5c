/**
 * Ketenproces → Overdrachten (centraal): start the handover of a dossier with assigned interventions
 * (art. 16.5), write the agenda pack for the zorgcoördinator (art. 12.28, 14.3), follow the
 * interventions the partners report back on (art. 16.6), and see every bundle sent and read in.
 */
import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import SaveAltOutlinedIcon from '@mui/icons-material/SaveAltOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import type { Interventie } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie, useBinnenkant } from '../../store/navigatie';
import { nlDatum } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { MetDatums } from '../../componenten/MetDatums';
import { Actieknop } from '../../componenten/Actieknop';
import { Schrijfformulier, useSchrijven } from '../../componenten/Schrijfformulier';
import { Bundellijsten } from './Bundellijsten';
import { InterventieStatus } from '../../componenten/BundelChips';
import { Leeg } from '../../componenten/Bezig';
import { Wizard } from './Wizard';
import { DossierKiezen } from './DossierKiezen';
import { Tabel } from '../../componenten/Tabel';
import { Laadstatus } from '../../componenten/Laadstatus';
import { useLaden } from '../../componenten/useLaden';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { Vrijgavecontrole } from '../../componenten/Vrijgave';
import { heeftRedactie } from '@shared/domein/redactie';
import { useVeldLabel } from '../signalen/veldLabels';

export function Overdrachten() {
  const wizardDossierId = useBinnenkant('overdrachten').wizardDossierId;
  if (wizardDossierId !== null) return <Wizard key={wizardDossierId} dossierId={wizardDossierId} />;
  return <Overzicht />;
}

function Overzicht() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const [versie, setVersie] = useState(0);
  return (
    <>
      <PaginaKop
        titel={t('overdracht.overdrachten.titel')}
        intro={t('overdracht.overdrachten.intro')}
        acties={<Actieknop recht="bundels.inlezen" icoon={<UploadFileOutlinedIcon />} tekst={t('overdracht.inlezen.titel')} onClick={() => naar({ naam: 'inlezen' })} />}
      />
      {mag('overdracht.voorbereiden') && <DossierKiezen />}
      {mag('interventies.lijst') && <Interventies />}
      {mag('agendapakket.maken') && <Agendapakket onGeschreven={() => setVersie((v) => v + 1)} />}
      {mag('bundels.lijst') && <Bundellijsten versie={versie} />}
    </>
  );
}

/** What the acting partners reported back (art. 16.6): the interventions and their state. */
function Interventies() {
  const { t } = useTranslation();
  const lijst = useLaden(() => roep('interventies.lijst', {}), []);
  return (
    <Sectie titel={t('overdracht.overdrachten.interventiesTitel')} uitleg={t('overdracht.overdrachten.interventiesUitleg')}>
      <Tabel<Interventie>
        label={t('overdracht.overdrachten.interventiesTitel')}
        testid="interventies"
        dicht
        laden={lijst}
        sleutel={(i) => String(i.id)}
        rijAttributen={(i) => ({ 'data-interventie': i.id })}
        leeg={<Leeg>{t('overdracht.overdrachten.geenInterventies')}</Leeg>}
        kolommen={[
          { id: 'dossier', kop: t('overdracht.overdrachten.dossier'), code: true, sorteer: (i) => i.dossierNummer, cel: (i) => i.dossierNummer },
          { id: 'partner', kop: t('overdracht.overdrachten.partner'), sorteer: (i) => i.partner.naam, cel: (i) => i.partner.naam },
          { id: 'interventie', kop: t('overdracht.overdrachten.interventie'), rijkop: true, cel: (i) => i.omschrijving },
          {
            id: 'uiterlijk',
            kop: t('overdracht.overdrachten.uiterlijk'),
            nowrap: true,
            sorteer: (i) => i.deadline,
            cel: (i) => (
              <Box component="span" sx={i.teLaat ? { color: 'error.main', fontWeight: 600 } : {}}>
                {nlDatum(i.deadline)}
                {i.teLaat && ` (${t('overdracht.overdrachten.teLaat')})`}
              </Box>
            ),
          },
          { id: 'status', kop: t('overdracht.overdrachten.status'), sorteer: (i) => i.status, cel: (i) => <InterventieStatus status={i.status} /> },
          {
            id: 'uitkomst',
            kop: t('overdracht.overdrachten.uitkomst'),
            sx: { maxWidth: 360, whiteSpace: 'pre-wrap' },
            // The backend writes "JJJJ-MM-DD: verslag"; dates are shown the Dutch way.
            cel: (i) => <MetDatums tekst={(i.uitkomst || i.reden || t('algemeen.leeg')).replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3-$2-$1')} />,
          },
        ]}
      />
    </Sectie>
  );
}

/** Art. 12.28, 14.3: the zorgoverleg's agenda, in the zorgcoördinator's view, for her offline laptop. */
function Agendapakket({ onGeschreven }: { onGeschreven(): void }) {
  const { t } = useTranslation();
  const schrijver = useSchrijven<Uitvoer<'agendapakket.maken'>>();
  const overleggen = useLaden(() => roep('overleg.lijst', {}), []);
  const [overlegId, setOverlegId] = useState<number | ''>('');
  const [bekeken, setBekeken] = useState(false);
  const veldLabel = useVeldLabel();
  // What the pack's anonymised free text lost and what still looks identifying, per signal (ADR 0032).
  const controle = useLaden(() => roep('agendapakket.redactie', { overlegId: overlegId === '' ? 0 : overlegId }), [overlegId], { actief: overlegId !== '' });
  const zorgoverleggen = useMemo(
    () => (overleggen.data ?? []).filter((o) => o.soort === 'zorgoverleg' && (o.status === 'gepland' || o.status === 'agenda-vastgesteld')).sort((a, b) => `${a.datum}${a.tijd}`.localeCompare(`${b.datum}${b.tijd}`)),
    [overleggen.data],
  );

  const schrijven = async () => {
    const r = await schrijver.schrijven((doelmap) => roep('agendapakket.maken', { overlegId: overlegId === '' ? 0 : overlegId, doelmap, gemarkeerdBekeken: bekeken }), {
      overlegId: overlegId === '' && t('overdracht.agendapakket.kiesOverleg'),
    });
    if (r) onGeschreven();
  };

  return (
    <Sectie titel={t('overdracht.agendapakket.titel')} uitleg={t('overdracht.agendapakket.uitleg')}>
      <Laadstatus laden={overleggen} />
      {overleggen.data && zorgoverleggen.length === 0 && <Leeg>{t('overdracht.agendapakket.geenOverleg')}</Leeg>}
      {zorgoverleggen.length > 0 && (
        <Schrijfformulier
          schrijver={schrijver}
          label={t('overdracht.agendapakket.titel')}
          verzendTekst={t('overdracht.agendapakket.schrijven')}
          icoon={<SaveAltOutlinedIcon />}
          onVerzenden={() => void schrijven()}
          bekendeVelden={['overlegId']}
          bezigTekst={t('overdracht.bezig.schrijven')}
          melding={{ titel: t('overdracht.agendapakket.geschreven'), uitleg: t('overdracht.agendapakket.geschrevenUitleg'), testId: 'agendapakket-geschreven' }}
        >
          <Keuzeveld actie={schrijver.actie} pad="overlegId" label={t('overdracht.agendapakket.overleg')} value={overlegId} onChange={(e) => { setOverlegId(Number(e.target.value)); setBekeken(false); }} required opties={zorgoverleggen.map((o) => ({ waarde: o.id, label: t('overdracht.agendapakket.overlegOptie', { datum: nlDatum(o.datum), tijd: o.tijd, punten: o.aantalPunten, status: t(`overdracht.overlegstatus.${o.status}`) }) }))} />
          {controle.data?.some((c) => heeftRedactie(c.redactie)) && <Vrijgavecontrole onderdelen={controle.data} bekeken={bekeken} onBekeken={setBekeken} veldNaam={(pad) => veldLabel(pad, true)} />}
        </Schrijfformulier>
      )}
    </Sectie>
  );
}
