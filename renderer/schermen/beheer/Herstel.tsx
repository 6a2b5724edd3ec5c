import { useId, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import RestoreOutlinedIcon from '@mui/icons-material/RestoreOutlined';
import { useTranslation } from 'react-i18next';
import type { Invoer, Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { useSessie } from '../../store/sessie';
import { Sectie } from '../../componenten/Sectie';
import { Bevestiging } from '../../componenten/Bevestiging';
import { PaginaFormulier } from '../../componenten/PaginaFormulier';
import { Succes } from '../../componenten/Succes';
import { PadVeld } from '../../componenten/PadVeld';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useBevestiging } from '../../componenten/useBevestiging';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';

type HerstelInvoer = Invoer<'bestand.herstelVoorbeeld'>;

/**
 * The steps a restore takes wherever it starts (Beheer → Backup, or without a session): a preview
 * of what would be lost, a confirmation that names it, then the outcome that must be read before
 * signing in again. `naHerstel` runs after a successful restore (forget the passphrase typed).
 */
export function useHerstellen(invoer: HerstelInvoer, naHerstel?: () => void) {
  const voorbeeldActie = useActie();
  const [voorbeeld, setVoorbeeld] = useState<Uitvoer<'bestand.herstelVoorbeeld'> | null>(null);
  const [uitkomst, setUitkomst] = useState<Uitvoer<'bestand.herstellen'> | null>(null);
  const herstel = useBevestiging();
  const bekijken = async () => {
    setVoorbeeld(null);
    const r = await voorbeeldActie.uitvoeren(() => roep('bestand.herstelVoorbeeld', invoer));
    if (r) setVoorbeeld(r);
  };
  const bevestiging = herstel.bevestiging(
    () => roep('bestand.herstellen', { ...invoer, verliesBevestigd: voorbeeld?.ouder ?? false }),
    (r) => {
      naHerstel?.();
      setUitkomst(r);
    },
  );
  return { voorbeeldActie, voorbeeld, setVoorbeeld, bekijken, vragen: () => herstel.vragen(true), bevestiging, uitkomst, setUitkomst };
}

/** The preview of a restore with the button that asks to go ahead. */
export function HerstelVoorbeeld({ waarschuwing, titel, melding, icoon, onHerstellen, testid }: { waarschuwing: boolean; titel: string; melding: string; icoon?: ReactNode; onHerstellen(): void; testid?: string }) {
  const { t } = useTranslation();
  return (
    <Alert severity={waarschuwing ? 'warning' : 'info'} role="status" {...(testid ? { 'data-testid': testid } : {})}>
      <AlertTitle>{titel}</AlertTitle>
      {melding}
      <Box sx={{ mt: 1 }}>
        <Button variant="contained" color="warning" {...(icoon ? { startIcon: icoon } : {})} onClick={onHerstellen}>
          {t('herstel.herstellen')}
        </Button>
      </Box>
    </Alert>
  );
}

/**
 * Beheer → Backup: restoring this bestand from a backup (ADR 0012). First a preview says what would
 * be lost; the restore itself asks for confirmation, then says where the replaced bestand was set
 * aside and how to go back; after signing in to the restored bestand it is confirmed here.
 */
export function Herstel() {
  const { t } = useTranslation();
  const sessie = useSessie((s) => s.sessie);
  const vernieuwen = useSessie((s) => s.vernieuwen);
  const [bron, setBron] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const opruimen = useBevestiging();
  const bevestigd = useSucces();
  // Only a bestand set aside by an earlier restore is shown; a refused status call shows nothing, as before.
  const status = useLaden(() => roep('bestand.herstelStatus', {}), []);
  const opzij = status.data ?? [];

  const map = sessie?.bestand?.map ?? '';
  const h = useHerstellen({ bron, map, gebruiker: sessie?.gebruiker?.naam ?? '', wachtwoord }, () => setWachtwoord(''));

  return (
    <Sectie titel={t('herstel.titel')} uitleg={t('herstel.uitleg')}>
      <Succes tekst={bevestigd.tekst} onSluiten={bevestigd.onSluiten} />
      {opzij.length > 0 && (
        <Alert severity="warning" role="status" sx={{ mb: 2 }} action={
          <Button color="inherit" onClick={() => opruimen.vragen(true)}>{t('herstel.bevestigen')}</Button>
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
        {...opruimen.bevestiging(
          () => roep('bestand.herstelBevestigen', {}),
          (r) => {
            bevestigd.tonen(t('herstel.bevestigd', { count: r.verwijderd }));
            void status.herladen();
          },
        )}
        titel={t('herstel.bevestigTitel')}
        tekst={t('herstel.bevestigTekst')}
        bevestigTekst={t('herstel.bevestigen')}
      />
      <PaginaFormulier
        label={t('herstel.titel')}
        actie={h.voorbeeldActie}
        bekendeVelden={['bron', 'wachtwoord']}
        knop={t('herstel.bekijken')}
        knopProps={{ variant: 'outlined' }}
        breedte={720}
        onVerzenden={() => void h.bekijken()}
      >
        <PadVeld actie={h.voorbeeldActie} pad="bron" soort="map" label={t('herstel.bron')} hulp={t('herstel.bronHulp')} waarde={bron} onWaarde={setBron} veldProps={{ required: true }} />
        <Veld actie={h.voorbeeldActie} pad="wachtwoord" type="password" label={t('herstel.wachtwoord')} hulp={t('herstel.wachtwoordHulp')} value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} autoComplete="current-password" required />
      </PaginaFormulier>
      {h.voorbeeld && (
        <Box sx={{ mt: 2, maxWidth: 720 }}>
          <HerstelVoorbeeld
            waarschuwing={h.voorbeeld.ouder}
            titel={h.voorbeeld.ouder ? t('herstel.verliesTitel') : t('herstel.geenVerliesTitel')}
            melding={h.voorbeeld.melding}
            icoon={<RestoreOutlinedIcon />}
            onHerstellen={h.vragen}
            testid="herstel-voorbeeld"
          />
        </Box>
      )}
      <Bevestiging {...h.bevestiging} titel={t('herstel.vraagTitel')} tekst={`${h.voorbeeld?.melding ?? ''} ${t('herstel.vraagTekst')}`} bevestigTekst={t('herstel.herstellen')} />
      <HerstelUitkomst
        melding={h.uitkomst?.melding ?? null}
        onVerder={() => {
          h.setUitkomst(null);
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
