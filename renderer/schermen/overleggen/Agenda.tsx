import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import AddOutlinedIcon from '@mui/icons-material/AddOutlined';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import PlaylistAddOutlinedIcon from '@mui/icons-material/PlaylistAddOutlined';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import { useTranslation } from 'react-i18next';
import { ZORG_BESLUITEN, type Agendakandidaat, type Agendapunt, type OverlegDetail } from '@shared/domein/overleg';
import type { Partner } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum } from '../../opmaak';
import { FormDialoog } from '../../componenten/FormDialoog';
import { ActieFout } from '../../componenten/ActieFout';
import { Sectie } from '../../componenten/Sectie';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { MetMarkers } from '../../componenten/Redactie';
import { Besluitsamenvatting } from './Besluitsamenvatting';
import { Overwegingen, SamenstellenDialoog, redenTekst } from './Samenstellen';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { useDialoog } from '../../componenten/useDialoog';

/**
 * The agenda builder: compose from what is ready, add a dossier or signal, order with buttons (no
 * dragging needed), edit the partners proposed to act, and see exactly one attendee's version —
 * withheld lines name the article that withholds them (art. 9.4, 18.2, 21.5, 21.8).
 */
export function Agenda({
  detail,
  partners,
  weergaveVoor,
  onWeergaveVoor,
  onGewijzigd,
}: {
  detail: OverlegDetail;
  partners: Partner[];
  weergaveVoor: number | null;
  onWeergaveVoor(id: number | null): void;
  onGewijzigd(): void;
}) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const toevoegen = useDialoog();
  const samenstellenDialoog = useDialoog();
  const [succes, setSucces] = useState<string | null>(null);
  const [overwegingen, setOverwegingen] = useState<Agendakandidaat[] | null>(null);
  const [geenToegevoegd, setGeenToegevoegd] = useState(false);
  const [geselecteerd, setGeselecteerd] = useState<Set<number>>(new Set());
  const snel = detail.soort === 'zorgoverleg' && detail.status === 'agenda-vastgesteld' && weergaveVoor === null && mag('overleg.besluiten');
  const focusNa = useRef<{ puntId: number; knop: 'omhoog' | 'omlaag' } | null>(null);
  const lijstRef = useRef<HTMLOListElement>(null);
  const bewerken = detail.status === 'gepland' && weergaveVoor === null && mag('overleg.puntToevoegen');
  const kijkers = detail.deelnemers.filter((d): d is typeof d & { partnerId: number } => d.partnerId !== null);

  // After a move the focus stays on the same button of the same item, wherever it went.
  useEffect(() => {
    const f = focusNa.current;
    if (!f || !lijstRef.current) return;
    focusNa.current = null;
    const punt = lijstRef.current.querySelector<HTMLElement>(`[data-punt="${f.puntId}"]`);
    const knop = punt?.querySelector<HTMLButtonElement>(`[data-knop="${f.knop}"]:not([disabled])`) ?? punt?.querySelector<HTMLButtonElement>('[data-knop]:not([disabled])');
    knop?.focus();
  }, [detail]);

  const samengesteld = (aantal: number, kandidaten: Agendakandidaat[]) => {
    setOverwegingen(kandidaten);
    if (aantal > 0) {
      setGeenToegevoegd(false);
      setSucces(t('overleg.agenda.samengesteld', { count: aantal }));
    } else setGeenToegevoegd(true);
    onGewijzigd();
  };
  // A zorgoverleg may have hundreds of signals: choose with filters. A casusoverleg takes what it can decide.
  const samenstellen = async () => {
    if (detail.soort === 'zorgoverleg') return samenstellenDialoog.openen();
    const r = await actie.uitvoeren(() => roep('overleg.agendaSamenstellen', { id: detail.id }));
    if (r) samengesteld(r.toegevoegd, r.kandidaten);
  };

  const geselecteerdVerwijderen = async () => {
    const ids = detail.punten.filter((p) => geselecteerd.has(p.id)).map((p) => p.id);
    const r = await actie.uitvoeren(() => roep('overleg.puntenVerwijderen', { overlegId: detail.id, puntIds: ids }));
    if (r) {
      setGeselecteerd(new Set());
      setSucces(t('overleg.agenda.verwijderdMeer', { count: r.verwijderd }));
      onGewijzigd();
    }
  };

  const snelBesluiten = async (p: Agendapunt, besluit: (typeof ZORG_BESLUITEN)[number]) => {
    const r = await actie.uitvoeren(() => roep('overleg.besluiten', { puntId: p.id, besluit, kwalificatie: '', notities: '', interventies: [] }));
    if (r) {
      setSucces(t('overleg.agenda.snelBesloten', { titel: p.titel, besluit: t(`overleg.besluiten.${besluit}`) }));
      onGewijzigd();
    }
  };

  const verplaats = async (index: number, richting: -1 | 1) => {
    const ids = detail.punten.map((p) => p.id);
    const doel = index + richting;
    if (doel < 0 || doel >= ids.length) return;
    [ids[index], ids[doel]] = [ids[doel]!, ids[index]!];
    focusNa.current = { puntId: detail.punten[index]!.id, knop: richting < 0 ? 'omhoog' : 'omlaag' };
    const r = await actie.uitvoeren(() => roep('overleg.volgorde', { overlegId: detail.id, puntIds: ids }));
    if (r) onGewijzigd();
  };

  const verwijder = async (p: Agendapunt) => {
    const r = await actie.uitvoeren(() => roep('overleg.puntVerwijderen', { puntId: p.id }));
    if (r) {
      setSucces(t('overleg.agenda.verwijderd', { titel: p.titel }));
      onGewijzigd();
    }
  };

  const partnersWijzigen = async (p: Agendapunt, ids: number[]) => {
    const r = await actie.uitvoeren(() => roep('overleg.voorgesteldePartners', { puntId: p.id, partnerIds: ids }));
    if (r) onGewijzigd();
  };

  const gekozen = kijkers.find((d) => d.partnerId === weergaveVoor);

  return (
    <Sectie
      titel={t('overleg.agenda.titel')}
      uitleg={detail.status === 'gepland' ? t('overleg.agenda.uitlegGepland') : detail.status === 'agenda-vastgesteld' ? t('overleg.agenda.uitlegVast') : t('overleg.agenda.uitlegGehouden')}
      acties={
        bewerken && (
          <>
            <Button variant="contained" startIcon={<PlaylistAddOutlinedIcon />} onClick={() => void samenstellen()} disabled={actie.bezig}>
              {t('overleg.agenda.samenstellen')}
            </Button>
            <Button variant="outlined" startIcon={<AddOutlinedIcon />} onClick={() => toevoegen.openen()}>
              {t('overleg.agenda.toevoegen')}
            </Button>
          </>
        )
      }
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Keuzeveld label={t('overleg.agenda.bekijkAls')} value={weergaveVoor ?? ''} onChange={(e) => onWeergaveVoor(e.target.value === '' ? null : Number(e.target.value))} sx={{ minWidth: 340 }} leeg={t('overleg.agenda.volledig')} opties={kijkers.map((d) => ({ waarde: d.partnerId, label: d.organisatie }))} />
        <Typography variant="body2" color="text.secondary" role="status">
          {t('overleg.agenda.aantal', { count: detail.punten.length })}
        </Typography>
      </Box>
      {detail.weergaveVoor && (
        <Alert severity="info" icon={<VisibilityOffOutlinedIcon />} sx={{ mb: 2 }} data-testid="weergave-voor">
          {t('overleg.agenda.weergaveVoor', { naam: detail.weergaveVoor.naam })}
        </Alert>
      )}
      {weergaveVoor !== null && !detail.weergaveVoor && gekozen && <Alert severity="info">{t('overleg.agenda.laden')}</Alert>}
      <Succes tekst={succes} onSluiten={() => setSucces(null)} />
      {geenToegevoegd && (
        <Alert severity="info" sx={{ mb: 2 }} onClose={() => setGeenToegevoegd(false)} data-testid="niets-toegevoegd">
          {t('overleg.samenstellen.nietsToegevoegd')}
        </Alert>
      )}
      <ActieFout actie={actie} />
      {bewerken && overwegingen && <Overwegingen kandidaten={overwegingen} />}
      {bewerken && geselecteerd.size > 0 && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5 }}>
          <Button variant="outlined" color="error" onClick={() => void geselecteerdVerwijderen()} disabled={actie.bezig}>
            {t('overleg.agenda.geselecteerdVerwijderen', { count: geselecteerd.size })}
          </Button>
          <Button onClick={() => setGeselecteerd(new Set())}>{t('overleg.samenstellen.nietsKiezen')}</Button>
        </Box>
      )}
      {detail.punten.length === 0 ? (
        <Typography color="text.secondary">{detail.status === 'gepland' ? t('overleg.agenda.leegGepland') : t('overleg.agenda.leeg')}</Typography>
      ) : (
        <Box component="ol" ref={lijstRef} aria-label={t('overleg.agenda.titel')} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
          {detail.punten.map((p, i) => (
            <Paper component="li" key={p.id} variant="outlined" data-punt={p.id} sx={{ p: 2 }}>
              <Punt punt={p} nummer={i + 1} partners={partners} bewerken={bewerken} onPartners={(ids) => void partnersWijzigen(p, ids)} />
              {snel && p.status === 'open' && p.soort === 'signaal' && (
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1.5 }} role="group" aria-label={t('overleg.agenda.snelBesluit', { titel: p.titel })}>
                  {ZORG_BESLUITEN.map((b) => (
                    <Button key={b} size="small" variant="outlined" disabled={actie.bezig} onClick={() => void snelBesluiten(p, b)}>
                      {t(`overleg.besluiten.${b}`)}
                      <Verborgen>{p.titel}</Verborgen>
                    </Button>
                  ))}
                </Box>
              )}
              {bewerken && (
                <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 1.5 }}>
                  <FormControlLabel
                    sx={{ mr: 1 }}
                    control={
                      <Checkbox
                        size="small"
                        checked={geselecteerd.has(p.id)}
                        onChange={(e) =>
                          setGeselecteerd((g) => {
                            const n = new Set(g);
                            if (e.target.checked) n.add(p.id);
                            else n.delete(p.id);
                            return n;
                          })
                        }
                      />
                    }
                    label={
                      <>
                        {t('overleg.agenda.selecteren')}
                        <Verborgen>{p.titel}</Verborgen>
                      </>
                    }
                  />
                  <Button size="small" variant="outlined" startIcon={<ArrowUpwardIcon />} data-knop="omhoog" disabled={i === 0 || actie.bezig} onClick={() => void verplaats(i, -1)}>
                    {t('overleg.agenda.omhoog')}
                    <Verborgen>{p.titel}</Verborgen>
                  </Button>
                  <Button size="small" variant="outlined" startIcon={<ArrowDownwardIcon />} data-knop="omlaag" disabled={i === detail.punten.length - 1 || actie.bezig} onClick={() => void verplaats(i, 1)}>
                    {t('overleg.agenda.omlaag')}
                    <Verborgen>{p.titel}</Verborgen>
                  </Button>
                  <Button size="small" color="error" onClick={() => void verwijder(p)} disabled={actie.bezig}>
                    {t('overleg.agenda.verwijderen')}
                    <Verborgen>{p.titel}</Verborgen>
                  </Button>
                </Box>
              )}
            </Paper>
          ))}
        </Box>
      )}
      <ToevoegenDialoog
        open={toevoegen.open}
        detail={detail}
        onSluiten={toevoegen.sluiten}
        onKlaar={toevoegen.klaar((titel: string) => {
          setSucces(t('overleg.agenda.toegevoegd', { titel }));
          onGewijzigd();
        })}
      />
      <SamenstellenDialoog open={samenstellenDialoog.open} detail={detail} onSluiten={samenstellenDialoog.sluiten} onKlaar={samenstellenDialoog.klaar(samengesteld)} />
    </Sectie>
  );
}

function Punt({ punt: p, nummer, partners, bewerken, onPartners }: { punt: Agendapunt; nummer: number; partners: Partner[]; bewerken: boolean; onPartners(ids: number[]): void }) {
  const { t } = useTranslation();
  const keuze = partners.filter((x) => (x.rol === 'partij' || x.rol === 'ontvanger') && x.status !== 'uitgetreden');
  const gekozen = p.voorgesteldePartners.map((x) => x.id);
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 1, mb: 1 }}>
        <Typography variant="h3" component="h3" sx={{ mr: 1 }}>
          {nummer}. {p.titel}
        </Typography>
        <Chip size="small" variant="outlined" label={t(`overleg.punt.soort.${p.soort}`)} />
        {p.fase !== null && <Chip size="small" variant="outlined" label={t('overleg.punt.fase', { fase: p.fase })} />}
        <Chip size="small" label={t(`overleg.punt.status.${p.status}`)} color={p.status === 'besproken' ? 'success' : p.status === 'doorgeschoven' ? 'warning' : 'default'} data-puntstatus={p.status} />
      </Box>
      {p.samenvatting && (
        <Typography sx={{ whiteSpace: 'pre-line', mb: 1.5, maxWidth: '85ch' }} data-testid="samenvatting">
          <MetMarkers tekst={p.samenvatting} />
        </Typography>
      )}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(170px, max-content) 1fr' }, columnGap: 2, rowGap: 0.75, m: 0 }}>
        <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
          {t('overleg.punt.signalen')}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid="aantal-signalen">
          {p.aantalSignalen}
        </Typography>
        <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
          {t('overleg.punt.bronnen')}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid="bronnen">
          {p.bronnen.join('; ') || t('algemeen.leeg')}
        </Typography>
        <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
          {t('overleg.punt.indicatoren')}
        </Typography>
        <Box component="dd" sx={{ m: 0 }}>
          {p.indicatoren.length === 0 ? (
            <Typography variant="body2">{t('algemeen.leeg')}</Typography>
          ) : (
            <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
              {p.indicatoren.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </Box>
          )}
        </Box>
        <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
          {t('overleg.punt.voorgesteld')}
        </Typography>
        <Box component="dd" sx={{ m: 0 }}>
          {bewerken ? (
            <TextField
              select
              size="small"
              label={t('overleg.punt.voorgesteldLabel', { titel: p.titel })}
              value={gekozen}
              onChange={(e) => {
                const v = e.target.value as unknown as number[] | string;
                onPartners(typeof v === 'string' ? v.split(',').map(Number) : v);
              }}
              sx={{ minWidth: 320, maxWidth: 640, width: '100%', mt: 0.5 }}
              slotProps={{
                select: {
                  multiple: true,
                  renderValue: (ids) => (ids as number[]).map((id) => keuze.find((x) => x.id === id)?.naam ?? p.voorgesteldePartners.find((x) => x.id === id)?.naam ?? id).join('; '),
                },
              }}
            >
              {keuze.map((x) => (
                <MenuItem key={x.id} value={x.id}>
                  <Checkbox checked={gekozen.includes(x.id)} size="small" sx={{ p: 0.5, mr: 1 }} />
                  <ListItemText primary={x.naam} />
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <Typography variant="body2" data-testid="voorgesteld">
              {p.voorgesteldePartners.map((x) => x.naam).join('; ') || t('algemeen.leeg')}
            </Typography>
          )}
        </Box>
      </Box>
      {p.afgeschermd.length > 0 && (
        <Alert severity="info" icon={<VisibilityOffOutlinedIcon />} sx={{ mt: 1.5 }} data-testid="afgeschermd">
          {p.afgeschermd.map((regel) => (
            <div key={regel}>{t('overleg.punt.nietInVersie', { regel })}</div>
          ))}
        </Alert>
      )}
      {p.status === 'besproken' && <Besluitsamenvatting punt={p} />}
    </>
  );
}

/** Adds one item by hand: only what this meeting can decide on; the rest is shown, not choosable, with why (ADR 0033). */
function ToevoegenDialoog({ open, detail, onSluiten, onKlaar }: { open: boolean; detail: OverlegDetail; onSluiten(): void; onKlaar(titel: string): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [keuze, setKeuze] = useState<string>('');
  const [kandidaten, setKandidaten] = useState<Agendakandidaat[]>([]);
  const { wissen, uitvoeren } = actie;

  useEffect(() => {
    if (!open) return;
    setKeuze('');
    wissen();
    void uitvoeren(() => roep('overleg.kandidaten', { id: detail.id })).then((l) => l && setKandidaten(l.filter((k) => !k.opAgenda)));
  }, [open, detail.id, wissen, uitvoeren]);

  const gekozen = kandidaten.find((k) => `${k.soort}:${k.id}` === keuze);
  const verzenden = async () => {
    const r = await actie.uitvoeren(() => roep('overleg.agendaSamenstellen', { id: detail.id, keuze: gekozen ? [{ soort: gekozen.soort, id: gekozen.id }] : [] }), { keuze: !gekozen && t('overleg.agenda.kiesPunt') });
    if (r && gekozen) onKlaar(gekozen.nummer);
  };
  const besluitbaar = kandidaten.filter((k) => k.besluitbaar);
  const niet = kandidaten.filter((k) => !k.besluitbaar);
  return (
    <FormDialoog open={open} breed titel={t('overleg.agenda.toevoegen')} actie={actie} verzendTekst={t('algemeen.toevoegen')} bekendeVelden={['keuze']} onSluiten={onSluiten} onVerzenden={() => void verzenden()}>
      <Veld actie={actie} pad="keuze" select label={t('overleg.agenda.kiesPunt')} value={keuze} onChange={(e) => setKeuze(String(e.target.value))} autoFocus required helperText={besluitbaar.length === 0 ? t('overleg.agenda.geenBesluitbaar') : undefined}>
        {besluitbaar.map((k) => (
          <MenuItem key={`${k.soort}:${k.id}`} value={`${k.soort}:${k.id}`}>
            {t(`overleg.punt.soort.${k.soort}`)} {k.nummer}
            {k.omschrijving ? ` ${k.omschrijving}` : ''}
            {k.datum ? ` — ${nlDatum(k.datum)}` : ''}
            {k.fase !== null ? ` — ${t('overleg.punt.fase', { fase: k.fase })}` : ''}
            {k.bron ? ` — ${k.bron}` : ''}
          </MenuItem>
        ))}
      </Veld>
      {niet.length > 0 && (
        <Box component="section" aria-labelledby="niet-besluitbaar-kop">
          <Typography id="niet-besluitbaar-kop" variant="h3" component="h3" sx={{ mb: 1 }}>
            {t('overleg.agenda.nietBesluitbaar', { count: niet.length })}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2', display: 'grid', gap: 0.5, maxHeight: 280, overflowY: 'auto' }} tabIndex={0} aria-labelledby="niet-besluitbaar-kop">
            {niet.map((k) => (
              <li key={`${k.soort}:${k.id}`} data-kandidaat={`${k.soort}:${k.id}`}>
                <strong>
                  {k.nummer}
                  {k.omschrijving ? ` ${k.omschrijving}` : ''}
                </strong>
                {' — '}
                {redenTekst(k)}
              </li>
            ))}
          </Box>
        </Box>
      )}
    </FormDialoog>
  );
}
