import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { celTekst } from '@shared/domein/analyse';
import { maandWoord, taalVan } from '@shared/meldingen/codewoorden';
import { celVan, grafiekVan, grafiekVanRegio, KERNCIJFERS, samenCelTekst, type Kerncijfer, type StatistiekBron, type LandelijkePeriode, type SamengevoegdeTabel } from '@shared/domein/statistiek';
import { roep } from '../../api/client';
import { maandKort, nlDatumTijd } from '../../opmaak';
import { Grafiek } from '../../componenten/Grafiek';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { Pagina } from '../../componenten/Pagina';
import { Sectie } from '../../componenten/Sectie';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';

const SAMEN = 'samen';
/** The tables whose rows are the months of the half year: stacked bars per month, as on the Rapportage screen. */
const PER_MAAND = ['signalen-bron', 'signalen-vorm'];

/**
 * Landelijk beeld (art. 19, 22.6, 31; docs/ontwerp.md §13, ADR 0041): at the EMM or the Nationaal Rapporteur, the
 * regions' statistics bundles merged per half year — the same charts as the half-yearly report, each with its
 * table: a number where every region's part is known, a lighter bar marked "≥" (a lower bound) where one was
 * hidden, no bar at all where only "< 5" is known — with the key figures per region side by side and the signed
 * bundle every figure comes from; "Toon" shows one region's figures exactly as its bundle holds them.
 */
export function LandelijkBeeld() {
  const { t, i18n } = useTranslation();
  const taal = taalVan(i18n.language);
  const beeld = useLaden(() => roep('landelijk.beeld', {}), []);
  const [periode, setPeriode] = useState('');
  const [weergave, setWeergave] = useState(SAMEN);
  const perioden = beeld.data?.perioden ?? [];
  const p: LandelijkePeriode | undefined = perioden.find((x) => x.periode === periode) ?? perioden[0];
  const geldig = (p?.bronnen ?? []).filter((b) => !b.vervangen);
  const regio: StatistiekBron | undefined = geldig.find((b) => b.bundelId === weergave);
  const naamVan = (k: Kerncijfer) => t(`statistiek.kerncijfernamen.${k}`);
  const regioNaam = (b: StatistiekBron) => t('statistiek.regioWeergave', { regio: b.inhoud.regio, code: b.regiocode });
  const maand = (m: string, kort: boolean) => (kort ? maandKort(m, taal) : maandWoord(m, taal));
  const beschrijving = (id: string) => t(id === 'trechter' ? 'statistiek.grafiek.trechter' : PER_MAAND.includes(id) ? 'statistiek.grafiek.perMaand' : 'statistiek.grafiek.staven');
  const vervanger = (b: StatistiekBron) => p?.bronnen.find((x) => x.bundelId === b.vervangenDoor);

  /** One table as a chart: merged (with its lower bounds) or one region's, as signed. */
  const grafiek = (tabel: SamengevoegdeTabel) => {
    const eigen = regio?.inhoud.tabellen.find((x) => x.id === tabel.id);
    const samen = grafiekVan(tabel);
    const gemeen = {
      testid: `landelijk-${tabel.id}`,
      titelZichtbaar: false,
      titel: tabel.titel,
      beschrijving: beschrijving(tabel.id),
      gestapeld: tabel.kolommen.length > 1,
      ...(PER_MAAND.includes(tabel.id) ? { rijNaam: maand } : {}),
    };
    if (regio) return eigen ? <Grafiek {...gemeen} tabel={grafiekVanRegio(eigen)} /> : <p>{t('grafieken.leeg')}</p>;
    return (
      <Grafiek
        {...gemeen}
        tabel={samen.tabel}
        grenzen={{ ...samen.grenzen, onbekend: t('statistiek.grafiek.onbekend'), rest: t('statistiek.grafiek.rest'), uitleg: t('statistiek.grafiek.ondergrensUitleg') }}
      />
    );
  };

  return (
    <Pagina titel={t('statistiek.titel')} intro={t('statistiek.intro')}>
      {beeld.data && perioden.length === 0 && <p>{t('statistiek.leeg')}</p>}
      {(beeld.bezig || beeld.fout) && <Tabel<Kerncijfer> label={t('statistiek.titel')} kaal rijen={null} bezig={beeld.bezig} fout={beeld.fout} sleutel={(k) => k} kolommen={[]} />}
      {p && (
        <>
          <Sectie titel={t('statistiek.periode')} uitleg={t('statistiek.regelUitleg')}>
            <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
              <Keuzeveld
                label={t('statistiek.periode')}
                value={p.periode}
                onChange={(e) => (setPeriode(String(e.target.value)), setWeergave(SAMEN))}
                opties={perioden.map((x) => ({ waarde: x.periode, label: `${x.periodeNaam} (${x.periode})` }))}
                sx={{ minWidth: 280 }}
              />
              <Keuzeveld
                label={t('statistiek.weergave')}
                value={regio ? regio.bundelId : SAMEN}
                onChange={(e) => setWeergave(String(e.target.value))}
                opties={[{ waarde: SAMEN, label: t('statistiek.samengevoegd') }, ...geldig.map((b) => ({ waarde: b.bundelId, label: regioNaam(b) }))]}
                sx={{ minWidth: 320 }}
              />
            </div>
          </Sectie>
          <Sectie titel={t('statistiek.kerncijfers')}>
            <Tabel<Kerncijfer>
              label={t('statistiek.kerncijfers')}
              kaal
              dicht
              testid="landelijk-kerncijfers"
              rijen={[...KERNCIJFERS]}
              sleutel={(k) => k}
              kolommen={[
                { id: 'naam', kop: t('statistiek.kerncijfer'), cel: (k) => naamVan(k), rijkop: true, nowrap: true },
                ...geldig.map((b) => ({ id: b.bundelId, kop: <abbr title={b.inhoud.regio}>{b.regiocode}</abbr>, cel: (k: Kerncijfer) => celTekst(celVan(b.inhoud.kerncijfers[k])), uitlijning: 'right' as const })),
                { id: 'landelijk', kop: t('statistiek.landelijk'), cel: (k) => samenCelTekst(p.kerncijfers[k]!), uitlijning: 'right' as const },
              ]}
            />
          </Sectie>
          {p.tabellen.map((tabel) => (
            <Sectie key={tabel.id} titel={tabel.titel} uitleg={regio ? t('statistiek.grafiek.regio', { regio: regio.inhoud.regio, code: regio.regiocode }) : t('statistiek.grafiek.samen', { count: geldig.length })}>
              {grafiek(tabel)}
            </Sectie>
          ))}
          <Sectie titel={t('statistiek.bronnenTitel')} uitleg={t('statistiek.bronnenUitleg')}>
            <Tabel<StatistiekBron>
              label={t('statistiek.bronnenTitel')}
              kaal
              dicht
              testid="landelijk-bronnen"
              rijen={p.bronnen}
              sleutel={(b) => b.bundelId}
              kolommen={[
                { id: 'regio', kop: t('statistiek.kolom.regio'), cel: (b) => regioNaam(b), rijkop: true },
                { id: 'afzender', kop: t('statistiek.kolom.afzender'), cel: (b) => `${b.van.naam} (${b.van.code})` },
                { id: 'vingerafdruk', kop: t('statistiek.kolom.vingerafdruk'), cel: (b) => <code style={{ fontSize: '0.8rem' }}>{b.vingerafdruk}</code> },
                { id: 'aangemaakt', kop: t('statistiek.kolom.aangemaakt'), cel: (b) => nlDatumTijd(b.aangemaakt), nowrap: true },
                { id: 'ingelezen', kop: t('statistiek.kolom.ingelezen'), cel: (b) => nlDatumTijd(b.ingelezenOp), nowrap: true },
                {
                  id: 'status',
                  kop: t('statistiek.kolom.status'),
                  cel: (b) => (b.vervangen ? t('statistiek.vervangenDoor', { datum: nlDatumTijd(vervanger(b)?.aangemaakt ?? '') }) : t('statistiek.meegeteld')),
                },
              ]}
            />
          </Sectie>
        </>
      )}
    </Pagina>
  );
}
