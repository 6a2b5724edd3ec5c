import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlinedIcon from '@mui/icons-material/VisibilityOutlined';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { sorteerPartners, usePartners } from '../signalen/naslag';
import { DOELEN, DOSSIERFASEN, type DossierDetail } from '../../../shared/domein/dossier';
import { nlDatum, nlDatumTijd } from '../../opmaak';
import { MetDatums } from '../../componenten/MetDatums';
import { losseTekst } from '../signalen/losseSleutel';
import type { TabProps } from './DossierDetail';

/** "signaal:12" → "Signaal S-2026-00012"; "navraag:3" → "Antwoord op navraag bij IND". */
export function useItemNaam(d: DossierDetail): (sleutel: string) => string {
  const { t } = useTranslation();
  return (sleutel) => {
    const [soort, idTekst] = sleutel.split(':');
    const id = Number(idTekst);
    if (soort === 'signaal') {
      const s = d.signalen.find((x) => x.id === id);
      return t('keten.item.signaal', { nummer: s?.nummer ?? idTekst, bron: s?.bron ?? '' });
    }
    if (soort === 'navraag') {
      const n = d.navragen.find((x) => x.id === id);
      return t('keten.item.navraag', { partner: n?.partner.naam ?? idTekst });
    }
    return sleutel;
  };
}

export const doelLabel = (t: TFunction, doel: string): string => ((DOELEN as readonly string[]).includes(doel) ? losseTekst(t, `keten.doel.${doel}`) : doel);

/** What happened to the dossier, oldest first: steps, inquiries, signals added, spoed (art. 10.1). */
export function Tijdlijn({ dossier: d }: TabProps) {
  const { t } = useTranslation();
  const faseNaam = (f: string | null) => (f && (DOSSIERFASEN as readonly string[]).includes(f) ? t(`keten.dossierfase.${f as 'detectie'}`) : '');
  const soortNaam = (s: string) => {
    const sleutel = `keten.gebeurtenis.${s}`;
    const tekst = losseTekst(t, sleutel);
    return tekst === sleutel ? s : tekst;
  };
  return (
    <Box component="ol" aria-label={t('keten.dossier.tab.tijdlijn')} sx={{ listStyle: 'none', m: 0, p: 0, borderLeft: 2, borderColor: 'divider', ml: 1 }}>
      {d.gebeurtenissen.map((g) => (
        <Box component="li" key={g.id} sx={{ position: 'relative', pl: 3, pb: 2.5 }}>
          <Box aria-hidden sx={{ position: 'absolute', left: -7, top: 6, width: 12, height: 12, borderRadius: '50%', bgcolor: g.naarFase ? 'primary.main' : 'background.paper', border: 2, borderColor: 'primary.main' }} />
          <Typography variant="body2" color="text.secondary">
            <MetDatums tekst={`${nlDatumTijd(g.tijd)} · ${g.door}`} />
          </Typography>
          <Typography sx={{ fontWeight: 600 }}>
            {soortNaam(g.soort)}
            {g.naarFase && ` — ${g.vanFase ? `${faseNaam(g.vanFase)} → ` : ''}${faseNaam(g.naarFase)}`}
          </Typography>
          {g.toelichting && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{g.toelichting}</Typography>}
        </Box>
      ))}
    </Box>
  );
}

/** The persons the dossier's signals name, anonymised unless asked (art. 6.2, 9.5; logged). */
export function Betrokkenen({ dossier: d, vorm, onVorm }: TabProps & { vorm: 'geanonimiseerd' | 'identificeerbaar'; onVorm(v: 'geanonimiseerd' | 'identificeerbaar'): void }) {
  const { t } = useTranslation();
  const identificeerbaar = d.vorm === 'identificeerbaar';
  const afgeschermd = <Chip size="small" variant="outlined" icon={<VisibilityOffOutlinedIcon />} label={t('keten.detail.afgeschermd')} />;
  return (
    <>
      <Alert
        severity={identificeerbaar ? 'warning' : 'info'}
        sx={{ mb: 2 }}
        action={
          <Button color="inherit" startIcon={identificeerbaar ? <VisibilityOffOutlinedIcon /> : <VisibilityOutlinedIcon />} onClick={() => onVorm(vorm === 'identificeerbaar' ? 'geanonimiseerd' : 'identificeerbaar')} sx={{ whiteSpace: 'nowrap' }}>
            {identificeerbaar ? t('keten.detail.afschermen') : t('keten.detail.toonIdentificerend')}
          </Button>
        }
      >
        {identificeerbaar ? t('keten.detail.identificeerbaarGelogd') : t('keten.betrokkenen.geanonimiseerd')}
      </Alert>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('keten.dossier.tab.betrokkenen', { aantal: d.betrokkenen.length })}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('keten.betrokkenen.rol')}</TableCell>
              <TableCell scope="col">{t('keten.betrokkenen.signaal')}</TableCell>
              <TableCell scope="col">{t('keten.veld.naam')}</TableCell>
              <TableCell scope="col">{t('keten.veld.geboortedatum')}</TableCell>
              <TableCell scope="col" align="right">
                {t('keten.betrokkenen.leeftijd')}
              </TableCell>
              <TableCell scope="col">{t('keten.veld.geslacht')}</TableCell>
              <TableCell scope="col">{t('keten.veld.nationaliteit')}</TableCell>
              <TableCell scope="col">{t('keten.veld.woonplaats')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {d.betrokkenen.map((b) => (
              <TableRow key={`${b.persoonId}-${b.signaal}`}>
                <TableCell component="th" scope="row">
                  {t(`keten.rol.${b.rol}`)}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{b.signaal}</TableCell>
                <TableCell data-veld="naam">{identificeerbaar ? b.naam || t('algemeen.leeg') : afgeschermd}</TableCell>
                <TableCell>{identificeerbaar ? (b.geboortedatum ? nlDatum(b.geboortedatum) : t('algemeen.leeg')) : afgeschermd}</TableCell>
                <TableCell align="right">{b.leeftijd ?? t('algemeen.leeg')}</TableCell>
                <TableCell>{b.geslacht && b.geslacht !== 'onbekend' ? t(`keten.geslacht.${b.geslacht as 'man'}`) : t('algemeen.leeg')}</TableCell>
                <TableCell>{b.nationaliteit || t('algemeen.leeg')}</TableCell>
                <TableCell>{identificeerbaar ? b.woonplaats || t('algemeen.leeg') : afgeschermd}</TableCell>
              </TableRow>
            ))}
            {d.betrokkenen.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>{t('keten.betrokkenen.geen')}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

/** The verstrekkingenlog of this dossier (art. 25.3): every provision with recipient, purpose, items and basis. */
export function Verstrekkingen({ dossier: d, herladen }: TabProps) {
  const { t } = useTranslation();
  const mag = useMag();
  const itemNaam = useItemNaam(d);
  const [nieuw, setNieuw] = useState(false);
  const [uitkomst, setUitkomst] = useState<Uitvoer<'verstrekkingen.vastleggen'> | null>(null);
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between', alignItems: 'flex-start', mb: 2 }}>
        <Typography color="text.secondary" sx={{ maxWidth: '80ch' }}>
          {t('keten.verstrekkingen.uitleg')}
        </Typography>
        {mag('verstrekkingen.vastleggen') && (
          <Button variant="outlined" onClick={() => setNieuw(true)}>
            {t('keten.verstrekkingen.nieuw')}
          </Button>
        )}
      </Box>
      {uitkomst && uitkomst.geweigerd.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} onClose={() => setUitkomst(null)}>
          {t('keten.verstrekkingen.geweigerdKop')}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {uitkomst.geweigerd.map((g) => (
              <li key={g.sleutel}>
                {g.omschrijving}: {g.reden}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('keten.verstrekkingen.tabel')}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('keten.verstrekkingen.tijd')}</TableCell>
              <TableCell scope="col">{t('keten.verstrekkingen.ontvanger')}</TableCell>
              <TableCell scope="col">{t('keten.verstrekkingen.doel')}</TableCell>
              <TableCell scope="col">{t('keten.verstrekkingen.items')}</TableCell>
              <TableCell scope="col">{t('keten.verstrekkingen.door')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {d.verstrekkingen.map((v) => (
              <TableRow key={v.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{nlDatumTijd(v.tijd)}</TableCell>
                <TableCell component="th" scope="row">
                  {v.ontvanger.naam}
                </TableCell>
                <TableCell>
                  {doelLabel(t, v.doel)}
                  {v.soort !== v.doel && (
                    <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                      {v.soort}
                    </Typography>
                  )}
                  {v.overschreven && <Chip size="small" color="warning" label={t('keten.verstrekkingen.overschreven')} sx={{ mt: 0.5 }} />}
                </TableCell>
                <TableCell>
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {v.items.map((i) => (
                      <li key={i.sleutel}>
                        {itemNaam(i.sleutel)}: {i.vorm === 'identificeerbaar' ? t('keten.matrix.identificeerbaar') : i.vorm === 'geanonimiseerd' ? t('keten.matrix.geanonimiseerd') : i.vorm} ({i.artikel})
                      </li>
                    ))}
                  </Box>
                </TableCell>
                <TableCell>{v.door}</TableCell>
              </TableRow>
            ))}
            {d.verstrekkingen.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>{t('keten.verstrekkingen.geen')}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <VerstrekkingDialoog
        open={nieuw}
        dossierId={d.id}
        onSluiten={() => setNieuw(false)}
        onKlaar={(u) => {
          setNieuw(false);
          setUitkomst(u);
          void herladen(t('keten.verstrekkingen.vastgelegd', { verstrekt: u.verstrekt.length, geweigerd: u.geweigerd.length }));
        }}
      />
    </>
  );
}

/** A provision outside the app (telephone, meeting) recorded afterwards, item by item through the policy engine (art. 25.3). */
function VerstrekkingDialoog({ open, dossierId, onSluiten, onKlaar }: { open: boolean; dossierId: number; onSluiten(): void; onKlaar(u: Uitvoer<'verstrekkingen.vastleggen'>): void }) {
  const { t } = useTranslation();
  const partners = usePartners();
  const actie = useActie();
  const [w, setW] = useState({ ontvangerId: '' as number | '', doel: 'overdracht' as (typeof DOELEN)[number], identificatie: false });
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setW({ ontvangerId: '', doel: 'overdracht', identificatie: false });
      wissen();
    }
  }, [open, wissen]);
  return (
    <FormDialoog
      open={open}
      titel={t('keten.verstrekkingen.nieuw')}
      uitleg={<Typography variant="body2" color="text.secondary">{t('keten.verstrekkingen.nieuwUitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('keten.verstrekkingen.vastleggen')}
      bekendeVelden={['ontvangerId', 'doel']}
      onSluiten={onSluiten}
      onVerzenden={async () => {
        const r = await actie.uitvoeren(() => roep('verstrekkingen.vastleggen', { dossierId, ontvangerId: w.ontvangerId === '' ? 0 : w.ontvangerId, doel: w.doel, identificatieNodig: w.identificatie }), {
          ontvangerId: w.ontvangerId === '' && t('keten.navraag.kiesPartner'),
        });
        if (r) onKlaar(r);
      }}
    >
      <Veld actie={actie} pad="ontvangerId" select label={t('keten.verstrekkingen.ontvanger')} value={w.ontvangerId} onChange={(e) => setW({ ...w, ontvangerId: Number(e.target.value) })} required autoFocus>
        {sorteerPartners(partners ?? []).map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam}
          </MenuItem>
        ))}
      </Veld>
      <Veld actie={actie} pad="doel" select label={t('keten.verstrekkingen.doel')} value={w.doel} onChange={(e) => setW({ ...w, doel: e.target.value as (typeof DOELEN)[number] })} required>
        {DOELEN.map((x) => (
          <MenuItem key={x} value={x}>
            {doelLabel(t, x)}
          </MenuItem>
        ))}
      </Veld>
      <FormControlLabel control={<Checkbox checked={w.identificatie} onChange={(e) => setW({ ...w, identificatie: e.target.checked })} />} label={t('keten.verstrekkingen.identificatieNodig')} />
    </FormDialoog>
  );
}
