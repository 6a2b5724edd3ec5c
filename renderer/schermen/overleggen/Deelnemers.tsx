import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import SchoolOutlinedIcon from '@mui/icons-material/SchoolOutlined';
import { useTranslation } from 'react-i18next';
import type { OverlegDetail } from '../../../shared/domein/overleg';
import type { Partner } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Sectie } from '../../componenten/Sectie';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';

type Deelnemer = OverlegDetail['deelnemers'][number];

const naamVan = (d: Deelnemer) => (d.naam ? `${d.naam} (${d.organisatie})` : d.organisatie);

/** Attendees (art. 13.1, 14.2), presence, and invited experts under the duty of confidentiality (art. 21.3). */
export function Deelnemers({ detail, partners, onGewijzigd }: { detail: OverlegDetail; partners: Partner[]; onGewijzigd(): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [partnerOpen, setPartnerOpen] = useState(false);
  const [deskundigeOpen, setDeskundigeOpen] = useState(false);
  const [tekenen, setTekenen] = useState<Deelnemer | null>(null);
  const beheren = mag('overleg.deelnemerBijwerken');
  const aanwezig = detail.deelnemers.filter((d) => d.aanwezig === true).length;

  const bijwerken = async (d: Deelnemer, wijziging: { aanwezig?: boolean; verwijderen?: boolean }) => {
    const r = await actie.uitvoeren(() => roep('overleg.deelnemerBijwerken', { deelnemerId: d.id, ...wijziging }));
    if (r) onGewijzigd();
  };

  return (
    <Sectie
      titel={t('overleg.deelnemers.titel')}
      uitleg={t('overleg.deelnemers.uitleg')}
      acties={
        mag('overleg.deelnemerToevoegen') && (
          <>
            <Button variant="outlined" startIcon={<PersonAddAlt1OutlinedIcon />} onClick={() => setPartnerOpen(true)}>
              {t('overleg.deelnemers.partnerToevoegen')}
            </Button>
            <Button variant="outlined" startIcon={<SchoolOutlinedIcon />} onClick={() => setDeskundigeOpen(true)}>
              {t('overleg.deelnemers.deskundigeUitnodigen')}
            </Button>
          </>
        )
      }
    >
      {actie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={actie.fout} onSluiten={actie.wissen} />
        </Box>
      )}
      <Typography variant="body2" role="status" sx={{ mb: 1 }} data-testid="aanwezigheid">
        {t('overleg.deelnemers.aantal', { aanwezig, totaal: detail.deelnemers.length })}
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('overleg.deelnemers.titel')}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('overleg.deelnemers.deelnemer')}</TableCell>
              <TableCell scope="col">{t('overleg.deelnemers.hoedanigheid')}</TableCell>
              <TableCell scope="col">{t('overleg.deelnemers.geheimhouding')}</TableCell>
              <TableCell scope="col">{t('overleg.deelnemers.aanwezig')}</TableCell>
              {beheren && <TableCell scope="col">{t('algemeen.acties')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {detail.deelnemers.map((d) => (
              <TableRow key={d.id} data-deelnemer={d.id}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
                  {naamVan(d)}
                </TableCell>
                <TableCell>{d.deskundige ? t('overleg.deelnemers.deskundige') : t('overleg.deelnemers.partner')}</TableCell>
                <TableCell>
                  {!d.deskundige ? (
                    t('overleg.deelnemers.convenant')
                  ) : d.geheimhoudingGetekendOp ? (
                    t('overleg.deelnemers.getekendOp', { datum: nlDatum(d.geheimhoudingGetekendOp) })
                  ) : beheren ? (
                    <Button size="small" color="warning" variant="outlined" onClick={() => setTekenen(d)}>
                      {t('overleg.deelnemers.tekenenVastleggen')}
                      <Verborgen>{naamVan(d)}</Verborgen>
                    </Button>
                  ) : (
                    t('overleg.deelnemers.nietGetekend')
                  )}
                </TableCell>
                <TableCell padding="checkbox" sx={{ pl: 1 }}>
                  <Checkbox
                    checked={d.aanwezig === true}
                    disabled={!beheren || actie.bezig}
                    onChange={(e) => void bijwerken(d, { aanwezig: e.target.checked })}
                    slotProps={{ input: { 'aria-label': t('overleg.deelnemers.aanwezigVan', { naam: naamVan(d) }) } }}
                  />
                </TableCell>
                {beheren && (
                  <TableCell>
                    <Button size="small" onClick={() => void bijwerken(d, { verwijderen: true })} disabled={actie.bezig}>
                      {t('algemeen.verwijderen')}
                      <Verborgen>{naamVan(d)}</Verborgen>
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <PartnerDialoog open={partnerOpen} detail={detail} partners={partners} onSluiten={() => setPartnerOpen(false)} onKlaar={() => { setPartnerOpen(false); onGewijzigd(); }} />
      <DeskundigeDialoog open={deskundigeOpen} overlegId={detail.id} onSluiten={() => setDeskundigeOpen(false)} onKlaar={() => { setDeskundigeOpen(false); onGewijzigd(); }} />
      <TekenDialoog deelnemer={tekenen} onSluiten={() => setTekenen(null)} onKlaar={() => { setTekenen(null); onGewijzigd(); }} />
    </Sectie>
  );
}

function PartnerDialoog({ open, detail, partners, onSluiten, onKlaar }: { open: boolean; detail: OverlegDetail; partners: Partner[]; onSluiten(): void; onKlaar(): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [partnerId, setPartnerId] = useState<number | ''>('');
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setPartnerId('');
      wissen();
    }
  }, [open, wissen]);
  // Parties and the two recipients (art. 13.2, 21.4); whoever already attends is not offered twice.
  const keuze = partners.filter((p) => (p.rol === 'partij' || p.rol === 'ontvanger') && p.status !== 'uitgetreden' && !detail.deelnemers.some((d) => d.partnerId === p.id));
  const verzenden = async () => {
    const r = await actie.uitvoeren(() => roep('overleg.deelnemerToevoegen', { overlegId: detail.id, partnerId: partnerId || undefined }), {
      partnerId: partnerId === '' && t('overleg.deelnemers.kiesPartner'),
    });
    if (r) onKlaar();
  };
  return (
    <FormDialoog open={open} titel={t('overleg.deelnemers.partnerToevoegen')} actie={actie} verzendTekst={t('algemeen.toevoegen')} bekendeVelden={['partnerId']} onSluiten={onSluiten} onVerzenden={() => void verzenden()}>
      <Veld actie={actie} pad="partnerId" select label={t('overleg.deelnemers.partner')} value={partnerId} onChange={(e) => setPartnerId(Number(e.target.value))} autoFocus required>
        {keuze.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam}
          </MenuItem>
        ))}
      </Veld>
    </FormDialoog>
  );
}

function DeskundigeDialoog({ open, overlegId, onSluiten, onKlaar }: { open: boolean; overlegId: number; onSluiten(): void; onKlaar(): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [w, setW] = useState({ naam: '', organisatie: '', getekend: false, datum: vandaagNl() });
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setW({ naam: '', organisatie: '', getekend: false, datum: vandaagNl() });
      wissen();
    }
  }, [open, wissen]);
  const verzenden = async () => {
    const datum = naarIsoDatum(w.datum);
    const r = await actie.uitvoeren<unknown>(
      async () => {
        const toegevoegd = await roep('overleg.deelnemerToevoegen', { overlegId, naam: w.naam.trim(), organisatie: w.organisatie.trim(), deskundige: true });
        if (!toegevoegd.ok || !w.getekend) return toegevoegd;
        return roep('overleg.deelnemerBijwerken', { deelnemerId: toegevoegd.waarde.id, geheimhoudingGetekendOp: datum! });
      },
      {
        naam: !w.naam.trim() && t('fout.verplicht'),
        organisatie: !w.organisatie.trim() && t('fout.verplicht'),
        datum: w.getekend && !datum && t('datum.ongeldig'),
      },
    );
    if (r !== undefined) onKlaar();
  };
  return (
    <FormDialoog
      open={open}
      titel={t('overleg.deelnemers.deskundigeUitnodigen')}
      uitleg={
        <Typography variant="body2" color="text.secondary">
          {t('overleg.deelnemers.deskundigeUitleg')}
        </Typography>
      }
      actie={actie}
      verzendTekst={t('overleg.deelnemers.uitnodigen')}
      bekendeVelden={['naam', 'organisatie', 'datum']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld actie={actie} pad="naam" label={t('overleg.deelnemers.naam')} value={w.naam} onChange={(e) => setW({ ...w, naam: e.target.value })} autoFocus required autoComplete="off" />
      <Veld actie={actie} pad="organisatie" label={t('overleg.deelnemers.organisatie')} value={w.organisatie} onChange={(e) => setW({ ...w, organisatie: e.target.value })} required autoComplete="off" />
      <FormControlLabel control={<Checkbox checked={w.getekend} onChange={(e) => setW({ ...w, getekend: e.target.checked })} />} label={t('overleg.deelnemers.heeftGetekend')} />
      {w.getekend && <DatumVeld name="datum" label={t('overleg.deelnemers.getekendDatum')} value={w.datum} onChange={(e) => setW({ ...w, datum: e.target.value })} fout={actie.veldfout('datum')} required />}
    </FormDialoog>
  );
}

function TekenDialoog({ deelnemer, onSluiten, onKlaar }: { deelnemer: Deelnemer | null; onSluiten(): void; onKlaar(): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [datum, setDatum] = useState(vandaagNl());
  const laatste = useLaatste(deelnemer);
  const { wissen } = actie;
  useEffect(() => {
    if (deelnemer) {
      setDatum(vandaagNl());
      wissen();
    }
  }, [deelnemer, wissen]);
  const verzenden = async () => {
    const iso = naarIsoDatum(datum);
    if (!deelnemer) return;
    // The backend resets presence when it is left out of the update; send it along unchanged.
    const r = await actie.uitvoeren(() => roep('overleg.deelnemerBijwerken', { deelnemerId: deelnemer.id, geheimhoudingGetekendOp: iso!, aanwezig: deelnemer.aanwezig }), { datum: !iso && t('datum.ongeldig') });
    if (r) onKlaar();
  };
  return (
    <FormDialoog
      open={deelnemer !== null}
      titel={t('overleg.deelnemers.tekenTitel', { naam: laatste ? naamVan(laatste) : '' })}
      uitleg={
        <Typography variant="body2" color="text.secondary">
          {t('overleg.deelnemers.tekenUitleg')}
        </Typography>
      }
      actie={actie}
      verzendTekst={t('overleg.deelnemers.tekenenVastleggen')}
      bekendeVelden={['datum', 'geheimhoudingGetekendOp']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <DatumVeld name="datum" label={t('overleg.deelnemers.getekendDatum')} value={datum} onChange={(e) => setDatum(e.target.value)} fout={actie.veldfout('datum') ?? actie.veldfout('geheimhoudingGetekendOp')} autoFocus required />
    </FormDialoog>
  );
}
