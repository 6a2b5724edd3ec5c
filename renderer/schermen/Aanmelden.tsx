import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LockOpenOutlinedIcon from '@mui/icons-material/LockOpenOutlined';
import { useTranslation } from 'react-i18next';
import type { Sessie } from '@shared/api';
import { roep } from '../api/client';
import { useSessie } from '../store/sessie';
import { useNavigatie } from '../store/navigatie';
import { KaalKader } from '../componenten/KaalKader';
import { PaginaKop } from '../componenten/PaginaKop';
import { FoutMelding } from '../componenten/FoutMelding';
import { useActie } from '../componenten/useActie';
import { WachtwoordVergeten } from './WachtwoordVergeten';

/** Sign in on the chosen bestand; the backend's message shows as it is on failure. */
export function Aanmelden({ bestand }: { bestand: NonNullable<Sessie['bestand']> }) {
  const { t } = useTranslation();
  const actie = useActie();
  const afmeldActie = useActie();
  const zet = useSessie((s) => s.zet);
  const sluiten = useSessie((s) => s.sluiten);
  const reden = useSessie((s) => s.reden);
  const vergrendeldNa = useSessie((s) => s.vergrendeldNa);
  const demo = useSessie((s) => s.demo);
  const naar = useNavigatie((s) => s.naar);
  const [gebruiker, setGebruiker] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [vergeten, setVergeten] = useState(false);

  const aanmelden = async (e: FormEvent) => {
    e.preventDefault();
    const sessie = await actie.uitvoeren(() => roep('sessie.aanmelden', { gebruiker, wachtwoord }));
    if (sessie) {
      setWachtwoord('');
      naar({ naam: 'overzicht' });
      zet(sessie);
    }
  };

  const redenTekst =
    reden === 'automatisch'
      ? t('aanmelden.automatisch', { count: vergrendeldNa ?? 0 })
      : reden === 'vergrendeld'
        ? t('aanmelden.vergrendeld')
        : reden === 'verlopen'
          ? t('aanmelden.verlopen')
          : null;
  // The demo's accounts on every visit, not only right after choosing the demo (issue 9 §6).
  const demoHier = bestand.demo ?? (demo && demo.map === bestand.map ? demo : null);

  if (vergeten) {
    return (
      <KaalKader>
        <WachtwoordVergeten bestand={bestand} onTerug={() => setVergeten(false)} />
      </KaalKader>
    );
  }

  return (
    <KaalKader>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, justifyContent: 'center', alignItems: 'flex-start' }}>
        <Paper variant="outlined" component="form" noValidate onSubmit={aanmelden} sx={{ p: { xs: 3, md: 4 }, width: '100%', maxWidth: 460 }}>
          <PaginaKop focus={false} titel={t('aanmelden.titel')} intro={bestand.naam ? t('aanmelden.bestand', { naam: bestand.naam }) : t('aanmelden.map', { map: bestand.map })} />
          <Stack spacing={2.5}>
            {redenTekst && (
              <Alert severity="info" role="status">
                {redenTekst}
              </Alert>
            )}
            {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['gebruiker', 'wachtwoord']} />}
            {afmeldActie.fout && <FoutMelding fout={afmeldActie.fout} />}
            <TextField
              label={t('aanmelden.gebruikersnaam')}
              name="gebruiker"
              value={gebruiker}
              onChange={(e) => setGebruiker(e.target.value)}
              autoComplete="username"
              autoFocus
              required
              fullWidth
              error={Boolean(actie.veldfout('gebruiker'))}
              helperText={actie.veldfout('gebruiker')}
            />
            <TextField
              label={t('aanmelden.wachtwoord')}
              name="wachtwoord"
              type="password"
              value={wachtwoord}
              onChange={(e) => setWachtwoord(e.target.value)}
              autoComplete="current-password"
              required
              fullWidth
              error={Boolean(actie.veldfout('wachtwoord'))}
              helperText={actie.veldfout('wachtwoord')}
            />
            <Button type="submit" variant="contained" size="large" startIcon={<LockOpenOutlinedIcon />} disabled={actie.bezig}>
              {actie.bezig ? t('algemeen.bezig') : t('aanmelden.knop')}
            </Button>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 1 }}>
              <Button variant="text" onClick={() => setVergeten(true)}>
                {t('herstelsleutel.vergeten.link')}
              </Button>
              <Button variant="text" onClick={() => void afmeldActie.uitvoeren(async () => {
                const fout = await sluiten();
                return fout ? { ok: false, fout } : { ok: true, waarde: null };
              })}>
                {t('aanmelden.anderBestand')}
              </Button>
            </Box>
          </Stack>
        </Paper>
        {demoHier && (
          <Paper variant="outlined" component="section" aria-labelledby="demo-kop" sx={{ p: { xs: 3, md: 4 }, width: '100%', maxWidth: 520 }}>
            <Typography variant="h2" id="demo-kop" sx={{ mb: 1 }}>
              {t('eersteStart.demoKlaarTitel')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('eersteStart.demoKlaarIntro')}
            </Typography>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('eersteStart.demoWaarschuwing')}
            </Alert>
            <Table size="small" aria-label={t('eersteStart.demoGebruikers')}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('gebruikers.naam')}</TableCell>
                  <TableCell scope="col">{t('gebruikers.rol')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {demoHier.gebruikers.map((g) => (
                  <TableRow key={g.naam}>
                    <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.9rem' }}>{g.naam}</TableCell>
                    <TableCell>{t(`rollen.${g.rol}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography sx={{ mt: 2 }}>
              {t('eersteStart.demoWachtwoord')}:{' '}
              <Box component="code" data-testid="demo-wachtwoord" sx={{ fontFamily: 'monospace', bgcolor: '#eef1f5', px: 0.75, py: 0.25, borderRadius: 0.5 }}>
                {demoHier.wachtwoord}
              </Box>
            </Typography>
          </Paper>
        )}
      </Box>
    </KaalKader>
  );
}
