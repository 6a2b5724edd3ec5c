import { useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Agendakandidaat, OverlegDetail } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { woordMelding } from '../../i18n/meldingen';
import { nlDatum } from '../../opmaak';
import { dagenErbij, vandaag } from '@shared/datum';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { useActie } from '../../componenten/useActie';

/** A candidate's reason in the user's language ("Dossier D-… is in de stap …", ADR 0033). */
export const redenTekst = (k: Agendakandidaat): string => woordMelding(k.reden.code, k.reden.parameters);

const PER_KEER = 25;

/**
 * Why each candidate is or is not on the agenda, after composing (ADR 0033): what was not added is
 * listed with its reason, so "0 punten toegevoegd" never stands alone.
 */
export function Overwegingen({ kandidaten }: { kandidaten: Agendakandidaat[] }) {
  const { t } = useTranslation();
  const niet = kandidaten.filter((k) => !k.opAgenda);
  if (niet.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="overwegingen-kop" sx={{ mb: 2 }} data-testid="overwegingen">
      <Typography id="overwegingen-kop" variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('overleg.samenstellen.nietOpAgenda', { count: niet.length })}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2', display: 'grid', gap: 0.5 }}>
        {niet.slice(0, PER_KEER).map((k) => (
          <li key={`${k.soort}${k.id}`} data-kandidaat={`${k.soort}:${k.id}`}>
            <strong>
              {k.nummer}
              {k.omschrijving ? ` ${k.omschrijving}` : ''}
            </strong>
            {' — '}
            {redenTekst(k)}
          </li>
        ))}
      </Box>
      {niet.length > PER_KEER && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('overleg.samenstellen.enMeer', { count: niet.length - PER_KEER })}
        </Typography>
      )}
    </Box>
  );
}

type Leeftijd = 'alle' | 'nieuw' | '30' | '90';

/**
 * Composing a zorgoverleg agenda from a long list of signals (ADR 0033): by default the decidable,
 * undiscussed signals received since the last zorgoverleg are ticked; filters on phase, source and
 * age; a page of 25 at a time with "more"; undecidable signals shown, not tickable, with the reason.
 */
export function SamenstellenDialoog({ open, detail, onSluiten, onKlaar }: { open: boolean; detail: OverlegDetail; onSluiten(): void; onKlaar(aantal: number, kandidaten: Agendakandidaat[]): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const { wissen, uitvoeren } = actie;
  const [kandidaten, setKandidaten] = useState<Agendakandidaat[]>([]);
  const [gekozen, setGekozen] = useState<Set<string>>(new Set());
  const [fase, setFase] = useState<number | ''>('');
  const [bron, setBron] = useState('');
  const [leeftijd, setLeeftijd] = useState<Leeftijd>('nieuw');
  const [zichtbaar, setZichtbaar] = useState(PER_KEER);
  const sleutel = (k: Agendakandidaat) => `${k.soort}:${k.id}`;

  useEffect(() => {
    if (!open) return;
    wissen();
    setZichtbaar(PER_KEER);
    void uitvoeren(() => roep('overleg.kandidaten', { id: detail.id })).then((l) => {
      if (!l) return;
      setKandidaten(l);
      setGekozen(new Set(l.filter((k) => k.besluitbaar && !k.opAgenda && k.nieuw && !k.besproken).map(sleutel)));
    });
  }, [open, detail.id, wissen, uitvoeren]);

  const bronnen = useMemo(() => [...new Set(kandidaten.map((k) => k.bron).filter((b): b is string => !!b))].sort(), [kandidaten]);
  const fasen = useMemo(() => [...new Set(kandidaten.map((k) => k.fase).filter((f): f is number => f !== null))].sort(), [kandidaten]);
  const grens = (dagen: number) => dagenErbij(vandaag(), -dagen);
  const gefilterd = kandidaten.filter(
    (k) =>
      !k.opAgenda &&
      (fase === '' || k.fase === fase) &&
      (bron === '' || k.bron === bron) &&
      (leeftijd === 'alle' || (leeftijd === 'nieuw' ? k.nieuw : (k.datum ?? '') >= grens(Number(leeftijd)))),
  );
  const besluitbaar = gefilterd.filter((k) => k.besluitbaar);
  const aantalGekozen = kandidaten.filter((k) => gekozen.has(sleutel(k))).length;
  const zet = (k: Agendakandidaat, aan: boolean) =>
    setGekozen((g) => {
      const n = new Set(g);
      if (aan) n.add(sleutel(k));
      else n.delete(sleutel(k));
      return n;
    });

  const verzenden = async () => {
    const keuze = kandidaten.filter((k) => gekozen.has(sleutel(k))).map((k) => ({ soort: k.soort, id: k.id }));
    const r = await actie.uitvoeren(() => roep('overleg.agendaSamenstellen', { id: detail.id, keuze }));
    if (r) onKlaar(r.toegevoegd, r.kandidaten);
  };

  return (
    <FormDialoog
      open={open}
      breed
      titel={t('overleg.samenstellen.titel')}
      uitleg={<Typography variant="body2">{t('overleg.samenstellen.uitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('overleg.samenstellen.toevoegen', { count: aantalGekozen })}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <Keuzeveld label={t('overleg.samenstellen.leeftijd')} value={leeftijd} onChange={(e) => setLeeftijd(e.target.value as Leeftijd)} sx={{ minWidth: 240 }} opties={(['nieuw', '30', '90', 'alle'] as const).map((w) => ({ waarde: w, label: t(`overleg.samenstellen.leeftijden.${w}`) }))} />
        <Keuzeveld label={t('overleg.samenstellen.fase')} value={fase} onChange={(e) => setFase(e.target.value === '' ? '' : Number(e.target.value))} sx={{ minWidth: 140 }} leeg={t('overleg.samenstellen.alle')} opties={fasen.map((f) => ({ waarde: f, label: t('overleg.punt.fase', { fase: f }) }))} />
        <Keuzeveld label={t('overleg.samenstellen.bron')} value={bron} onChange={(e) => setBron(e.target.value)} sx={{ minWidth: 260 }} leeg={t('overleg.samenstellen.alle')} opties={bronnen.map((b) => ({ waarde: b, label: b }))} />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography variant="body2" role="status" sx={{ mr: 1 }}>
          {t('overleg.samenstellen.telling', { gekozen: aantalGekozen, count: gefilterd.length })}
        </Typography>
        <Button size="small" onClick={() => setGekozen((g) => new Set([...g, ...besluitbaar.map(sleutel)]))}>
          {t('overleg.samenstellen.alleKiezen')}
        </Button>
        <Button size="small" onClick={() => setGekozen(new Set())}>
          {t('overleg.samenstellen.nietsKiezen')}
        </Button>
      </Box>
      <Box component="ul" aria-label={t('overleg.samenstellen.kandidaten')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.5 }}>
        {gefilterd.slice(0, zichtbaar).map((k) => (
          <li key={sleutel(k)} data-kandidaat={sleutel(k)}>
            <FormControlLabel
              disabled={!k.besluitbaar}
              control={<Checkbox size="small" checked={gekozen.has(sleutel(k))} onChange={(e) => zet(k, e.target.checked)} />}
              label={
                <Box component="span" sx={{ display: 'block' }}>
                  <Box component="span" sx={{ fontWeight: 600 }}>
                    {k.nummer}
                  </Box>
                  {k.datum ? ` — ${nlDatum(k.datum)}` : ''}
                  {k.fase !== null ? ` — ${t('overleg.punt.fase', { fase: k.fase })}` : ''}
                  {k.bron ? ` — ${k.bron}` : ''}
                  {k.besproken ? ` — ${t('overleg.samenstellen.besproken')}` : ''}
                  {!k.besluitbaar && (
                    <Box component="span" sx={{ display: 'block', typography: 'body2', color: 'text.secondary' }}>
                      {redenTekst(k)}
                    </Box>
                  )}
                </Box>
              }
            />
          </li>
        ))}
      </Box>
      {gefilterd.length > zichtbaar && (
        <Button onClick={() => setZichtbaar((z) => z + PER_KEER)} sx={{ alignSelf: 'flex-start' }}>
          {t('overleg.samenstellen.meer', { count: Math.min(PER_KEER, gefilterd.length - zichtbaar), rest: gefilterd.length - zichtbaar })}
        </Button>
      )}
    </FormDialoog>
  );
}
