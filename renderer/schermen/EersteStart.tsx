import { useState, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddCircleOutlineIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import StorageOutlinedIcon from '@mui/icons-material/StorageOutlined';
import { useTranslation } from 'react-i18next';
import { LEIDENDE_ROL, PROFIELEN, type Profiel } from '@shared/rollen';
import type { Uitvoer } from '@shared/api';
import { roep } from '../api/client';
import { useSessie } from '../store/sessie';
import { BezigKnop } from '../componenten/BezigKnop';
import { PaginaFormulier } from '../componenten/PaginaFormulier';
import { KaalKader } from '../componenten/KaalKader';
import { Pagina } from '../componenten/Pagina';
import { PaginaKop } from '../componenten/PaginaKop';
import { FoutMelding } from '../componenten/FoutMelding';
import { TerugKnop } from '../componenten/TerugKnop';
import { Veld } from '../componenten/Veld';
import { useActie } from '../componenten/useActie';
import { useLaden } from '../componenten/useLaden';
import { HerstelsleutelKaart } from '../componenten/HerstelsleutelKaart';
import { HerstelBuiten } from './HerstelBuiten';

type Stap = 'keuze' | 'nieuw' | 'openen';

/** First start: no bestand chosen. A new bestand, an existing one, or the demo. */
export function EersteStart() {
  const [stap, setStap] = useState<Stap>('keuze');
  return (
    <KaalKader>
      <Box sx={{ maxWidth: 1100, mx: 'auto' }}>
        {stap === 'keuze' && <Keuze onKies={setStap} />}
        {stap === 'nieuw' && <NieuwBestand onTerug={() => setStap('keuze')} />}
        {stap === 'openen' && <BestandOpenen onTerug={() => setStap('keuze')} />}
      </Box>
    </KaalKader>
  );
}

function KeuzeKaart({ icoon, titel, uitleg, knop, onKlik, bezig = false }: { icoon: ReactNode; titel: string; uitleg: string; knop: string; onKlik(): void; bezig?: boolean }) {
  return (
    <Card variant="outlined" sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Box sx={{ color: 'primary.main', mb: 1.5 }} aria-hidden>
          {icoon}
        </Box>
        <Typography variant="h2" sx={{ mb: 1 }}>
          {titel}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {uitleg}
        </Typography>
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <Button variant="contained" onClick={onKlik} disabled={bezig}>
          {knop}
        </Button>
      </CardActions>
    </Card>
  );
}

function Keuze({ onKies }: { onKies(stap: Stap): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const zetDemo = useSessie((s) => s.zetDemo);
  const vernieuwen = useSessie((s) => s.vernieuwen);

  const demo = async () => {
    const uitkomst = await actie.uitvoeren(() => roep('bestand.demo', {}));
    if (uitkomst) {
      zetDemo(uitkomst);
      await vernieuwen();
    }
  };

  const keuzes = [
    { sleutel: 'nieuw', icoon: <AddCircleOutlineIcon fontSize="large" />, onKlik: () => onKies('nieuw') },
    { sleutel: 'openen', icoon: <FolderOpenOutlinedIcon fontSize="large" />, onKlik: () => onKies('openen') },
    { sleutel: 'demo', icoon: <ScienceOutlinedIcon fontSize="large" />, onKlik: () => void demo() },
  ] as const;

  return (
    <>
      <Pagina titel={t('eersteStart.titel')} intro={t('eersteStart.intro')} fout={actie.fout} />
      {actie.bezig && (
        <Alert severity="info" role="status" sx={{ mb: 3 }}>
          {t('eersteStart.demoBezig')}
        </Alert>
      )}
      <Grid container spacing={3} component="section" aria-label={t('eersteStart.keuzes')}>
        {keuzes.map((k) => (
          <Grid key={k.sleutel} size={{ xs: 12, md: 4 }}>
            <KeuzeKaart
              icoon={k.icoon}
              titel={t(`eersteStart.${k.sleutel}Titel`)}
              uitleg={t(`eersteStart.${k.sleutel}Uitleg`)}
              knop={t(`eersteStart.${k.sleutel}Knop`)}
              onKlik={k.onKlik}
              bezig={k.sleutel === 'demo' && actie.bezig}
            />
          </Grid>
        ))}
      </Grid>
    </>
  );
}

const NIEUW_VELDEN = ['map', 'naam', 'penvoerder', 'profiel', 'gebruiker', 'weergavenaam', 'wachtwoord', 'herhaling'] as const;

function NieuwBestand({ onTerug }: { onTerug(): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const vernieuwen = useSessie((s) => s.vernieuwen);
  const [w, setW] = useState({ map: '', naam: '', penvoerder: '', profiel: 'centraal' as Profiel, gebruiker: '', weergavenaam: '', wachtwoord: '', herhaling: '' });
  const zet = (veld: keyof typeof w) => (e: { target: { value: string } }) => setW((oud) => ({ ...oud, [veld]: e.target.value }));
  const [gemaakt, setGemaakt] = useState<Uitvoer<'bestand.maken'> | null>(null);

  const verzenden = async () => {
    const { herhaling, ...invoer } = w;
    const info = await actie.uitvoeren(() => roep('bestand.maken', invoer), {
      herhaling: herhaling !== w.wachtwoord && t('fout.herhaling'),
    });
    // The bestand is made and signed in; first the recovery key, shown this once (ADR 0010).
    if (info) setGemaakt(info);
  };

  if (gemaakt) {
    return (
      <HerstelsleutelKaart
        code={gemaakt.herstelsleutel}
        bestand={gemaakt.naam}
        penvoerder={gemaakt.penvoerder}
        rol={LEIDENDE_ROL[gemaakt.profiel]}
        onBewaard={() => void vernieuwen()}
      />
    );
  }

  return (
    <>
      <TerugKnop tekst={t('algemeen.terug')} onTerug={onTerug} />
      <PaginaKop focus={false} titel={t('eersteStart.nieuwTitel')} intro={t('eersteStart.nieuwIntro')} />
      <PaginaFormulier kader label={t('eersteStart.nieuwTitel')} actie={actie} bekendeVelden={NIEUW_VELDEN} knop={t('eersteStart.maken')} knopProps={{ size: 'large' }} spatie={2.5} sx={{ maxWidth: 760 }} onVerzenden={() => void verzenden()}>
        <Typography variant="h2">{t('eersteStart.bestandSectie')}</Typography>
        <Veld actie={actie} pad="map" label={t('eersteStart.mapnaam')} hulp={t('eersteStart.mapnaamHulp')} value={w.map} onChange={zet('map')} required autoFocus />
        <Veld actie={actie} pad="naam" label={t('eersteStart.naam')} hulp={t('eersteStart.naamHulp')} value={w.naam} onChange={zet('naam')} required />
        <Veld actie={actie} pad="penvoerder" label={t('eersteStart.penvoerder')} hulp={t('eersteStart.penvoerderHulp')} value={w.penvoerder} onChange={zet('penvoerder')} required />
        <FormControl error={Boolean(actie.veldfout('profiel'))}>
          <FormLabel id="profiel-label">{t('eersteStart.profiel')}</FormLabel>
          <RadioGroup aria-labelledby="profiel-label" name="profiel" value={w.profiel} onChange={zet('profiel')}>
            {PROFIELEN.map((p) => (
              <FormControlLabel
                key={p}
                value={p}
                control={<Radio />}
                label={
                  <span>
                    <strong>{t(`profielen.${p}`)}</strong> — {t(`profielUitleg.${p}`)}
                  </span>
                }
              />
            ))}
          </RadioGroup>
          {actie.veldfout('profiel') && <FormHelperText>{actie.veldfout('profiel')}</FormHelperText>}
        </FormControl>
        <Divider />
        <Typography variant="h2">{t('eersteStart.accountSectie')}</Typography>
        <Veld actie={actie} pad="gebruiker" label={t('eersteStart.gebruikersnaam')} hulp={t('eersteStart.gebruikersnaamHulp')} value={w.gebruiker} onChange={zet('gebruiker')} required autoComplete="username" />
        <Veld actie={actie} pad="weergavenaam" label={t('eersteStart.weergavenaam')} value={w.weergavenaam} onChange={zet('weergavenaam')} required autoComplete="name" />
        <Veld actie={actie} pad="wachtwoord" type="password" label={t('eersteStart.wachtwoord')} hulp={t('eersteStart.wachtwoordHulp')} value={w.wachtwoord} onChange={zet('wachtwoord')} required autoComplete="new-password" />
        <Veld actie={actie} pad="herhaling" type="password" label={t('eersteStart.herhaling')} value={w.herhaling} onChange={zet('herhaling')} required autoComplete="new-password" />
      </PaginaFormulier>
    </>
  );
}

function BestandOpenen({ onTerug }: { onTerug(): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const vernieuwen = useSessie((s) => s.vernieuwen);
  const lijst = useLaden(() => roep('bestand.lijst', {}), []);
  const [map, setMap] = useState('');

  const openen = async (doel: string) => {
    const uitkomst = await actie.uitvoeren(() => roep('bestand.openen', { map: doel }));
    if (uitkomst) await vernieuwen();
  };

  return (
    <>
      <TerugKnop tekst={t('algemeen.terug')} onTerug={onTerug} />
      <PaginaKop titel={t('eersteStart.openenTitel')} intro={t('eersteStart.openenUitleg')} />
      <Stack spacing={3} sx={{ maxWidth: 760 }}>
        {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['map']} />}
        {lijst.fout && <FoutMelding fout={lijst.fout} />}
        <Paper variant="outlined" component="section" aria-labelledby="werkmap-kop" sx={{ p: { xs: 2, md: 3 } }}>
          <Typography variant="h2" id="werkmap-kop" sx={{ mb: 1 }}>
            {t('eersteStart.openenIntro')}
          </Typography>
          {lijst.data?.length === 0 && <Typography color="text.secondary">{t('eersteStart.geenBestanden')}</Typography>}
          {lijst.data && lijst.data.length > 0 && (
            <List aria-labelledby="werkmap-kop">
              {lijst.data.map((b) => (
                <li key={b.map}>
                  <ListItemButton onClick={() => void openen(b.map)} disabled={actie.bezig} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mb: 1 }}>
                    <ListItemIcon>
                      <StorageOutlinedIcon aria-hidden />
                    </ListItemIcon>
                    <ListItemText primary={b.naam} secondary={b.map} />
                  </ListItemButton>
                </li>
              ))}
            </List>
          )}
        </Paper>
        <Paper
          variant="outlined"
          component="form"
          noValidate
          aria-labelledby="map-kop"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void openen(map);
          }}
          sx={{ p: { xs: 2, md: 3 } }}
        >
          <Typography variant="h2" id="map-kop" sx={{ mb: 2 }}>
            {t('eersteStart.openenMap')}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Veld actie={actie} pad="map" label={t('eersteStart.openenMapLabel')} hulp={t('eersteStart.openenMapHulp')} value={map} onChange={(e) => setMap(e.target.value)} />
            <BezigKnop type="submit" variant="contained" actie={actie} sx={{ minWidth: 120, mt: { sm: '2px' } }}>
              {t('eersteStart.openen')}
            </BezigKnop>
          </Stack>
        </Paper>
        <HerstelBuiten />
      </Stack>
    </>
  );
}
