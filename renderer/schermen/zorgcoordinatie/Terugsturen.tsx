/**
 * Zorgcoördinatie profile, its start: the agenda packs read in became zorgoverleg meetings on this
 * laptop (run in Overleggen); afterwards the outcomes and the new signals from care partners go back
 * to the centraal bestand in one signed, encrypted bundle (art. 12.31, 12.33, 14.5).
 */
import { useEffect, useMemo, useState } from 'react';
import DeleteSweepOutlinedIcon from '@mui/icons-material/DeleteSweepOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import type { OverlegRij } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { nlDatum } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { Actieknop } from '../../componenten/Actieknop';
import { Schrijfformulier, useSchrijven } from '../../componenten/Schrijfformulier';
import { Bundellijsten } from '../overdrachten/Bundellijsten';
import { Leeg } from '../../componenten/Bezig';
import { IdentiteitOproep } from '../../componenten/IdentiteitOproep';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';
import { useDialoog } from '../../componenten/useDialoog';
import { Geschreven, type GeschrevenBestand } from '../../componenten/Geschreven';
import { VerwijderverzoekDialoog } from '../ontvangen/Dialogen';
import { Verwijderbevestigingen } from '../ontvangen/Verwijderbevestigingen';

/** The value of the meeting choice for "only the new signals, no meeting". */
const GEEN = 'geen';

export function Terugsturen() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const naarOverleggen = useNavigatie((s) => s.naarOverleggen);
  const schrijver = useSchrijven<Uitvoer<'signalen.terugsturen'>>();
  const overleggen = useLaden(() => roep('overleg.lijst', {}), []);
  const [keuze, setKeuze] = useState<number | typeof GEEN | ''>('');
  const [versie, setVersie] = useState(0);
  const verzoek = useDialoog();
  const [verzoekGeschreven, setVerzoekGeschreven] = useState<GeschrevenBestand | null>(null);

  const zorgoverleggen = useMemo(() => (overleggen.data ?? []).filter((o) => o.soort === 'zorgoverleg').sort((a, b) => `${b.datum}${b.tijd}`.localeCompare(`${a.datum}${a.tijd}`)), [overleggen.data]);

  // The most recent meeting that was held is the usual choice.
  useEffect(() => {
    if (keuze !== '' || zorgoverleggen.length === 0) return;
    const gehouden = zorgoverleggen.find((o) => o.status === 'gehouden' || o.status === 'verslag-vastgesteld');
    setKeuze((gehouden ?? zorgoverleggen[0]!).id);
  }, [zorgoverleggen, keuze]);

  const terugsturen = async () => {
    const r = await schrijver.schrijven((doelmap) => roep('signalen.terugsturen', { overlegId: keuze === GEEN || keuze === '' ? null : keuze, doelmap }), {
      overlegId: keuze === '' && t('overdracht.terugsturen.kiesOverleg'),
    });
    if (r) setVersie((v) => v + 1);
  };

  return (
    <>
      <PaginaKop
        titel={t('overdracht.terugsturen.titel')}
        intro={t('overdracht.terugsturen.intro')}
        acties={<Actieknop recht="bundels.inlezen" icoon={<UploadFileOutlinedIcon />} tekst={t('overdracht.terugsturen.pakketInlezen')} onClick={() => naar({ naam: 'inlezen' })} />}
      />
      <IdentiteitOproep />
      <Sectie titel={t('overdracht.terugsturen.overleggenTitel')} uitleg={t('overdracht.terugsturen.overleggenUitleg')}>
        <Tabel<OverlegRij>
          label={t('overdracht.terugsturen.overleggenTitel')}
          testid="zorgoverleggen"
          dicht
          rijen={overleggen.data ? zorgoverleggen : null}
          bezig={overleggen.bezig}
          fout={overleggen.fout}
          sleutel={(o) => String(o.id)}
          rijAttributen={(o) => ({ 'data-overleg': o.id })}
          leeg={<Leeg>{t('overdracht.terugsturen.geenOverleggen')}</Leeg>}
          kolommen={[
            { id: 'datum', kop: t('overdracht.terugsturen.datum'), rijkop: true, nowrap: true, cel: (o) => `${nlDatum(o.datum)} ${o.tijd}` },
            { id: 'status', kop: t('overdracht.terugsturen.status'), cel: (o) => t(`overdracht.overlegstatus.${o.status}`) },
            { id: 'punten', kop: t('overdracht.terugsturen.punten'), cel: (o) => t('overdracht.terugsturen.puntenWaarde', { aantal: o.aantalPunten, open: o.openPunten }) },
          ]}
          rijKnoppen={[
            mag('overleg.detail') && {
              tekst: t('overdracht.terugsturen.openen'),
              wie: (o) => t('overdracht.terugsturen.overlegVan', { datum: nlDatum(o.datum) }),
              onClick: (o) => naarOverleggen({ naam: 'overleg', id: o.id }),
            },
          ]}
        />
      </Sectie>
      {mag('signalen.terugsturen') && (
        <Sectie titel={t('overdracht.terugsturen.sturenTitel')} uitleg={t('overdracht.terugsturen.sturenUitleg')}>
          <Schrijfformulier
            schrijver={schrijver}
            label={t('overdracht.terugsturen.sturenTitel')}
            verzendTekst={t('overdracht.terugsturen.knop')}
            icoon={<SendOutlinedIcon />}
            onVerzenden={() => void terugsturen()}
            bekendeVelden={['overlegId']}
            bezigTekst={t('overdracht.bezig.schrijven')}
            melding={{ titel: t('overdracht.terugsturen.geschreven'), uitleg: t('overdracht.terugsturen.geschrevenUitleg'), testId: 'teruggestuurd' }}
          >
            <Keuzeveld
              actie={schrijver.actie}
              pad="overlegId"
              label={t('overdracht.terugsturen.overleg')}
              value={keuze}
              onChange={(e) => setKeuze(e.target.value === GEEN ? GEEN : Number(e.target.value))}
              required
              opties={[
                ...zorgoverleggen.map((o) => ({ waarde: o.id, label: t('overdracht.terugsturen.overlegOptie', { datum: nlDatum(o.datum), status: t(`overdracht.overlegstatus.${o.status}`) }) })),
                { waarde: GEEN, label: t('overdracht.terugsturen.alleenSignalen') },
              ]}
            />
          </Schrijfformulier>
        </Sectie>
      )}
      {mag('verwijderverzoek.maken') && (
        <Sectie titel={t('overdracht.verwijderverzoek.titel')} uitleg={t('overdracht.verwijderverzoek.namensHulp')}>
          {verzoekGeschreven && (
            <Geschreven titel={t('overdracht.verwijderverzoek.geschreven')} bestanden={[verzoekGeschreven]} uitleg={t('overdracht.verwijderverzoek.geschrevenUitleg')} onSluiten={() => setVerzoekGeschreven(null)} testId="verzoek-geschreven" />
          )}
          <Actieknop icoon={<DeleteSweepOutlinedIcon />} tekst={t('overdracht.verwijderverzoek.knop')} onClick={() => verzoek.openen()} />
        </Sectie>
      )}
      {mag('verwijderbevestigingen.lijst') && <Verwijderbevestigingen key={versie} />}
      {mag('bundels.lijst') && <Bundellijsten versie={versie} />}
      <VerwijderverzoekDialoog
        open={verzoek.open}
        standaardAan="GEM-VEILIGHEID"
        bekendeNummers={[]}
        metNamens
        onSluiten={verzoek.sluiten}
        onKlaar={verzoek.klaar((g: GeschrevenBestand) => {
          setVerzoekGeschreven(g);
          setVersie((v) => v + 1);
        })}
      />
    </>
  );
}
