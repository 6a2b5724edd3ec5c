import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import PrintOutlinedIcon from '@mui/icons-material/PrintOutlined';
import { useTranslation } from 'react-i18next';
import type { Rol } from '@shared/rollen';
import { PaginaKop } from './PaginaKop';

/**
 * The recovery key, shown once (ADR 0010): the code, a clean "noodkaart" for the printer, and a
 * check that the user really stored it — the last group typed back — before the page moves on.
 */
export function HerstelsleutelKaart(props: { code: string; bestand: string; penvoerder: string; rol: Rol; intro?: string; onBewaard(): void }) {
  const { t, i18n } = useTranslation();
  const [laatste, setLaatste] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const groepen = props.code.split('-');
  const rol = t(`rollen.${props.rol}`);
  const datum = new Date().toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

  const bevestigen = (e: FormEvent) => {
    e.preventDefault();
    if (laatste.replace(/\D/g, '') !== groepen[groepen.length - 1]) {
      setFout(t('herstelsleutel.kaart.klopNiet'));
      return;
    }
    props.onBewaard();
  };

  const codeOpmaak = { fontFamily: 'monospace', fontSize: '1.5rem', letterSpacing: '0.08em', wordSpacing: '0.4em' };

  return (
    <>
      {/* On paper only the card: the rest of the screen has no place in the penvoerder's safe. */}
      <GlobalStyles
        styles={{
          '.noodkaart': { display: 'none' },
          '@media print': {
            'body *': { visibility: 'hidden' },
            '.noodkaart, .noodkaart *': { visibility: 'visible' },
            '.noodkaart': { display: 'block', position: 'absolute', left: 0, top: 0, width: '100%', color: '#000' },
          },
        }}
      />
      <PaginaKop titel={t('herstelsleutel.kaart.titel')} intro={props.intro ?? t('herstelsleutel.kaart.intro')} />
      <Stack spacing={3} sx={{ maxWidth: 760 }}>
        {props.intro && <Alert severity="warning">{t('herstelsleutel.kaart.intro')}</Alert>}
        <Paper variant="outlined" component="section" aria-labelledby="herstelsleutel-kop" sx={{ p: { xs: 2, md: 3 } }}>
          <Typography variant="h2" id="herstelsleutel-kop" sx={{ mb: 1.5 }}>
            {t('herstelsleutel.kaart.codeLabel')}
          </Typography>
          <Box component="code" data-testid="herstelsleutel" sx={{ ...codeOpmaak, display: 'block', bgcolor: '#eef1f5', p: 2, borderRadius: 1, mb: 2 }}>
            {groepen.join(' ')}
          </Box>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('herstelsleutel.kaart.kan', { rol })}
          </Typography>
          <Button variant="outlined" startIcon={<PrintOutlinedIcon />} onClick={() => window.print()}>
            {t('herstelsleutel.kaart.printen')}
          </Button>
        </Paper>
        <Paper variant="outlined" component="form" noValidate onSubmit={bevestigen} aria-labelledby="bewaard-kop" sx={{ p: { xs: 2, md: 3 } }}>
          <Typography variant="h2" id="bewaard-kop" sx={{ mb: 1 }}>
            {t('herstelsleutel.kaart.bevestigTitel')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('herstelsleutel.kaart.bevestigUitleg')}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label={t('herstelsleutel.kaart.laatsteGroep')}
              name="laatsteGroep"
              value={laatste}
              onChange={(e) => {
                setLaatste(e.target.value);
                setFout(null);
              }}
              error={Boolean(fout)}
              helperText={fout ?? ' '}
              autoComplete="off"
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
              sx={{ maxWidth: 260 }}
            />
            <Button type="submit" variant="contained" sx={{ mt: { sm: '8px' } }}>
              {t('herstelsleutel.kaart.bewaard')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
      <Box className="noodkaart" aria-hidden sx={{ p: 4, fontFamily: 'serif' }}>
        <h1 style={{ fontSize: '20pt', margin: '0 0 12pt' }}>{t('herstelsleutel.kaart.noodkaartTitel')}</h1>
        <p style={{ margin: '0 0 4pt' }}>
          <strong>{t('app.titel')}</strong>
        </p>
        <table style={{ borderCollapse: 'collapse', marginBottom: '16pt' }}>
          <tbody>
            {[
              [t('herstelsleutel.kaart.bestand'), props.bestand],
              [t('herstelsleutel.kaart.penvoerder'), props.penvoerder],
              [t('herstelsleutel.kaart.datum'), datum],
            ].map(([k, w]) => (
              <tr key={k}>
                <th style={{ textAlign: 'left', paddingRight: '16pt', fontWeight: 'normal' }}>{k}</th>
                <td>{w}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ fontFamily: 'monospace', fontSize: '18pt', border: '1pt solid #000', padding: '12pt', letterSpacing: '0.05em', wordSpacing: '0.4em' }}>{groepen.join(' ')}</p>
        <p>{t('herstelsleutel.kaart.kan', { rol })}</p>
        <p>{t('herstelsleutel.kaart.waarBewaren', { rol })}</p>
        <p>{t('herstelsleutel.kaart.hoeGebruiken')}</p>
      </Box>
    </>
  );
}
