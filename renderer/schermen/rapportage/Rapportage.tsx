import { useEffect, useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { ANALYSEDIMENSIES, celTekst, periodeNaam, periodeVan, trendtabel, vorigePeriode, type Analysedimensie, type Rapporttabel } from '@shared/domein/analyse';
import { vandaag } from '@shared/datum';
import type { Rol } from '@shared/rollen';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { maandKort, nlDatum } from '../../opmaak';
import { maandWoord, taalVan } from '@shared/meldingen/codewoorden';
import { Grafiek } from '../../componenten/Grafiek';
import { Formulier } from '../../componenten/Formulier';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { Pagina } from '../../componenten/Pagina';
import { Schrijfformulier, useSchrijven } from '../../componenten/Schrijfformulier';
import { Sectie } from '../../componenten/Sectie';
import { Tabel } from '../../componenten/Tabel';
import { useActie } from '../../componenten/useActie';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';
import { Veld } from '../../componenten/Veld';
import { StatistiekMaken } from './StatistiekMaken';

type Besluit = Uitvoer<'stuurgroep.besluiten'>[number];
const PER_MAAND = ['signalen-bron', 'signalen-vorm'];
interface Regel {
  naam: string;
  cellen: Array<number | null>;
  totaal: number | null;
}

/** A suppressed table of the report as a table of the kit: "< 5" wherever a number is hidden. */
export function Cijfertabel({ tabel, testid }: { tabel: Rapporttabel; testid?: string }) {
  const { t } = useTranslation();
  const regels: Regel[] = tabel.rijen.map((r, i) => ({ naam: r, cellen: tabel.cellen[i]!, totaal: tabel.rijtotalen[i] ?? null }));
  if (tabel.metTotalen) regels.push({ naam: t('rapportage.totaal'), cellen: tabel.kolomtotalen, totaal: tabel.totaal });
  return (
    <Tabel<Regel>
      label={tabel.titel}
      kaal
      dicht
      testid={testid ?? `tabel-${tabel.id}`}
      rijen={regels}
      sleutel={(r) => r.naam}
      leeg={t('rapportage.leeg')}
      kolommen={[
        { id: 'naam', kop: tabel.rijkop, cel: (r) => r.naam, rijkop: true, nowrap: true },
        ...tabel.kolommen.map((k, i) => ({ id: `k${i}`, kop: k, cel: (r: Regel) => celTekst(r.cellen[i] ?? null), uitlijning: 'right' as const })),
        ...(tabel.metTotalen ? [{ id: 'totaal', kop: t('rapportage.totaal'), cel: (r: Regel) => celTekst(r.totaal), uitlijning: 'right' as const }] : []),
      ]}
    />
  );
}

/**
 * Rapportage (docs/ontwerp.md §13): the half-yearly report for the Stuurgroep (art. 12.2.3, 12.43, 31.2) — its
 * figures from the anonymised analysis store with small numbers hidden, the two texts, one button that writes
 * the PDF and the CSV files — and the register of Stuurgroep decisions with the analyses they cover (art. 19.2).
 */
export function Rapportage() {
  const { t, i18n } = useTranslation();
  const taal = taalVan(i18n.language);
  const mag = useMag();
  const huidig = periodeVan(vandaag());
  const perioden = [huidig, vorigePeriode(huidig), vorigePeriode(vorigePeriode(huidig)), vorigePeriode(vorigePeriode(vorigePeriode(huidig)))];
  const [periode, setPeriode] = useState(vorigePeriode(huidig));
  const cijfers = useLaden(() => roep('rapportage.cijfers', { periode }), [periode]);
  const teksten = useLaden(() => roep('rapportage.teksten', { periode }), [periode]);
  const schrijver = useSchrijven<Uitvoer<'rapportage.maken'>>();
  const succes = useSucces();

  return (
    <Pagina titel={t('rapportage.titel')} intro={t('rapportage.intro')} succes={succes}>
      <Sectie titel={t('rapportage.periodeTitel')} uitleg={t('rapportage.periodeUitleg')}>
        <Keuzeveld
          label={t('rapportage.periode')}
          value={periode}
          onChange={(e) => setPeriode(String(e.target.value))}
          opties={perioden.map((p) => ({ waarde: p, label: `${periodeNaam(p)} (${p})` }))}
          sx={{ maxWidth: 360 }}
        />
      </Sectie>
      <Sectie titel={t('rapportage.kerncijfers')} uitleg={t('rapportage.kerncijfersUitleg')}>
        {cijfers.data ? (
          <Grafiek
            testid="grafiek-trend"
            titelZichtbaar={false}
            vorm="lijn"
            tabel={trendtabel(cijfers.data, t('rapportage.trendKolommen', { returnObjects: true }) as string[], t('rapportage.kerncijfers'), t('rapportage.halfjaar'))}
            titel={t('rapportage.kerncijfers')}
            beschrijving={t('grafieken.rapportage.trend')}
            rijNaam={(p, kort) => (kort ? p : periodeNaam(p))}
          />
        ) : (
          <Tabel<Regel> label={t('rapportage.kerncijfers')} kaal rijen={null} bezig={cijfers.bezig} fout={cijfers.fout} sleutel={(r) => r.naam} kolommen={[]} />
        )}
      </Sectie>
      {cijfers.data?.tabellen.map((tabel) => (
        <Sectie key={tabel.id} titel={tabel.titel}>
          {/* The trends per month as stacked bars, each with its table; the other tables as they are. */}
          {PER_MAAND.includes(tabel.id) ? (
            <Grafiek testid={`grafiek-${tabel.id}`} titelZichtbaar={false} gestapeld tabel={tabel} titel={tabel.titel} beschrijving={t('grafieken.rapportage.perMaand')} rijNaam={(m, kort) => (kort ? maandKort(m, taal) : maandWoord(m, taal))} />
          ) : (
            <Cijfertabel tabel={tabel} />
          )}
        </Sectie>
      ))}
      {teksten.data && <Teksten periode={periode} teksten={teksten.data} herladen={teksten.herladen} />}
      {mag('rapportage.maken') && (
        <Sectie titel={t('rapportage.maken')} uitleg={t('rapportage.makenUitleg')}>
          <Schrijfformulier
            schrijver={schrijver}
            label={t('rapportage.maken')}
            verzendTekst={t('rapportage.makenKnop', { periode: periodeNaam(periode) })}
            icoon={<PictureAsPdfOutlinedIcon />}
            onVerzenden={() => void schrijver.schrijven((doelmap) => roep('rapportage.maken', { periode, doelmap }))}
            melding={{ titel: t('rapportage.gemaakt'), testId: 'rapport-gemaakt', bestanden: (u) => u.bestanden }}
            mapLabel={t('rapportage.doelmap')}
            mapHulp={t('rapportage.doelmapHulp')}
            breedte={760}
          />
        </Sectie>
      )}
      {mag('statistiek.maken') && <StatistiekMaken periode={periode} />}
      {mag('stuurgroep.besluiten') && <Stuurgroep />}
    </Pagina>
  );
}

function Teksten({ periode, teksten, herladen }: { periode: string; teksten: Uitvoer<'rapportage.teksten'>; herladen: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const mag = useMag();
  return (
    <>
      <Tekstblok
        titel={t('rapportage.analyseTitel')}
        uitleg={t('rapportage.analyseUitleg')}
        tekst={teksten.analyse}
        magSchrijven={mag('rapportage.analyseOpslaan')}
        opslaan={(tekst) => roep('rapportage.analyseOpslaan', { periode, tekst })}
        herladen={herladen}
      />
      <Tekstblok
        titel={t('rapportage.zorgTitel')}
        uitleg={t('rapportage.zorgUitleg')}
        tekst={teksten.zorg}
        magSchrijven={mag('rapportage.zorgOpslaan')}
        opslaan={(tekst) => roep('rapportage.zorgOpslaan', { periode, tekst })}
        herladen={herladen}
      />
    </>
  );
}

function Tekstblok(p: {
  titel: string;
  uitleg: string;
  tekst: { tekst: string; door: string | null; gewijzigd: string | null };
  magSchrijven: boolean;
  opslaan(tekst: string): ReturnType<typeof roep<'rapportage.analyseOpslaan'>>;
  herladen(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const actie = useActie();
  const [tekst, setTekst] = useState(p.tekst.tekst);
  useEffect(() => setTekst(p.tekst.tekst), [p.tekst.tekst]);
  const wie = p.tekst.door ? t('rapportage.laatstDoor', { door: p.tekst.door, datum: nlDatum(p.tekst.gewijzigd ?? '') }) : t('rapportage.nogNiet');
  if (!p.magSchrijven) {
    return (
      <Sectie titel={p.titel} uitleg={`${p.uitleg} ${wie}`}>
        <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{p.tekst.tekst || t('rapportage.leegTekst')}</p>
      </Sectie>
    );
  }
  return (
    <Sectie titel={p.titel} uitleg={`${p.uitleg} ${wie}`}>
      <Formulier
        label={p.titel}
        actie={actie}
        verzendTekst={t('rapportage.opslaan')}
        onVerzenden={() => void actie.uitvoeren(() => p.opslaan(tekst)).then((r) => r && p.herladen())}
        breedte={760}
      >
        <TextField label={p.titel} multiline minRows={4} fullWidth value={tekst} onChange={(e) => setTekst(e.target.value)} />
      </Formulier>
    </Sectie>
  );
}

const ROLLEN_VOOR_ZICHT: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'assistent-zorgcoordinator', 'privacy-medewerker'];

/** The register of Stuurgroep decisions (art. 19.2) and the analyses they cover. */
function Stuurgroep() {
  const { t } = useTranslation();
  const mag = useMag();
  const besluiten = useLaden(() => roep('stuurgroep.besluiten', {}), []);
  const vastleggen = useActie();
  const [datum, setDatum] = useState(vandaag());
  const [kenmerk, setKenmerk] = useState('');
  const [dimensies, setDimensies] = useState<Analysedimensie[]>([]);
  const [zicht, setZicht] = useState<Rol[]>(['ketenregisseur']);
  const wissel = <T,>(lijst: T[], x: T) => (lijst.includes(x) ? lijst.filter((y) => y !== x) : [...lijst, x]);

  const analyse = useActie();
  const [besluitId, setBesluitId] = useState<number | ''>('');
  const [rij, setRij] = useState<Analysedimensie | ''>('');
  const [kolom, setKolom] = useState<Analysedimensie | ''>('');
  const [uitkomst, setUitkomst] = useState<Uitvoer<'analyse.uitvoeren'> | null>(null);
  const geldig = (besluiten.data ?? []).filter((b) => b.geldig);
  const gekozen = geldig.find((b) => b.id === besluitId);
  const dim = (d: Analysedimensie) => t(`rapportage.dimensie.${d}`);

  return (
    <>
      <Sectie titel={t('rapportage.registerTitel')} uitleg={t('rapportage.registerUitleg')}>
        <Tabel<Besluit>
          label={t('rapportage.registerTitel')}
          kaal
          testid="stuurgroepbesluiten"
          laden={besluiten}
          leeg={t('rapportage.registerLeeg')}
          sleutel={(b) => String(b.id)}
          kolommen={[
            { id: 'datum', kop: t('rapportage.kolom.datum'), cel: (b) => nlDatum(b.datum), rijkop: true, nowrap: true },
            { id: 'kenmerk', kop: t('rapportage.kolom.kenmerk'), cel: (b) => b.kenmerk || '—' },
            { id: 'reikwijdte', kop: t('rapportage.kolom.reikwijdte'), cel: (b) => b.dimensies.map(dim).join(', ') },
            { id: 'vorm', kop: t('rapportage.kolom.vorm'), cel: (b) => t(`rapportage.vorm.${b.vorm as 'tabel' | 'tabel-en-grafiek'}`) },
            { id: 'zicht', kop: t('rapportage.kolom.zicht'), cel: (b) => b.zichtbaarVoor.map((r) => t(`rollen.${r}`)).join(', ') },
            { id: 'status', kop: t('rapportage.kolom.status'), cel: (b) => (b.geldig ? t('rapportage.geldig') : t('rapportage.vervallen')) },
          ]}
        />
        {mag('stuurgroep.besluitVastleggen') && (
          <Formulier
            label={t('rapportage.vastleggen')}
            actie={vastleggen}
            verzendTekst={t('rapportage.vastleggen')}
            bekendeVelden={['datum', 'kenmerk', 'dimensies', 'zichtbaarVoor']}
            onVerzenden={() =>
              void vastleggen
                .uitvoeren(() => roep('stuurgroep.besluitVastleggen', { datum, kenmerk, dimensies, vorm: 'tabel', zichtbaarVoor: zicht, vanaf: null, tot: null, geldigTot: null }))
                .then((r) => r && (setDimensies([]), setKenmerk(''), besluiten.herladen()))
            }
            breedte={760}
          >
            <Veld actie={vastleggen} pad="datum" type="date" label={t('rapportage.kolom.datum')} value={datum} onChange={(e) => setDatum(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <Veld actie={vastleggen} pad="kenmerk" label={t('rapportage.kolom.kenmerk')} value={kenmerk} onChange={(e) => setKenmerk(e.target.value)} />
            <FormLabel component="legend">{t('rapportage.dimensiesLabel')}</FormLabel>
            <FormGroup row aria-label={t('rapportage.dimensiesLabel')}>
              {ANALYSEDIMENSIES.map((d) => (
                <FormControlLabel key={d} control={<Checkbox checked={dimensies.includes(d)} onChange={() => setDimensies(wissel(dimensies, d))} />} label={dim(d)} />
              ))}
            </FormGroup>
            <FormLabel component="legend">{t('rapportage.zichtLabel')}</FormLabel>
            <FormGroup row aria-label={t('rapportage.zichtLabel')}>
              {ROLLEN_VOOR_ZICHT.map((r) => (
                <FormControlLabel key={r} control={<Checkbox checked={zicht.includes(r)} onChange={() => setZicht(wissel(zicht, r))} />} label={t(`rollen.${r}`)} />
              ))}
            </FormGroup>
          </Formulier>
        )}
      </Sectie>
      <Sectie titel={t('rapportage.analyseOnderBesluit')} uitleg={t('rapportage.analyseOnderBesluitUitleg')}>
        {geldig.length === 0 ? (
          <p style={{ margin: 0 }}>{t('rapportage.geenBesluit')}</p>
        ) : (
          <Formulier
            label={t('rapportage.analyseOnderBesluit')}
            actie={analyse}
            verzendTekst={t('rapportage.uitvoeren')}
            uit={besluitId === '' || rij === ''}
            onVerzenden={() =>
              void analyse.uitvoeren(() => roep('analyse.uitvoeren', { besluitId: Number(besluitId), rij: rij as Analysedimensie, kolom: kolom === '' ? null : kolom })).then((r) => setUitkomst(r ?? null))
            }
            breedte={760}
          >
            <Keuzeveld
              label={t('rapportage.besluit')}
              value={besluitId}
              leeg={t('rapportage.kiesBesluit')}
              onChange={(e) => (setBesluitId(e.target.value === '' ? '' : Number(e.target.value)), setRij(''), setKolom(''))}
              opties={geldig.map((b) => ({ waarde: b.id, label: `${nlDatum(b.datum)}${b.kenmerk ? ` (${b.kenmerk})` : ''}` }))}
            />
            {gekozen && (
              <>
                <Keuzeveld label={t('rapportage.rij')} value={rij} leeg={t('rapportage.kies')} onChange={(e) => setRij(e.target.value as Analysedimensie)} opties={gekozen.dimensies.map((d) => ({ waarde: d, label: dim(d) }))} />
                <Keuzeveld label={t('rapportage.kolomKeuze')} value={kolom} leeg={t('rapportage.geen')} onChange={(e) => setKolom(e.target.value as Analysedimensie | '')} opties={gekozen.dimensies.filter((d) => d !== rij).map((d) => ({ waarde: d, label: dim(d) }))} />
              </>
            )}
          </Formulier>
        )}
        {uitkomst && <Cijfertabel tabel={uitkomst} testid="analyse-uitkomst" />}
      </Sectie>
    </>
  );
}
