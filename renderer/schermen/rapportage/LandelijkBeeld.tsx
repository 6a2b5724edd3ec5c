import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { celTekst } from '../../../shared/domein/analyse';
import { celVan, KERNCIJFERS, samenCelTekst, type Kerncijfer, type SamenCel, type StatistiekBron, type Statistiektabel, type LandelijkePeriode } from '../../../shared/domein/statistiek';
import { roep } from '../../api/client';
import { nlDatumTijd } from '../../opmaak';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { Pagina } from '../../componenten/Pagina';
import { Sectie } from '../../componenten/Sectie';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';

const SAMEN = 'samen';

interface Regel {
  naam: string;
  cellen: string[];
  totaal: string;
}

/** One table as rows of shown texts, with a total row. */
function Tekstentabel({ id, titel, rijkop, regels, kolommen, totaalKop }: { id: string; titel: string; rijkop: string; regels: Regel[]; kolommen: string[]; totaalKop: string }) {
  return (
    <Tabel<Regel>
      label={titel}
      kaal
      dicht
      testid={`landelijk-${id}`}
      rijen={regels}
      sleutel={(r) => r.naam}
      kolommen={[
        { id: 'naam', kop: rijkop, cel: (r) => r.naam, rijkop: true, nowrap: true },
        ...kolommen.map((k, i) => ({ id: `k${i}`, kop: k, cel: (r: Regel) => r.cellen[i] ?? '', uitlijning: 'right' as const, nowrap: true })),
        { id: 'totaal', kop: totaalKop, cel: (r: Regel) => r.totaal, uitlijning: 'right' as const, nowrap: true },
      ]}
    />
  );
}

const regioRegels = (t: Statistiektabel, totaal: string): Regel[] => [
  ...t.rijen.map((r, i) => ({ naam: r, cellen: t.cellen[i]!.map((c) => celTekst(celVan(c))), totaal: celTekst(celVan(t.rijtotalen[i]!)) })),
  { naam: totaal, cellen: t.kolomtotalen.map((c) => celTekst(celVan(c))), totaal: celTekst(celVan(t.totaal)) },
];

/**
 * Landelijk beeld (art. 19, 22.6, 31; docs/ontwerp.md §13, ADR 0041): at the EMM or the Nationaal Rapporteur, the
 * regions' statistics bundles merged per half year — the same tables as the half-yearly report, a number where
 * every region's part is known and a lower bound or "< 5" where one was hidden — with the key figures per region
 * side by side and the signed bundle every figure comes from.
 */
export function LandelijkBeeld() {
  const { t } = useTranslation();
  const beeld = useLaden(() => roep('landelijk.beeld', {}), []);
  const [periode, setPeriode] = useState('');
  const [weergave, setWeergave] = useState(SAMEN);
  const perioden = beeld.data?.perioden ?? [];
  const p: LandelijkePeriode | undefined = perioden.find((x) => x.periode === periode) ?? perioden[0];
  const geldig = (p?.bronnen ?? []).filter((b) => !b.vervangen);
  const regio: StatistiekBron | undefined = geldig.find((b) => b.bundelId === weergave);
  const naamVan = (k: Kerncijfer) => t(`statistiek.kerncijfernamen.${k}`);

  return (
    <Pagina titel={t('statistiek.titel')} intro={t('statistiek.intro')}>
      {beeld.data && perioden.length === 0 && <p>{t('statistiek.leeg')}</p>}
      {(beeld.bezig || beeld.fout) && <Tabel<Regel> label={t('statistiek.titel')} kaal rijen={null} bezig={beeld.bezig} fout={beeld.fout} sleutel={(r) => r.naam} kolommen={[]} />}
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
                opties={[{ waarde: SAMEN, label: t('statistiek.samengevoegd') }, ...geldig.map((b) => ({ waarde: b.bundelId, label: t('statistiek.regioWeergave', { regio: b.inhoud.regio, code: b.van.code }) }))]}
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
                ...geldig.map((b) => ({ id: b.bundelId, kop: b.van.code, cel: (k: Kerncijfer) => celTekst(celVan(b.inhoud.kerncijfers[k])), uitlijning: 'right' as const })),
                { id: 'landelijk', kop: t('statistiek.landelijk'), cel: (k) => samenCelTekst(p.kerncijfers[k]!), uitlijning: 'right' as const },
              ]}
            />
          </Sectie>
          {p.tabellen.map((tabel) => {
            const eigen = regio?.inhoud.tabellen.find((x) => x.id === tabel.id);
            const tekst = (c: SamenCel) => samenCelTekst(c);
            const regels: Regel[] = eigen
              ? regioRegels(eigen, t('statistiek.totaal'))
              : [
                  ...tabel.rijen.map((r, i) => ({ naam: r, cellen: tabel.cellen[i]!.map(tekst), totaal: tekst(tabel.rijtotalen[i]!) })),
                  { naam: t('statistiek.totaal'), cellen: tabel.kolomtotalen.map(tekst), totaal: tekst(tabel.totaal) },
                ];
            return (
              <Sectie key={tabel.id} titel={tabel.titel} uitleg={regio ? t('statistiek.regioWeergave', { regio: regio.inhoud.regio, code: regio.van.code }) : t('statistiek.samengevoegd')}>
                <Tekstentabel id={tabel.id} titel={tabel.titel} rijkop={(eigen ?? tabel).rijkop} regels={regels} kolommen={(eigen ?? tabel).kolommen} totaalKop={t('statistiek.totaal')} />
              </Sectie>
            );
          })}
          <Sectie titel={t('statistiek.bronnenTitel')} uitleg={t('statistiek.bronnenUitleg')}>
            <Tabel<StatistiekBron>
              label={t('statistiek.bronnenTitel')}
              kaal
              dicht
              testid="landelijk-bronnen"
              rijen={p.bronnen}
              sleutel={(b) => b.bundelId}
              kolommen={[
                { id: 'regio', kop: t('statistiek.kolom.regio'), cel: (b) => b.inhoud.regio, rijkop: true },
                { id: 'afzender', kop: t('statistiek.kolom.afzender'), cel: (b) => `${b.van.naam} (${b.van.code})` },
                { id: 'vingerafdruk', kop: t('statistiek.kolom.vingerafdruk'), cel: (b) => <code style={{ fontSize: '0.8rem' }}>{b.vingerafdruk}</code> },
                { id: 'aangemaakt', kop: t('statistiek.kolom.aangemaakt'), cel: (b) => nlDatumTijd(b.aangemaakt), nowrap: true },
                { id: 'ingelezen', kop: t('statistiek.kolom.ingelezen'), cel: (b) => nlDatumTijd(b.ingelezenOp), nowrap: true },
                { id: 'status', kop: t('statistiek.kolom.status'), cel: (b) => (b.vervangen ? t('statistiek.vervangen') : t('statistiek.meegeteld')) },
              ]}
            />
          </Sectie>
        </>
      )}
    </Pagina>
  );
}
