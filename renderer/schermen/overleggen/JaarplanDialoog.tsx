import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import type { OverlegRij } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { nlDatum } from '../../opmaak';
import { FormDialoog } from '../../componenten/FormDialoog';
import { MetDatums } from '../../componenten/MetDatums';
import { Tabel } from '../../componenten/Tabel';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { SoortLabel, isTijd, weekdagKort } from './kenmerken';

type Voorstel = Uitvoer<'overleg.jaarplan'>;
type Voorstelrij = Voorstel['voorstel'][number];

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
          <Tabel<Voorstelrij>
            label={t('overleg.jaarplan.tabel', { jaar })}
            dicht
            hoogte={380}
            rijen={voorstel.voorstel}
            sleutel={(v) => `${v.soort}-${v.datum}`}
            rijAttributen={(v) => ({ 'data-datum': v.datum })}
            kolommen={[
              { id: 'datum', kop: t('overleg.kolom.datum'), rijkop: true, nowrap: true, sx: { fontWeight: 400 }, cel: (v) => `${weekdagKort(v.datum)} ${nlDatum(v.datum)}` },
              { id: 'soort', kop: t('overleg.kolom.soort'), cel: (v) => <SoortLabel soort={v.soort} /> },
              {
                id: 'opmerking',
                kop: t('overleg.kolom.opmerking'),
                cel: (v) => (alGepland(v) ? t('overleg.jaarplan.alGepland') : v.datum.slice(0, 4) !== String(jaar) ? t('overleg.jaarplan.vorigJaar') : ''),
              },
            ]}
          />
        </>
      )}
    </FormDialoog>
  );
}
