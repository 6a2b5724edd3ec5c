import { useCallback, useEffect, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { useTranslation } from 'react-i18next';
import type { Contactpersoon, PartnerDetail as Detail } from '../../../shared/domein/partner';
import { maandenErbij } from '../../../shared/datum';
import type { Resultaat } from '../../../shared/fouten';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Bevestiging } from '../../componenten/Bevestiging';
import { DatumVeld } from '../../componenten/DatumVeld';
import { StatusChip } from '../../componenten/StatusChip';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { useActie, type Actie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { Verborgen } from '../../componenten/Verborgen';
import { MetDatums } from '../../componenten/MetDatums';

/** One partner: its data, contact persons (art. 30.1), accession (art. 4) or notice (art. 34.3). */
export function PartnerDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const naar = useNavigatie((s) => s.naar);
  const laadActie = useActie();
  const [p, setP] = useState<Detail | null>(null);
  const [succes, setSucces] = useState<string | null>(null);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const d = await uitvoeren(() => roep('partners.detail', { id }));
    if (d) setP(d);
  }, [uitvoeren, id]);

  useEffect(() => {
    void laden();
  }, [laden]);

  /** Every change answers with the new detail; show it and say what happened. */
  const bijgewerkt = (d: Detail, melding: string) => {
    setP(d);
    setSucces(melding);
  };

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={() => naar({ naam: 'partners' })} sx={{ mb: 1.5 }}>
        {t('partner.terug')}
      </Button>
      {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
      {!p && !laadActie.fout && (
        <Box role="status" sx={{ maxWidth: 480 }}>
          <Typography sx={{ mb: 1 }}>{t('partner.laden')}</Typography>
          <LinearProgress aria-hidden />
        </Box>
      )}
      {p && (
        <>
          <PaginaKop
            titel={p.naam}
            intro={
              <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
                <Box component="span" sx={{ fontFamily: 'monospace' }}>
                  {p.code}
                </Box>
                <span aria-hidden>·</span>
                <span>{t(`soorten.${p.soort}`)}</span>
                <StatusChip partner={p} />
              </Box>
            }
          />
          <Succes tekst={succes} onSluiten={() => setSucces(null)} />
          <Gegevens partner={p} onBijgewerkt={(d) => bijgewerkt(d, t('algemeen.opgeslagen'))} />
          {p.rol === 'kandidaat' && <Toetreding partner={p} onBijgewerkt={bijgewerkt} />}
          {p.rol === 'partij' && <Opzegging partner={p} onBijgewerkt={bijgewerkt} />}
          {p.rol === 'ontvanger' && (
            <Alert severity="info" sx={{ mb: 3 }}>
              {t('partner.ontvangerTekst')}
            </Alert>
          )}
          <Contactpersonen partner={p} onBijgewerkt={bijgewerkt} />
        </>
      )}
    </>
  );
}

function Gegevenslijst({ regels }: { regels: Array<[string, string]> }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(200px, max-content) 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}>
      {regels.map(([term, waarde]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {term}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {waarde}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function Gegevens({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [w, setW] = useState({ naam: p.naam, land: p.land, toelichting: p.toelichting });
  useEffect(() => {
    setW({ naam: p.naam, land: p.land, toelichting: p.toelichting });
  }, [p.naam, p.land, p.toelichting]);

  const datums: Array<[string, string]> = [
    ...(p.toetredingAangevraagdOp ? [[t('partner.aangevraagdOp'), nlDatum(p.toetredingAangevraagdOp)] as [string, string]] : []),
    ...(p.toegetredenOp ? [[t('partner.toegetredenOp'), nlDatum(p.toegetredenOp)] as [string, string]] : []),
    ...(p.opgezegdOp ? [[t('partner.opgezegdOp'), nlDatum(p.opgezegdOp)] as [string, string]] : []),
    ...(p.uitgetredenPer ? [[p.status === 'uitgetreden' ? t('partner.uitgetredenPer') : t('partner.uittredingPerLabel'), nlDatum(p.uitgetredenPer)] as [string, string]] : []),
  ];

  if (!mag('partners.wijzigen')) {
    return (
      <Sectie titel={t('partner.gegevens')}>
        <Gegevenslijst
          regels={[
            [t('partner.code'), p.code],
            [t('partner.naam'), p.naam],
            [t('partner.soort'), t(`soorten.${p.soort}`)],
            [t('partner.land'), p.land],
            ...datums,
            [t('partner.toelichting'), p.toelichting || t('algemeen.leeg')],
          ]}
        />
      </Sectie>
    );
  }

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    const d = await actie.uitvoeren(() => roep('partners.wijzigen', { id: p.id, naam: w.naam, land: w.land.trim().toUpperCase(), toelichting: w.toelichting }));
    if (d) onBijgewerkt(d);
  };

  return (
    <Sectie titel={t('partner.gegevens')}>
      <Box sx={{ mb: 2.5 }}>
        <Gegevenslijst regels={[[t('partner.code'), p.code], [t('partner.soort'), t(`soorten.${p.soort}`)], ...datums]} />
      </Box>
      <Box component="form" noValidate onSubmit={opslaan} aria-label={t('partner.gegevens')}>
        <Stack spacing={2.5} sx={{ maxWidth: 720 }}>
          {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['naam', 'land', 'toelichting']} />}
          <Veld actie={actie} pad="naam" label={t('partner.naam')} value={w.naam} onChange={(e) => setW({ ...w, naam: e.target.value })} required />
          <Veld actie={actie} pad="land" label={t('partner.land')} hulp={t('partner.landHulp')} value={w.land} onChange={(e) => setW({ ...w, land: e.target.value })} required slotProps={{ htmlInput: { maxLength: 2 } }} sx={{ maxWidth: 240 }} />
          <Veld actie={actie} pad="toelichting" label={t('partner.toelichting')} value={w.toelichting} onChange={(e) => setW({ ...w, toelichting: e.target.value })} multiline minRows={2} />
          <Box>
            <Button type="submit" variant="contained" disabled={actie.bezig}>
              {actie.bezig ? t('algemeen.bezig') : t('partner.opslaan')}
            </Button>
          </Box>
        </Stack>
      </Box>
    </Sectie>
  );
}

/** A date field with its own button, for the dated steps of art. 4 and 34.3. */
function DatumActie({
  actie,
  label,
  knop,
  datum,
  onDatum,
  onVerzenden,
  extra,
  knopKleur = 'primary',
}: {
  actie: Actie;
  label: string;
  knop: string;
  datum: string;
  onDatum(d: string): void;
  onVerzenden(): void;
  extra?: React.ReactNode;
  knopKleur?: 'primary' | 'warning';
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="form"
      noValidate
      aria-label={knop}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onVerzenden();
      }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <DatumVeld label={label} value={datum} onChange={(e) => onDatum(e.target.value)} fout={actie.veldfout('datum')} sx={{ maxWidth: 260 }} />
        <Button type="submit" variant="contained" color={knopKleur} disabled={actie.bezig} sx={{ mt: { sm: '2px' }, whiteSpace: 'nowrap' }}>
          {actie.bezig ? t('algemeen.bezig') : knop}
        </Button>
      </Stack>
      {extra}
    </Box>
  );
}

function Toetreding({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail, melding: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const verzoekActie = useActie();
  const instemActie = useActie();
  const toetredActie = useActie();
  const [verzoekDatum, setVerzoekDatum] = useState(vandaagNl());
  const [instemDatum, setInstemDatum] = useState(vandaagNl());
  const [toetreedDatum, setToetreedDatum] = useState(vandaagNl());
  const [bezigMet, setBezigMet] = useState<number | null>(null);

  /** Date fields are checked here, so the backend only ever sees JJJJ-MM-DD. */
  const metDatum = async (actie: Actie, tekst: string, aanroep: (iso: string) => Promise<Resultaat<Detail>>) => {
    const iso = naarIsoDatum(tekst);
    return actie.uitvoeren(() => aanroep(iso ?? ''), { datum: !iso && t('datum.ongeldig') });
  };

  const verzoek = async () => {
    const d = await metDatum(verzoekActie, verzoekDatum, (datum) => roep('partners.toetredingAanvragen', { id: p.id, datum }));
    if (d) onBijgewerkt(d, t('partner.verzoekVastgelegd'));
  };
  const instemmen = async (partij: { id: number; naam: string }) => {
    setBezigMet(partij.id);
    try {
      const d = await metDatum(instemActie, instemDatum, (datum) => roep('partners.instemmingVastleggen', { kandidaatId: p.id, partijId: partij.id, datum }));
      if (d) onBijgewerkt(d, t('partner.instemmingVastgelegd', { naam: partij.naam }));
    } finally {
      setBezigMet(null);
    }
  };
  const toetreden = async () => {
    const d = await metDatum(toetredActie, toetreedDatum, (datum) => roep('partners.toetredingVastleggen', { id: p.id, datum }));
    if (d) onBijgewerkt(d, t('partner.toetredingVastgelegd', { naam: d.naam }));
  };

  const beheren = mag('partners.toetredingVastleggen');
  const rijen = [
    ...p.instemmingen.map((i) => ({ id: i.partijId, code: i.partijCode, naam: i.partijNaam, instemming: i })),
    ...p.ontbrekendeInstemmingen.map((o) => ({ id: o.id, code: o.code, naam: o.naam, instemming: null })),
  ].sort((a, b) => a.code.localeCompare(b.code));
  const aantalPartijen = rijen.length;

  return (
    <Sectie titel={t('partner.toetreding')} uitleg={p.toetredingAangevraagdOp ? t('partner.toetredingUitleg') : t('partner.suggestieUitleg')}>
      {!p.toetredingAangevraagdOp ? (
        beheren && (
          <>
            {verzoekActie.fout && (
              <Box sx={{ mb: 2 }}>
                <FoutMelding fout={verzoekActie.fout} bekendeVelden={['datum']} />
              </Box>
            )}
            <DatumActie actie={verzoekActie} label={t('partner.verzoekDatum')} knop={t('partner.verzoekVastleggen')} datum={verzoekDatum} onDatum={setVerzoekDatum} onVerzenden={() => void verzoek()} />
          </>
        )
      ) : (
        <>
          <Typography variant="h3" component="h3" sx={{ mb: 0.5 }} id="instemmingen-kop">
            {t('partner.instemmingen')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="instemmingen-stand">
            {t('partner.instemmingenStand', { aantal: p.instemmingen.length, totaal: aantalPartijen })}
          </Typography>
          {beheren && p.ontbrekendeInstemmingen.length > 0 && (
            <Box sx={{ mb: 2 }}>
              <DatumVeld label={t('partner.instemmingDatum')} value={instemDatum} onChange={(e) => setInstemDatum(e.target.value)} fout={instemActie.veldfout('datum')} sx={{ maxWidth: 260 }} />
            </Box>
          )}
          {instemActie.fout && (
            <Box sx={{ mb: 2 }}>
              <FoutMelding fout={instemActie.fout} bekendeVelden={['datum']} />
            </Box>
          )}
          <TableContainer component={Paper} variant="outlined" sx={{ mb: 3 }}>
            <Table size="small" aria-labelledby="instemmingen-kop">
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('partner.code')}</TableCell>
                  <TableCell scope="col">{t('partner.partij')}</TableCell>
                  <TableCell scope="col">{t('partner.instemming')}</TableCell>
                  {beheren && (
                    <TableCell scope="col" align="right">
                      {t('algemeen.acties')}
                    </TableCell>
                  )}
                </TableRow>
              </TableHead>
              <TableBody>
                {rijen.map((r) => (
                  <TableRow key={r.id} data-partij={r.code}>
                    <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.85rem' }}>{r.code}</TableCell>
                    <TableCell component="th" scope="row">
                      {r.naam}
                    </TableCell>
                    <TableCell>
                      {r.instemming ? (
                        <Chip
                          size="small"
                          color="success"
                          label={t('partner.ingestemdOp', { datum: nlDatum(r.instemming.datum) })}
                          title={t('partner.vastgelegdDoor', { naam: r.instemming.vastgelegdDoor })}
                        />
                      ) : (
                        <Chip size="small" variant="outlined" color="warning" label={t('partner.ontbreekt')} />
                      )}
                    </TableCell>
                    {beheren && (
                      <TableCell align="right">
                        {!r.instemming && (
                          <Button size="small" variant="outlined" disabled={bezigMet !== null} onClick={() => void instemmen(r)}>
                            {bezigMet === r.id ? t('algemeen.bezig') : t('partner.instemmingVastleggen')}
                            <Verborgen>{t('partner.voorPartij', { naam: r.naam })}</Verborgen>
                          </Button>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {beheren && (
            <>
              <Typography variant="h3" component="h3" sx={{ mb: 1.5 }}>
                {t('partner.toetredingVastleggen')}
              </Typography>
              {p.ontbrekendeInstemmingen.length === 0 && (
                <Alert severity="success" sx={{ mb: 2 }}>
                  {t('partner.alleIngestemd')}
                </Alert>
              )}
              {toetredActie.fout && (
                <Box sx={{ mb: 2 }}>
                  <FoutMelding fout={toetredActie.fout} bekendeVelden={['datum']} />
                </Box>
              )}
              <DatumActie actie={toetredActie} label={t('partner.toetredingDatum')} knop={t('partner.toetredingVastleggen')} datum={toetreedDatum} onDatum={setToetreedDatum} onVerzenden={() => void toetreden()} />
            </>
          )}
        </>
      )}
    </Sectie>
  );
}

function Opzegging({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail, melding: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [datum, setDatum] = useState(vandaagNl());
  const [bevestigen, setBevestigen] = useState(false);
  const iso = naarIsoDatum(datum);
  const uittreding = iso ? maandenErbij(iso, 6) : null;

  if (p.status === 'opgezegd' || p.status === 'uitgetreden') {
    return (
      <Sectie titel={t('partner.opzegging')}>
        <Alert severity={p.status === 'uitgetreden' ? 'info' : 'warning'}>
          <MetDatums
            tekst={
              p.status === 'uitgetreden'
                ? t('partner.uitgetredenTekst', { datum: nlDatum(p.uitgetredenPer ?? '') })
                : t('partner.opgezegdTekst', { opgezegd: nlDatum(p.opgezegdOp ?? ''), uittreding: nlDatum(p.uitgetredenPer ?? '') })
            }
          />
        </Alert>
      </Sectie>
    );
  }
  if (!mag('partners.opzeggen')) return null;

  const vastleggen = async () => {
    const d = await actie.uitvoeren(() => roep('partners.opzeggen', { id: p.id, datum: iso ?? '' }));
    setBevestigen(false);
    if (d) onBijgewerkt(d, t('partner.opzeggingVastgelegd', { datum: nlDatum(d.uitgetredenPer ?? '') }));
  };

  return (
    <Sectie titel={t('partner.opzegging')} uitleg={t('partner.opzeggingUitleg')}>
      {actie.fout && !bevestigen && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={actie.fout} bekendeVelden={['datum']} />
        </Box>
      )}
      <DatumActie
        actie={actie}
        label={t('partner.opzegDatum')}
        knop={t('partner.opzeggingVastleggen')}
        knopKleur="warning"
        datum={datum}
        onDatum={setDatum}
        onVerzenden={() => {
          if (!iso) void actie.uitvoeren(async () => ({ ok: true, waarde: null }), { datum: t('datum.ongeldig') });
          else {
            actie.wissen();
            setBevestigen(true);
          }
        }}
        extra={
          uittreding && (
            <Typography sx={{ mt: 1.5 }} role="status" data-testid="uittreding">
              {t('partner.uittredingPer', { datum: nlDatum(uittreding) })}
            </Typography>
          )
        }
      />
      <Bevestiging
        open={bevestigen}
        titel={t('partner.opzeggenBevestigTitel')}
        tekst={t('partner.opzeggenBevestigTekst', { naam: p.naam, datum: iso ? nlDatum(iso) : '', uittreding: uittreding ? nlDatum(uittreding) : '' })}
        bevestigTekst={t('partner.opzeggingVastleggen')}
        actie={actie}
        onSluiten={() => setBevestigen(false)}
        onBevestigen={() => void vastleggen()}
      />
    </Sectie>
  );
}

function Contactpersonen({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail, melding: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const [toevoegenOpen, setToevoegenOpen] = useState(false);
  const [verwijderen, setVerwijderen] = useState<Contactpersoon | null>(null);
  const getoond = useLaatste(verwijderen);
  const verwijderActie = useActie();
  const beheren = mag('partners.contactpersoonToevoegen');

  const verwijderBevestigd = async () => {
    if (!verwijderen) return;
    const d = await verwijderActie.uitvoeren(() => roep('partners.contactpersoonVerwijderen', { partnerId: p.id, contactpersoonId: verwijderen.id }));
    if (d) {
      setVerwijderen(null);
      onBijgewerkt(d, t('algemeen.opgeslagen'));
    }
  };

  return (
    <Sectie
      titel={t('partner.contactpersonen')}
      uitleg={t('partner.contactUitleg')}
      acties={
        beheren && (
          <Button variant="outlined" startIcon={<PersonAddAlt1OutlinedIcon />} onClick={() => setToevoegenOpen(true)}>
            {t('partner.contactToevoegen')}
          </Button>
        )
      }
    >
      {p.contactpersonen.length === 0 ? (
        <Typography color="text.secondary">{t('partner.geenContact')}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('partner.contactpersonen')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('partner.contactNaam')}</TableCell>
                <TableCell scope="col">{t('partner.functie')}</TableCell>
                <TableCell scope="col">{t('partner.telefoon')}</TableCell>
                <TableCell scope="col">{t('partner.email')}</TableCell>
                {mag('partners.contactpersoonVerwijderen') && (
                  <TableCell scope="col" align="right">
                    {t('algemeen.acties')}
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {p.contactpersonen.map((c) => (
                <TableRow key={c.id}>
                  <TableCell component="th" scope="row">
                    {c.naam}
                  </TableCell>
                  <TableCell>{c.functie || t('algemeen.leeg')}</TableCell>
                  <TableCell>{c.telefoon || t('algemeen.leeg')}</TableCell>
                  <TableCell>{c.email || t('algemeen.leeg')}</TableCell>
                  {mag('partners.contactpersoonVerwijderen') && (
                    <TableCell align="right">
                      <Button size="small" color="error" onClick={() => setVerwijderen(c)}>
                        {t('algemeen.verwijderen')}
                        <Verborgen>{c.naam}</Verborgen>
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ContactDialoog
        open={toevoegenOpen}
        partnerId={p.id}
        onSluiten={() => setToevoegenOpen(false)}
        onKlaar={(d) => {
          setToevoegenOpen(false);
          onBijgewerkt(d, t('algemeen.opgeslagen'));
        }}
      />
      <Bevestiging
        open={Boolean(verwijderen)}
        titel={t('partner.contactVerwijderenTitel')}
        tekst={t('partner.contactVerwijderenTekst', { naam: getoond?.naam ?? '', partner: p.naam })}
        bevestigTekst={t('algemeen.verwijderen')}
        actie={verwijderActie}
        onSluiten={() => setVerwijderen(null)}
        onBevestigen={() => void verwijderBevestigd()}
      />
    </Sectie>
  );
}

function ContactDialoog({ open, partnerId, onSluiten, onKlaar }: { open: boolean; partnerId: number; onSluiten(): void; onKlaar(d: Detail): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [w, setW] = useState({ naam: '', functie: '', telefoon: '', email: '' });
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setW({ naam: '', functie: '', telefoon: '', email: '' });
      wissen();
    }
  }, [open, wissen]);
  const verzenden = async () => {
    const d = await actie.uitvoeren(() => roep('partners.contactpersoonToevoegen', { partnerId, ...w }));
    if (d) onKlaar(d);
  };
  return (
    <FormDialoog
      open={open}
      titel={t('partner.contactToevoegen')}
      actie={actie}
      verzendTekst={t('algemeen.toevoegen')}
      bekendeVelden={['naam', 'functie', 'telefoon', 'email']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld actie={actie} pad="naam" label={t('partner.contactNaam')} value={w.naam} onChange={(e) => setW({ ...w, naam: e.target.value })} autoFocus required autoComplete="off" />
      <Veld actie={actie} pad="functie" label={t('partner.functie')} value={w.functie} onChange={(e) => setW({ ...w, functie: e.target.value })} autoComplete="off" />
      <Veld actie={actie} pad="telefoon" type="tel" label={t('partner.telefoon')} value={w.telefoon} onChange={(e) => setW({ ...w, telefoon: e.target.value })} autoComplete="off" />
      <Veld actie={actie} pad="email" type="email" label={t('partner.email')} value={w.email} onChange={(e) => setW({ ...w, email: e.target.value })} autoComplete="off" />
    </FormDialoog>
  );
}
