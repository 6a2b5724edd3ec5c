/**
 * Ketenproces → Overdrachten (centraal): start the handover of a dossier with assigned interventions
 * (art. 16.5), write the agenda pack for the zorgcoördinator (art. 12.28, 14.3), follow the
 * interventions the partners report back on (art. 16.6), and see every bundle sent and read in.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import MoveUpOutlinedIcon from '@mui/icons-material/MoveUpOutlined';
import SaveAltOutlinedIcon from '@mui/icons-material/SaveAltOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import type { DossierRij } from '../../../shared/domein/dossier';
import type { Interventie, OverlegRij } from '../../../shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie, useBinnenkant } from '../../store/navigatie';
import { nlDatum } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { MetDatums } from '../../componenten/MetDatums';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { Bundellijsten } from './Bundellijsten';
import { InterventieStatus } from './chips';
import { Bezig, Geschreven, Leeg, MapVeld } from './gedeeld';
import { Wizard } from './Wizard';

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
        acties={
          mag('bundels.inlezen') && (
            <Button variant="outlined" startIcon={<UploadFileOutlinedIcon />} onClick={() => naar({ naam: 'inlezen' })}>
              {t('overdracht.inlezen.titel')}
            </Button>
          )
        }
      />
      {mag('overdracht.voorbereiden') && <DossierKiezen />}
      {mag('interventies.lijst') && <Interventies />}
      {mag('agendapakket.maken') && <Agendapakket onGeschreven={() => setVersie((v) => v + 1)} />}
      {mag('bundels.lijst') && <Bundellijsten versie={versie} />}
    </>
  );
}

/** Dossiers whose casusoverleg assigned interventions: the ones there is something to hand over for. */
function DossierKiezen() {
  const { t } = useTranslation();
  const actie = useActie();
  const [dossiers, setDossiers] = useState<DossierRij[] | null>(null);
  const [gekozen, setGekozen] = useState<number | ''>('');
  const { uitvoeren } = actie;

  useEffect(() => {
    void (async () => {
      const toegewezen = await uitvoeren(() => roep('dossiers.lijst', { fase: 'toewijzing-interventie' }));
      const inUitvoering = await uitvoeren(() => roep('dossiers.lijst', { fase: 'uitvoering-interventie' }));
      if (toegewezen && inUitvoering) setDossiers([...toegewezen, ...inUitvoering]);
    })();
  }, [uitvoeren]);

  const starten = (e: FormEvent) => {
    e.preventDefault();
    if (gekozen === '') {
      void actie.uitvoeren(async () => ({ ok: true, waarde: null }), { dossierId: t('overdracht.overdrachten.kiesDossier') });
      return;
    }
    useNavigatie.getState().naar({ naam: 'overdrachten', wizardDossierId: gekozen });
  };

  return (
    <Sectie titel={t('overdracht.overdrachten.startTitel')} uitleg={t('overdracht.overdrachten.startUitleg')}>
      {actie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={actie.fout} bekendeVelden={['dossierId']} />
        </Box>
      )}
      {dossiers && dossiers.length === 0 && <Leeg>{t('overdracht.overdrachten.geenDossiers')}</Leeg>}
      {dossiers && dossiers.length > 0 && (
        <Box component="form" noValidate onSubmit={starten} aria-label={t('overdracht.overdrachten.startTitel')}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start', maxWidth: 880 }}>
            <Veld actie={actie} pad="dossierId" select label={t('overdracht.overdrachten.dossier')} value={gekozen} onChange={(e) => setGekozen(Number(e.target.value))} required>
              {dossiers.map((d) => (
                <MenuItem key={d.id} value={d.id}>
                  {d.nummer} — {d.titel} ({t(`overdracht.fase.${d.fase}`)})
                </MenuItem>
              ))}
            </Veld>
            <Button type="submit" variant="contained" startIcon={<MoveUpOutlinedIcon />} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
              {t('overdracht.overdrachten.voorbereiden')}
            </Button>
          </Stack>
        </Box>
      )}
    </Sectie>
  );
}

/** What the acting partners reported back (art. 16.6): the interventions and their state. */
function Interventies() {
  const { t } = useTranslation();
  const actie = useActie();
  const [lijst, setLijst] = useState<Interventie[] | null>(null);
  const { uitvoeren } = actie;
  useEffect(() => {
    void uitvoeren(() => roep('interventies.lijst', {})).then((l) => l && setLijst(l));
  }, [uitvoeren]);
  return (
    <Sectie titel={t('overdracht.overdrachten.interventiesTitel')} uitleg={t('overdracht.overdrachten.interventiesUitleg')}>
      {actie.fout && <FoutMelding fout={actie.fout} />}
      {lijst && lijst.length === 0 && <Leeg>{t('overdracht.overdrachten.geenInterventies')}</Leeg>}
      {lijst && lijst.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('overdracht.overdrachten.interventiesTitel')} data-testid="interventies">
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('overdracht.overdrachten.dossier')}</TableCell>
                <TableCell scope="col">{t('overdracht.overdrachten.partner')}</TableCell>
                <TableCell scope="col">{t('overdracht.overdrachten.interventie')}</TableCell>
                <TableCell scope="col">{t('overdracht.overdrachten.uiterlijk')}</TableCell>
                <TableCell scope="col">{t('overdracht.overdrachten.status')}</TableCell>
                <TableCell scope="col">{t('overdracht.overdrachten.uitkomst')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lijst.map((i) => (
                <TableRow key={i.id} data-interventie={i.id}>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.85rem', whiteSpace: 'nowrap' }}>{i.dossierNummer}</TableCell>
                  <TableCell>{i.partner.naam}</TableCell>
                  <TableCell component="th" scope="row">
                    {i.omschrijving}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', color: i.teLaat ? 'error.main' : undefined, fontWeight: i.teLaat ? 600 : undefined }}>
                    {nlDatum(i.deadline)}
                    {i.teLaat && ` (${t('overdracht.overdrachten.teLaat')})`}
                  </TableCell>
                  <TableCell>
                    <InterventieStatus status={i.status} />
                  </TableCell>
                  <TableCell sx={{ maxWidth: 360, whiteSpace: 'pre-wrap' }}>
                    {/* The backend writes "JJJJ-MM-DD: verslag"; dates are shown the Dutch way. */}
                    <MetDatums tekst={(i.uitkomst || i.reden || t('algemeen.leeg')).replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3-$2-$1')} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Sectie>
  );
}

/** Art. 12.28, 14.3: the zorgoverleg's agenda, in the zorgcoördinator's view, for her offline laptop. */
function Agendapakket({ onGeschreven }: { onGeschreven(): void }) {
  const { t } = useTranslation();
  const laatsteMap = useNavigatie((s) => s.laatsteMap);
  const laadActie = useActie();
  const actie = useActie();
  const [overleggen, setOverleggen] = useState<OverlegRij[] | null>(null);
  const [overlegId, setOverlegId] = useState<number | ''>('');
  const [map, setMap] = useState(laatsteMap);
  const [geschreven, setGeschreven] = useState<Uitvoer<'agendapakket.maken'> | null>(null);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const l = await uitvoeren(() => roep('overleg.lijst', {}));
    if (l) setOverleggen(l);
  }, [uitvoeren]);
  useEffect(() => {
    void laden();
  }, [laden]);

  const zorgoverleggen = useMemo(
    () => (overleggen ?? []).filter((o) => o.soort === 'zorgoverleg' && (o.status === 'gepland' || o.status === 'agenda-vastgesteld')).sort((a, b) => `${a.datum}${a.tijd}`.localeCompare(`${b.datum}${b.tijd}`)),
    [overleggen],
  );

  const schrijven = async (e: FormEvent) => {
    e.preventDefault();
    setGeschreven(null);
    const r = await actie.uitvoeren(() => roep('agendapakket.maken', { overlegId: overlegId === '' ? 0 : overlegId, doelmap: map }), {
      overlegId: overlegId === '' && t('overdracht.agendapakket.kiesOverleg'),
    });
    if (r) {
      setGeschreven(r);
      onGeschreven();
    }
  };

  return (
    <Sectie titel={t('overdracht.agendapakket.titel')} uitleg={t('overdracht.agendapakket.uitleg')}>
      {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
      {geschreven && (
        <Geschreven
          titel={t('overdracht.agendapakket.geschreven')}
          bestanden={[geschreven]}
          uitleg={t('overdracht.agendapakket.geschrevenUitleg')}
          onSluiten={() => setGeschreven(null)}
          testId="agendapakket-geschreven"
        />
      )}
      {overleggen && zorgoverleggen.length === 0 && <Leeg>{t('overdracht.agendapakket.geenOverleg')}</Leeg>}
      {zorgoverleggen.length > 0 && (
        <Box component="form" noValidate onSubmit={schrijven} aria-label={t('overdracht.agendapakket.titel')}>
          <Stack spacing={2} sx={{ maxWidth: 720 }}>
            {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['overlegId', 'doelmap']} />}
            <Veld actie={actie} pad="overlegId" select label={t('overdracht.agendapakket.overleg')} value={overlegId} onChange={(e) => setOverlegId(Number(e.target.value))} required>
              {zorgoverleggen.map((o) => (
                <MenuItem key={o.id} value={o.id}>
                  {t('overdracht.agendapakket.overlegOptie', { datum: nlDatum(o.datum), tijd: o.tijd, punten: o.aantalPunten, status: t(`overdracht.overlegstatus.${o.status}`) })}
                </MenuItem>
              ))}
            </Veld>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
              <MapVeld actie={actie} waarde={map} onWaarde={setMap} />
              <Button type="submit" variant="contained" startIcon={<SaveAltOutlinedIcon />} disabled={actie.bezig} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
                {actie.bezig ? t('algemeen.bezig') : t('overdracht.agendapakket.schrijven')}
              </Button>
            </Stack>
            {actie.bezig && <Bezig tekst={t('overdracht.bezig.schrijven')} />}
          </Stack>
        </Box>
      )}
      {!overleggen && !laadActie.fout && <Typography color="text.secondary">{t('overdracht.laden')}</Typography>}
    </Sectie>
  );
}
