import { useEffect, useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SignaalRij } from '@shared/domein/signaal';
import { roep } from '../../api/client';
import { nlDatum } from '../../opmaak';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useActie, type Actie } from '../../componenten/useActie';

export interface GekozenSignaal {
  id: number;
  nummer: string;
  omschrijving?: string;
}

/** One line about a signal, without names: number, date, source, suspicion. */
export function signaalRegel(r: SignaalRij, t: (k: 'algemeen.leeg') => string): string {
  return [r.datumTijd ? nlDatum(r.datumTijd) : '', r.bron?.naam ?? '', r.vermoedens.join(', ')].filter(Boolean).join(' · ') || t('algemeen.leeg');
}

/**
 * Picking signals: the ones already chosen stay ticked, and a search finds other submitted signals
 * that are in no dossier yet (only those can go in, art. 16.3).
 */
export function SignalenKiezen({ gekozen, onWijzig, actie, label, uitsluiten = [] }: { gekozen: GekozenSignaal[]; onWijzig(g: GekozenSignaal[]): void; actie: Actie; label: string; uitsluiten?: readonly number[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [zoek, setZoek] = useState('');
  const [gevonden, setGevonden] = useState<SignaalRij[]>([]);
  const [aanvinkbaar, setAanvinkbaar] = useState<GekozenSignaal[]>(gekozen);

  useEffect(() => {
    let weg = false;
    const timer = window.setTimeout(async () => {
      const r = await roep('signalen.lijst', { status: 'ingediend', zonderDossier: true, limiet: 25, ...(zoek.trim() ? { zoek: zoek.trim() } : {}) });
      if (!weg && r.ok) setGevonden(r.waarde.rijen);
    }, zoek ? 300 : 0);
    return () => {
      weg = true;
      window.clearTimeout(timer);
    };
  }, [zoek]);

  // Everything ever shown stays in the list, so a ticked signal never disappears while searching.
  const lijst = [...aanvinkbaar];
  for (const r of gevonden) if (!lijst.some((g) => g.id === r.id) && !uitsluiten.includes(r.id)) lijst.push({ id: r.id, nummer: r.nummer, omschrijving: signaalRegel(r, t) });
  const melding = actie.veldfout('signaalIds');

  return (
    <FormControl component="fieldset" error={Boolean(melding)} data-pad="signaalIds">
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {label}
      </FormLabel>
      <TextField
        label={t('keten.dossierMaken.zoeken')}
        type="search"
        value={zoek}
        onChange={(e) => setZoek(e.target.value)}
        helperText={t('keten.dossierMaken.zoekenHulp')}
        sx={{ mb: 1 }}
        slotProps={{ htmlInput: { autoComplete: 'off', 'aria-describedby': `${id}-aantal` } }}
      />
      <Typography id={`${id}-aantal`} variant="body2" color="text.secondary" role="status">
        {t('keten.dossierMaken.gekozen', { count: gekozen.length })}
      </Typography>
      <FormGroup sx={{ maxHeight: 280, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, px: 1.5, py: 0.5, mt: 1 }}>
        {lijst.map((s) => (
          <FormControlLabel
            key={s.id}
            control={
              <Checkbox
                checked={gekozen.some((g) => g.id === s.id)}
                onChange={(e) => {
                  if (!aanvinkbaar.some((g) => g.id === s.id)) setAanvinkbaar([...aanvinkbaar, s]);
                  onWijzig(e.target.checked ? [...gekozen, s] : gekozen.filter((g) => g.id !== s.id));
                }}
              />
            }
            label={
              <span>
                <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                  {s.nummer}
                </Box>
                {s.omschrijving && (
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    {' '}
                    · {s.omschrijving}
                  </Box>
                )}
              </span>
            }
          />
        ))}
        {lijst.length === 0 && (
          <Typography variant="body2" sx={{ py: 1 }}>
            {t('keten.dossierMaken.geenOpen')}
          </Typography>
        )}
      </FormGroup>
      {melding && <FormHelperText>{melding}</FormHelperText>}
    </FormControl>
  );
}

/** Combining signals about one concrete case into a dossier (art. 7.2, 16.3). */
export function DossierMaken({ open, voorgekozen, onSluiten, onGemaakt }: { open: boolean; voorgekozen: GekozenSignaal[]; onSluiten(): void; onGemaakt(id: number): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [titel, setTitel] = useState('');
  const [gekozen, setGekozen] = useState<GekozenSignaal[]>(voorgekozen);
  const [sleutel, setSleutel] = useState(0);
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setTitel('');
      setGekozen(voorgekozen);
      setSleutel((k) => k + 1);
      wissen();
    }
    // voorgekozen is read when the dialog opens, not while it is open.
  }, [open, wissen]);

  const maken = async () => {
    const r = await actie.uitvoeren(() => roep('dossiers.maken', { signaalIds: gekozen.map((g) => g.id), titel }), {
      signaalIds: gekozen.length === 0 && t('keten.dossierMaken.kiesSignaal'),
    });
    if (r) onGemaakt(r.id);
  };

  return (
    <FormDialoog open={open} titel={t('keten.dossierMaken.titel')} actie={actie} verzendTekst={t('keten.dossierMaken.maken')} bekendeVelden={['titel', 'signaalIds']} breed onSluiten={onSluiten} onVerzenden={() => void maken()}>
      <Typography variant="body2" color="text.secondary">
        {t('keten.dossierMaken.uitleg')}
      </Typography>
      <Veld actie={actie} pad="titel" label={t('keten.dossierMaken.titelVeld')} value={titel} onChange={(e) => setTitel(e.target.value)} hulp={t('keten.dossierMaken.titelHulp')} required autoFocus autoComplete="off" />
      <Alert severity="warning" variant="outlined">
        {t('keten.dossierMaken.nietHerleidbaar')}
      </Alert>
      <SignalenKiezen key={sleutel} gekozen={gekozen} onWijzig={setGekozen} actie={actie} label={t('keten.dossierMaken.signalen')} />
    </FormDialoog>
  );
}
