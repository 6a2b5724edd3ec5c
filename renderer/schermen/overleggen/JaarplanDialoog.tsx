import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
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
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import type { OverlegRij } from '../../../shared/domein/overleg';
import { roep } from '../../api/client';
import { nlDatum } from '../../opmaak';
import { FormDialoog } from '../../componenten/FormDialoog';
import { MetDatums } from '../../componenten/MetDatums';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { SoortLabel, isTijd, weekdagKort } from './kenmerken';

type Voorstel = Uitvoer<'overleg.jaarplan'>;

/**
 * "Jaarplanning voorstellen": the planner's proposal for a year with its warnings, for review first,
 * then "Vastleggen" in one go. Meetings already planned on the same day are left out, so proposing
 * twice never plans a meeting twice.
 */
export function JaarplanDialoog({ open, jaar, onSluiten, onKlaar }: { open: boolean; jaar: number; onSluiten(): void; onKlaar(aantal: number): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [opties, setOpties] = useState({ weekdag: 4, weekVanDeMaand: 3, tijd: '10:00', locatie: '' });
  const [voorstel, setVoorstel] = useState<Voorstel | null>(null);
  const [bestaand, setBestaand] = useState<OverlegRij[]>([]);
  const { wissen } = actie;

  useEffect(() => {
    if (open) {
      setVoorstel(null);
      wissen();
    }
  }, [open, wissen]);

  const alGepland = (v: { soort: string; datum: string }) => bestaand.some((o) => o.soort === v.soort && o.datum === v.datum);
  const nieuw = voorstel ? voorstel.voorstel.filter((v) => !alGepland(v)) : [];

  const verzenden = async () => {
    if (!voorstel) {
      const r = await actie.uitvoeren(() => roep('overleg.jaarplan', { jaar, weekdag: opties.weekdag, weekVanDeMaand: opties.weekVanDeMaand }), {
        tijd: !isTijd(opties.tijd) && t('overleg.plan.tijdOngeldig'),
      });
      // What is planned already, December of the year before included (its zorgoverleg prepares January).
      const lijst = r && (await actie.uitvoeren(() => roep('overleg.lijst', {})));
      if (r && lijst) {
        setBestaand(lijst);
        setVoorstel(r);
      }
      return;
    }
    if (nieuw.length === 0) {
      onKlaar(0);
      return;
    }
    const r = await actie.uitvoeren(() =>
      roep('overleg.jaarplanVastleggen', { overleggen: nieuw.map((v) => ({ soort: v.soort, datum: v.datum, tijd: opties.tijd.trim(), locatie: opties.locatie.trim() })) }),
    );
    if (r) onKlaar(r.aangemaakt);
  };

  return (
    <FormDialoog
      open={open}
      breed
      titel={t('overleg.jaarplan.titel', { jaar })}
      uitleg={
        <Typography variant="body2" color="text.secondary">
          {voorstel ? t('overleg.jaarplan.controleerUitleg') : t('overleg.jaarplan.uitleg')}
        </Typography>
      }
      actie={actie}
      verzendTekst={voorstel ? t('overleg.jaarplan.vastleggen', { count: nieuw.length }) : t('overleg.jaarplan.voorstellen')}
      bekendeVelden={['weekdag', 'weekVanDeMaand', 'tijd', 'locatie']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      {!voorstel && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Veld actie={actie} pad="weekdag" select label={t('overleg.jaarplan.weekdag')} value={opties.weekdag} onChange={(e) => setOpties({ ...opties, weekdag: Number(e.target.value) })} autoFocus>
            {[1, 2, 3, 4, 5].map((d) => (
              <MenuItem key={d} value={d}>
                {t(`overleg.jaarplan.dagen.${d as 1 | 2 | 3 | 4 | 5}`)}
              </MenuItem>
            ))}
          </Veld>
          <Veld actie={actie} pad="weekVanDeMaand" select label={t('overleg.jaarplan.week')} value={opties.weekVanDeMaand} onChange={(e) => setOpties({ ...opties, weekVanDeMaand: Number(e.target.value) })}>
            {[1, 2, 3, 4].map((n) => (
              <MenuItem key={n} value={n}>
                {t(`overleg.jaarplan.weken.${n as 1 | 2 | 3 | 4}`)}
              </MenuItem>
            ))}
          </Veld>
        </Stack>
      )}
      {!voorstel && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Veld actie={actie} pad="tijd" label={t('overleg.plan.tijd')} hulp={t('overleg.plan.tijdHulp')} value={opties.tijd} onChange={(e) => setOpties({ ...opties, tijd: e.target.value })} autoComplete="off" sx={{ maxWidth: { sm: 200 } }} />
          <Veld actie={actie} pad="locatie" label={t('overleg.plan.locatie')} value={opties.locatie} onChange={(e) => setOpties({ ...opties, locatie: e.target.value })} autoComplete="off" />
        </Stack>
      )}
      {voorstel && (
        <>
          {voorstel.waarschuwingen.length === 0 ? (
            <Alert severity="success">{t('overleg.jaarplan.geenWaarschuwingen')}</Alert>
          ) : (
            <Alert severity="warning" data-testid="jaarplan-waarschuwingen">
              <AlertTitle>{t('overleg.jaarplan.waarschuwingen', { count: voorstel.waarschuwingen.length })}</AlertTitle>
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {voorstel.waarschuwingen.map((w) => (
                  <li key={`${w.artikel}-${w.melding}`}>
                    <strong>{w.artikel}</strong>: <MetDatums tekst={w.melding} />
                  </li>
                ))}
              </Box>
            </Alert>
          )}
          <Typography variant="body2" role="status">
            {t('overleg.jaarplan.aantallen', { totaal: voorstel.voorstel.length, nieuw: nieuw.length })}
          </Typography>
          {/* Scrolls on its own, so it takes the focus for the arrow keys (WCAG 2.1.1). */}
          <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 380 }} tabIndex={0} role="region" aria-label={t('overleg.jaarplan.tabel', { jaar })}>
            <Table size="small" stickyHeader aria-label={t('overleg.jaarplan.tabel', { jaar })}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('overleg.kolom.datum')}</TableCell>
                  <TableCell scope="col">{t('overleg.kolom.soort')}</TableCell>
                  <TableCell scope="col">{t('overleg.kolom.opmerking')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {voorstel.voorstel.map((v) => (
                  <TableRow key={`${v.soort}-${v.datum}`} data-datum={v.datum}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', fontWeight: 400 }}>
                      {weekdagKort(v.datum)} {nlDatum(v.datum)}
                    </TableCell>
                    <TableCell>
                      <SoortLabel soort={v.soort} />
                    </TableCell>
                    <TableCell>
                      {alGepland(v) ? t('overleg.jaarplan.alGepland') : v.datum.slice(0, 4) !== String(jaar) ? t('overleg.jaarplan.vorigJaar') : ''}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </FormDialoog>
  );
}
