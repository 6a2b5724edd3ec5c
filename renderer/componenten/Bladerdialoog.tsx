import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import FolderOutlinedIcon from '@mui/icons-material/FolderOutlined';
import HomeOutlinedIcon from '@mui/icons-material/HomeOutlined';
import InsertDriveFileOutlinedIcon from '@mui/icons-material/InsertDriveFileOutlined';
import UsbOutlinedIcon from '@mui/icons-material/UsbOutlined';
import ArrowUpwardOutlinedIcon from '@mui/icons-material/ArrowUpwardOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../api/client';
import { FoutMelding } from './FoutMelding';
import { useActie } from './useActie';

type Inhoud = Uitvoer<'bestanden.bladeren'>;

/**
 * The folder browser of browser mode (ADR 0036): places (home folder, removable drives) on the left,
 * the folder's contents on the right; a folder opens, a file (when a file is asked for) is chosen.
 * The backend decides what may be seen; a refusal shows as any refusal does.
 */
export function Bladerdialoog(p: { open: boolean; soort: 'map' | 'bestand'; begin: string; onSluiten(): void; onGekozen(pad: string): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [inhoud, setInhoud] = useState<Inhoud | null>(null);
  const { uitvoeren } = actie;

  const openen = async (pad: string | undefined) => {
    const r = await uitvoeren(() => roep('bestanden.bladeren', { soort: p.soort, ...(pad ? { pad } : {}) }));
    if (r) setInhoud(r);
  };

  useEffect(() => {
    if (!p.open) return;
    setInhoud(null);
    void (async () => {
      // Start where the field points, when the backend allows it; otherwise at the places.
      const begin = p.begin.trim();
      const r = begin ? await roep('bestanden.bladeren', { soort: p.soort, pad: p.soort === 'bestand' ? mapVanPad(begin) : begin }) : null;
      if (r?.ok) setInhoud(r.waarde);
      else await uitvoeren(() => roep('bestanden.bladeren', { soort: p.soort })).then((x) => x && setInhoud(x));
    })();
  }, [p.open, p.begin, p.soort, uitvoeren]);

  const titel = p.soort === 'map' ? t('lijsten.kiezer.titelMap') : t('lijsten.kiezer.titelBestand');
  return (
    <Dialog open={p.open} onClose={p.onSluiten} maxWidth="md" fullWidth aria-labelledby="bladeren-titel">
      <DialogTitle id="bladeren-titel">{titel}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('lijsten.kiezer.uitleg')}
        </Typography>
        {actie.fout && <FoutMelding fout={actie.fout} />}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '220px 1fr' }, gap: 2 }}>
          <Box component="nav" aria-label={t('lijsten.kiezer.plaatsen')}>
            <Typography variant="h3" component="h3" sx={{ fontSize: '1rem', mb: 1 }}>
              {t('lijsten.kiezer.plaatsen')}
            </Typography>
            <List dense disablePadding>
              {inhoud?.wortels.map((w) => (
                <ListItemButton key={w.pad} onClick={() => void openen(w.pad)} selected={inhoud.pad !== null && (inhoud.pad === w.pad || inhoud.pad.startsWith(w.pad))}>
                  <ListItemIcon sx={{ minWidth: 32 }}>{w.soort === 'thuis' ? <HomeOutlinedIcon fontSize="small" /> : <UsbOutlinedIcon fontSize="small" />}</ListItemIcon>
                  <ListItemText primary={w.naam} secondary={w.soort === 'thuis' ? t('lijsten.kiezer.thuis') : t('lijsten.kiezer.verwisselbaar')} />
                </ListItemButton>
              ))}
            </List>
            {inhoud && !inhoud.wortels.some((w) => w.soort === 'verwisselbaar') && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="geen-schijf">
                {t('lijsten.kiezer.geenSchijf')}
              </Typography>
            )}
          </Box>
          <Box>
            {inhoud?.pad && (
              <>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {t('lijsten.kiezer.huidig')}:{' '}
                  <Box component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="huidige-map">
                    {inhoud.pad}
                  </Box>
                </Typography>
                <Button size="small" startIcon={<ArrowUpwardOutlinedIcon />} disabled={!inhoud.ouder} onClick={() => inhoud.ouder && void openen(inhoud.ouder)}>
                  {t('lijsten.kiezer.omhoog')}
                </Button>
                <List dense aria-label={t('lijsten.kiezer.inhoud')} sx={{ maxHeight: 320, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, mt: 1 }}>
                  {inhoud.items.length === 0 && (
                    <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
                      {t('lijsten.kiezer.leeg')}
                    </Typography>
                  )}
                  {inhoud.items.map((i) => (
                    <ListItemButton key={i.pad} onClick={() => (i.map ? void openen(i.pad) : p.onGekozen(i.pad))} data-item={i.naam}>
                      <ListItemIcon sx={{ minWidth: 32 }}>{i.map ? <FolderOutlinedIcon fontSize="small" /> : <InsertDriveFileOutlinedIcon fontSize="small" />}</ListItemIcon>
                      <ListItemText primary={i.naam} />
                    </ListItemButton>
                  ))}
                </List>
              </>
            )}
          </Box>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={p.onSluiten}>{t('algemeen.annuleren')}</Button>
        {p.soort === 'map' && (
          <Button variant="contained" disabled={!inhoud?.pad} onClick={() => inhoud?.pad && p.onGekozen(inhoud.pad)}>
            {t('lijsten.kiezer.dezeMap')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** The folder of a file path, for Windows and POSIX paths alike. */
function mapVanPad(pad: string): string {
  const i = Math.max(pad.lastIndexOf('/'), pad.lastIndexOf('\\'));
  return i <= 0 ? pad.slice(0, 1) : pad.slice(0, i);
}
