import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import RestoreOutlinedIcon from '@mui/icons-material/RestoreOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import { roep } from '../../api/client';
import { useSessie } from '../../store/sessie';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Bevestiging } from '../../componenten/Bevestiging';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';

/**
 * Beheer → Backup: restoring this bestand from a backup (ADR 0012). First a preview says what would
 * be lost; the restore itself asks for confirmation, then says where the replaced bestand was set
 * aside and how to go back; after signing in to the restored bestand it is confirmed here.
 */
export function Herstel() {
  const { t } = useTranslation();
  const sessie = useSessie((s) => s.sessie);
  const vernieuwen = useSessie((s) => s.vernieuwen);
  const voorbeeldActie = useActie();
  const herstelActie = useActie();
  const bevestigActie = useActie();
  const [bron, setBron] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [voorbeeld, setVoorbeeld] = useState<Uitvoer<'bestand.herstelVoorbeeld'> | null>(null);
  const [vragen, setVragen] = useState(false);
  const [uitkomst, setUitkomst] = useState<Uitvoer<'bestand.herstellen'> | null>(null);
  const [bevestigVragen, setBevestigVragen] = useState(false);
  const bevestigd = useSucces();
  // Only a bestand set aside by an earlier restore is shown; a refused status call shows nothing, as before.
  const status = useLaden(() => roep('bestand.herstelStatus', {}), []);
  const opzij = status.data ?? [];

  const map = sessie?.bestand?.map ?? '';
  const invoer = { bron, map, gebruiker: sessie?.gebruiker?.naam ?? '', wachtwoord };

  const bekijken = async (e: FormEvent) => {
    e.preventDefault();
    setVoorbeeld(null);
    const r = await voorbeeldActie.uitvoeren(() => roep('bestand.herstelVoorbeeld', invoer));
    if (r) setVoorbeeld(r);
  };

  const herstellen = async () => {
    const r = await herstelActie.uitvoeren(() => roep('bestand.herstellen', { ...invoer, verliesBevestigd: voorbeeld?.ouder ?? false }));
    if (r) {
      setVragen(false);
      setWachtwoord('');
      setUitkomst(r);
    }
  };

  const bevestigen = async () => {
    const r = await bevestigActie.uitvoeren(() => roep('bestand.herstelBevestigen', {}));
    if (r) {
      setBevestigVragen(false);
      bevestigd.tonen(t('herstel.bevestigd', { count: r.verwijderd }));
      await status.herladen();
    }
  };

  return (
    <Sectie titel={t('herstel.titel')} uitleg={t('herstel.uitleg')}>
      <Succes tekst={bevestigd.tekst} onSluiten={bevestigd.onSluiten} />
      {opzij.length > 0 && (
        <Alert severity="warning" role="status" sx={{ mb: 2 }} action={
          <Button color="inherit" onClick={() => { bevestigActie.wissen(); setBevestigVragen(true); }}>{t('herstel.bevestigen')}</Button>
        }>
          <AlertTitle>{t('herstel.wachtTitel')}</AlertTitle>
          {opzij.map((o) => (
            <Box key={o.map} sx={{ wordBreak: 'break-all' }} data-testid="herstel-opzij">
              {t('herstel.wacht', { map: o.map, tot: new Date(o.bewaarTot).toLocaleDateString(), hier: map })}
            </Box>
          ))}
        </Alert>
      )}
      <Bevestiging
        open={bevestigVragen}
        titel={t('herstel.bevestigTitel')}
        tekst={t('herstel.bevestigTekst')}
        bevestigTekst={t('herstel.bevestigen')}
        actie={bevestigActie}
        onSluiten={() => setBevestigVragen(false)}
        onBevestigen={() => void bevestigen()}
      />
      <Box component="form" noValidate onSubmit={bekijken} aria-label={t('herstel.titel')}>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          {voorbeeldActie.fout && <FoutMelding fout={voorbeeldActie.fout} bekendeVelden={['bron', 'wachtwoord']} />}
          <Veld actie={voorbeeldActie} pad="bron" label={t('herstel.bron')} hulp={t('herstel.bronHulp')} value={bron} onChange={(e) => setBron(e.target.value)} autoComplete="off" required />
          <Veld actie={voorbeeldActie} pad="wachtwoord" type="password" label={t('herstel.wachtwoord')} hulp={t('herstel.wachtwoordHulp')} value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} autoComplete="current-password" required />
          <Box>
            <Button type="submit" variant="outlined" disabled={voorbeeldActie.bezig}>
              {voorbeeldActie.bezig ? t('algemeen.bezig') : t('herstel.bekijken')}
            </Button>
          </Box>
          {voorbeeld && (
            <Alert severity={voorbeeld.ouder ? 'warning' : 'info'} role="status" data-testid="herstel-voorbeeld">
              <AlertTitle>{voorbeeld.ouder ? t('herstel.verliesTitel') : t('herstel.geenVerliesTitel')}</AlertTitle>
              {voorbeeld.melding}
              <Box sx={{ mt: 1 }}>
                <Button variant="contained" color="warning" startIcon={<RestoreOutlinedIcon />} onClick={() => { herstelActie.wissen(); setVragen(true); }}>
                  {t('herstel.herstellen')}
                </Button>
              </Box>
            </Alert>
          )}
        </Stack>
      </Box>
      <Bevestiging
        open={vragen}
        titel={t('herstel.vraagTitel')}
        tekst={`${voorbeeld?.melding ?? ''} ${t('herstel.vraagTekst')}`}
        bevestigTekst={t('herstel.herstellen')}
        actie={herstelActie}
        onSluiten={() => setVragen(false)}
        onBevestigen={() => void herstellen()}
      />
      <HerstelUitkomst
        melding={uitkomst?.melding ?? null}
        onVerder={() => {
          setUitkomst(null);
          void vernieuwen();
        }}
      />
    </Sectie>
  );
}

/**
 * The outcome of a restore, shared with the restore outside a session (HerstelBuiten). The session is
 * locked by the restore: this message must be read before the sign-in screen shows, so it only closes
 * through its one button.
 */
export function HerstelUitkomst({ melding, onVerder }: { melding: string | null; onVerder(): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog open={melding !== null} aria-labelledby={id}>
      <DialogTitle id={id}>{t('herstel.klaarTitel')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ wordBreak: 'break-word' }} data-testid="herstel-uitkomst">
          {melding}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button autoFocus variant="contained" onClick={onVerder}>
          {t('herstel.naarAanmelden')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
