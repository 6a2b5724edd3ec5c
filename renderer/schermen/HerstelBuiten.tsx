import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../shared/api';
import { roep } from '../api/client';
import { useSessie } from '../store/sessie';
import { FoutMelding } from '../componenten/FoutMelding';
import { Bevestiging } from '../componenten/Bevestiging';
import { Veld } from '../componenten/Veld';
import { useActie } from '../componenten/useActie';
import { HerstelUitkomst } from './beheer/Herstel';

const VELDEN = ['map', 'bron', 'gebruiker', 'wachtwoord'] as const;

/**
 * Restore without a session (ADR 0012): into an empty folder, or the disaster path when the bestand
 * no longer opens — with a managing account of the backup. Over a bestand that opens the backend
 * refuses and says to sign in and restore from Beheer → Backup.
 */
export function HerstelBuiten() {
  const { t } = useTranslation();
  const voorbeeldActie = useActie();
  const herstelActie = useActie();
  const vernieuwen = useSessie((s) => s.vernieuwen);
  const [w, setW] = useState({ map: '', bron: '', gebruiker: '', wachtwoord: '' });
  const [voorbeeld, setVoorbeeld] = useState<Uitvoer<'bestand.herstelVoorbeeld'> | null>(null);
  const [vragen, setVragen] = useState(false);
  const [uitkomst, setUitkomst] = useState<Uitvoer<'bestand.herstellen'> | null>(null);
  const zet = (veld: keyof typeof w) => (e: { target: { value: string } }) => {
    setVoorbeeld(null);
    setW((oud) => ({ ...oud, [veld]: e.target.value }));
  };

  const bekijken = async (e: FormEvent) => {
    e.preventDefault();
    const r = await voorbeeldActie.uitvoeren(() => roep('bestand.herstelVoorbeeld', w));
    if (r) setVoorbeeld(r);
  };
  const herstellen = async () => {
    const r = await herstelActie.uitvoeren(() => roep('bestand.herstellen', { ...w, verliesBevestigd: voorbeeld?.ouder ?? false }));
    if (r) {
      setVragen(false);
      setUitkomst(r);
    }
  };
  const naarAanmelden = async () => {
    const map = uitkomst?.map ?? w.map;
    setUitkomst(null);
    await roep('bestand.openen', { map });
    await vernieuwen();
  };

  return (
    <Paper variant="outlined" component="form" noValidate aria-labelledby="herstel-buiten-kop" onSubmit={bekijken} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography variant="h2" id="herstel-buiten-kop" sx={{ mb: 1 }}>
        {t('herstel.buitenTitel')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('herstel.buitenUitleg')}
      </Typography>
      <Stack spacing={2}>
        {voorbeeldActie.fout && <FoutMelding fout={voorbeeldActie.fout} bekendeVelden={VELDEN} />}
        <Veld actie={voorbeeldActie} pad="map" label={t('herstel.mapLabel')} hulp={t('herstel.mapHulp')} value={w.map} onChange={zet('map')} required />
        <Veld actie={voorbeeldActie} pad="bron" label={t('herstel.bron')} hulp={t('herstel.bronHulp')} value={w.bron} onChange={zet('bron')} required autoComplete="off" />
        <Veld actie={voorbeeldActie} pad="gebruiker" label={t('herstel.buitenGebruiker')} hulp={t('herstel.buitenGebruikerHulp')} value={w.gebruiker} onChange={zet('gebruiker')} required autoComplete="username" />
        <Veld actie={voorbeeldActie} pad="wachtwoord" type="password" label={t('herstel.wachtwoord')} value={w.wachtwoord} onChange={zet('wachtwoord')} required autoComplete="current-password" />
        <Box>
          <Button type="submit" variant="outlined" disabled={voorbeeldActie.bezig}>
            {voorbeeldActie.bezig ? t('algemeen.bezig') : t('herstel.bekijken')}
          </Button>
        </Box>
        {voorbeeld && (
          <Alert severity={voorbeeld.weg === 'ramp' ? 'warning' : 'info'} role="status">
            <AlertTitle>{voorbeeld.weg === 'ramp' ? t('herstel.noodwegTitel') : t('herstel.geenVerliesTitel')}</AlertTitle>
            {voorbeeld.melding}
            <Box sx={{ mt: 1 }}>
              <Button variant="contained" color="warning" onClick={() => { herstelActie.wissen(); setVragen(true); }}>
                {t('herstel.herstellen')}
              </Button>
            </Box>
          </Alert>
        )}
      </Stack>
      <Bevestiging
        open={vragen}
        titel={t('herstel.vraagTitel')}
        tekst={voorbeeld?.melding ?? ''}
        bevestigTekst={t('herstel.herstellen')}
        actie={herstelActie}
        onSluiten={() => setVragen(false)}
        onBevestigen={() => void herstellen()}
      />
      <HerstelUitkomst melding={uitkomst?.melding ?? null} onVerder={() => void naarAanmelden()} />
    </Paper>
  );
}
