import { useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { roep } from '../api/client';
import { useSessie } from '../store/sessie';
import { Bevestiging } from '../componenten/Bevestiging';
import { PaginaFormulier } from '../componenten/PaginaFormulier';
import { Veld } from '../componenten/Veld';
import { HerstelUitkomst, HerstelVoorbeeld, useHerstellen } from './beheer/Herstel';

const VELDEN = ['map', 'bron', 'gebruiker', 'wachtwoord'] as const;

/**
 * Restore without a session (ADR 0012): into an empty folder, or the disaster path when the bestand
 * no longer opens — with a managing account of the backup. Over a bestand that opens the backend
 * refuses and says to sign in and restore from Beheer → Backup.
 */
export function HerstelBuiten() {
  const { t } = useTranslation();
  const vernieuwen = useSessie((s) => s.vernieuwen);
  const [w, setW] = useState({ map: '', bron: '', gebruiker: '', wachtwoord: '' });
  const h = useHerstellen(w);
  const actie = h.voorbeeldActie;
  const zet = (veld: keyof typeof w) => (e: { target: { value: string } }) => {
    h.setVoorbeeld(null);
    setW((oud) => ({ ...oud, [veld]: e.target.value }));
  };
  const naarAanmelden = async () => {
    const map = h.uitkomst?.map ?? w.map;
    h.setUitkomst(null);
    await roep('bestand.openen', { map });
    await vernieuwen();
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="herstel-buiten-kop" sx={{ p: { xs: 2, md: 3 } }}>
      <Typography variant="h2" id="herstel-buiten-kop" sx={{ mb: 1 }}>
        {t('herstel.buitenTitel')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('herstel.buitenUitleg')}
      </Typography>
      <PaginaFormulier actie={actie} bekendeVelden={VELDEN} knop={t('herstel.bekijken')} knopProps={{ variant: 'outlined' }} onVerzenden={() => void h.bekijken()}>
        <Veld actie={actie} pad="map" label={t('herstel.mapLabel')} hulp={t('herstel.mapHulp')} value={w.map} onChange={zet('map')} required />
        <Veld actie={actie} pad="bron" label={t('herstel.bron')} hulp={t('herstel.bronHulp')} value={w.bron} onChange={zet('bron')} required autoComplete="off" />
        <Veld actie={actie} pad="gebruiker" label={t('herstel.buitenGebruiker')} hulp={t('herstel.buitenGebruikerHulp')} value={w.gebruiker} onChange={zet('gebruiker')} required autoComplete="username" />
        <Veld actie={actie} pad="wachtwoord" type="password" label={t('herstel.wachtwoord')} value={w.wachtwoord} onChange={zet('wachtwoord')} required autoComplete="current-password" />
      </PaginaFormulier>
      {h.voorbeeld && (
        <Box sx={{ mt: 2 }}>
          <HerstelVoorbeeld
            waarschuwing={h.voorbeeld.weg === 'ramp'}
            titel={h.voorbeeld.weg === 'ramp' ? t('herstel.noodwegTitel') : t('herstel.geenVerliesTitel')}
            melding={h.voorbeeld.melding}
            onHerstellen={h.vragen}
          />
        </Box>
      )}
      <Bevestiging {...h.bevestiging} titel={t('herstel.vraagTitel')} tekst={h.voorbeeld?.melding ?? ''} bevestigTekst={t('herstel.herstellen')} />
      <HerstelUitkomst melding={h.uitkomst?.melding ?? null} onVerder={() => void naarAanmelden()} />
    </Paper>
  );
}
