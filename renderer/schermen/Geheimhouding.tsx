import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Sessie } from '@shared/api';
import { roep } from '../api/client';
import { useSessie } from '../store/sessie';
import { KaalKader } from '../componenten/KaalKader';
import { PaginaKop } from '../componenten/PaginaKop';
import { FoutMelding } from '../componenten/FoutMelding';
import { useActie } from '../componenten/useActie';
import { WachtwoordDialoog } from './WachtwoordDialoog';

/**
 * The first step after signing in, before anything else (art. 21.2, ADR 0043): the duty of
 * confidentiality, word for word, with what it means, a tick and a button. The backend refuses case
 * data until this is done; this screen is only where the user does it. The covenant's text is shown in
 * Dutch in every interface language: that is the text that is acknowledged.
 */
export function Geheimhouding({ tekst }: { tekst: NonNullable<Sessie['geheimhouding']> }) {
  const { t } = useTranslation();
  const actie = useActie();
  const vergrendelActie = useActie();
  const zet = useSessie((s) => s.zet);
  const vergrendelen = useSessie((s) => s.vergrendelen);
  const [gelezen, setGelezen] = useState(false);
  const [wachtwoord, setWachtwoord] = useState(false);

  const bevestigen = async (e: FormEvent) => {
    e.preventDefault();
    const sessie = await actie.uitvoeren(() => roep('geheimhouding.bevestigen', { versie: tekst.versie }), { gelezen: !gelezen && t('geheimhouding.vinkjeNodig') });
    if (sessie) zet(sessie);
  };
  const vinkjeFout = actie.veldfout('gelezen');

  return (
    <KaalKader>
      <Paper variant="outlined" component="form" noValidate onSubmit={bevestigen} sx={{ p: { xs: 3, md: 4 }, maxWidth: 820, mx: 'auto' }}>
        <PaginaKop titel={t('geheimhouding.titel')} intro={t('geheimhouding.intro')} />
        <Stack spacing={3}>
          {actie.fout && actie.fout.code !== 'ONGELDIGE_INVOER' && <FoutMelding fout={actie.fout} />}
          {vergrendelActie.fout && <FoutMelding fout={vergrendelActie.fout} />}
          <Box component="section" aria-labelledby="geheimhouding-artikel">
            <Typography variant="h2" id="geheimhouding-artikel" sx={{ mb: 1 }}>
              {t('geheimhouding.artikelKop')}
            </Typography>
            <Box component="blockquote" lang="nl" sx={{ m: 0, pl: 2, borderLeft: 4, borderColor: 'primary.main', fontStyle: 'normal' }}>
              <Typography>{tekst.citaat}</Typography>
            </Box>
          </Box>
          <Box component="section" aria-labelledby="geheimhouding-uitleg">
            <Typography variant="h2" id="geheimhouding-uitleg" sx={{ mb: 1 }}>
              {t('geheimhouding.uitlegKop')}
            </Typography>
            <Box component="ul" lang="nl" sx={{ m: 0, pl: 3, '& li': { mb: 0.75 } }}>
              {tekst.uitleg.map((zin) => (
                <Typography component="li" key={zin}>
                  {zin}
                </Typography>
              ))}
            </Box>
          </Box>
          <Box>
            <FormControlLabel
              control={
                <Checkbox
                  checked={gelezen}
                  onChange={(e) => setGelezen(e.target.checked)}
                  slotProps={{ input: { 'aria-describedby': vinkjeFout ? 'geheimhouding-vinkje-fout' : undefined, 'aria-invalid': Boolean(vinkjeFout) } }}
                />
              }
              label={t('geheimhouding.vinkje')}
            />
            {vinkjeFout && (
              <FormHelperText id="geheimhouding-vinkje-fout" error>
                {vinkjeFout}
              </FormHelperText>
            )}
          </Box>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between', alignItems: 'center' }}>
            <Button type="submit" variant="contained" size="large" disabled={actie.bezig}>
              {actie.bezig ? t('algemeen.bezig') : t('geheimhouding.knop')}
            </Button>
            <Box sx={{ display: 'flex', gap: 1 }}>
              {/* Replacing the passphrase the beheerder gave touches no case data (ADR 0043). */}
              <Button variant="text" onClick={() => setWachtwoord(true)}>
                {t('shell.wachtwoordWijzigen')}
              </Button>
              <Button
                variant="text"
                onClick={() =>
                  void vergrendelActie.uitvoeren(async () => {
                    const fout = await vergrendelen();
                    return fout ? { ok: false, fout } : { ok: true, waarde: null };
                  })
                }
              >
                {t('geheimhouding.vergrendelen')}
              </Button>
            </Box>
          </Box>
          <Typography variant="body2" color="text.secondary">
            {t('geheimhouding.vastlegging', { versie: tekst.versie })}
          </Typography>
        </Stack>
      </Paper>
      <WachtwoordDialoog open={wachtwoord} onSluiten={() => setWachtwoord(false)} />
    </KaalKader>
  );
}
