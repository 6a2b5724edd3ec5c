import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import BackupOutlinedIcon from '@mui/icons-material/BackupOutlined';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlGetal } from '../../opmaak';
import { Pagina } from '../../componenten/Pagina';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Bevestiging } from '../../componenten/Bevestiging';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useSucces } from '../../componenten/useSucces';
import { Controleren } from './Controleren';
import { Herstel } from './Herstel';

/** Beheer → Backup & sleutel: an encrypted backup to a folder, and replacing the bestand key. */
export function Backup() {
  const { t } = useTranslation();
  const mag = useMag();
  const backupActie = useActie();
  const sleutelActie = useActie();
  const [doelmap, setDoelmap] = useState('');
  const [resultaat, setResultaat] = useState<Uitvoer<'beheer.backupMaken'> | null>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const sleutelKlaar = useSucces();

  const backup = async (e: FormEvent) => {
    e.preventDefault();
    setResultaat(null);
    const r = await backupActie.uitvoeren(() => roep('beheer.backupMaken', { doelmap }));
    if (r) setResultaat(r);
  };

  const sleutel = async () => {
    const r = await sleutelActie.uitvoeren(() => roep('beheer.sleutelVervangen', {}));
    if (r) {
      setBevestigen(false);
      sleutelKlaar.tonen(t('backup.vervangenKlaar'));
    }
  };

  return (
    <Pagina titel={t('backup.titel')}>
      {mag('beheer.backupMaken') && (
        <Sectie titel={t('backup.backupTitel')} uitleg={t('backup.backupUitleg')}>
          <Box component="form" noValidate onSubmit={backup} aria-label={t('backup.backupTitel')}>
            <Stack spacing={2} sx={{ maxWidth: 720 }}>
              {backupActie.fout && <FoutMelding fout={backupActie.fout} bekendeVelden={['doelmap']} />}
              {resultaat && (
                <Alert severity="success" role="status" onClose={() => setResultaat(null)}>
                  <AlertTitle>{t('backup.gemaakt')}</AlertTitle>
                  <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2 }}>
                    <dt>{t('backup.map')}</dt>
                    <Box component="dd" sx={{ m: 0, fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="backup-map">
                      {resultaat.map}
                    </Box>
                    <dt>{t('backup.grootte')}</dt>
                    <Box component="dd" sx={{ m: 0 }}>
                      {t('algemeen.bytes', { aantal: nlGetal(resultaat.bytes) })}
                    </Box>
                  </Box>
                </Alert>
              )}
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
                <Veld actie={backupActie} pad="doelmap" label={t('backup.doelmap')} hulp={t('backup.doelmapHulp')} value={doelmap} onChange={(e) => setDoelmap(e.target.value)} autoComplete="off" required />
                <Button type="submit" variant="contained" startIcon={<BackupOutlinedIcon />} disabled={backupActie.bezig} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
                  {backupActie.bezig ? t('algemeen.bezig') : t('backup.maken')}
                </Button>
              </Stack>
            </Stack>
          </Box>
        </Sectie>
      )}
      {mag('bestand.herstelBevestigen') && <Herstel />}
      {mag('beheer.sleutelVervangen') && (
        <Sectie titel={t('backup.sleutelTitel')} uitleg={t('backup.sleutelUitleg')}>
          <Succes tekst={sleutelKlaar.tekst} onSluiten={sleutelKlaar.onSluiten} />
          <Button
            variant="outlined"
            color="warning"
            startIcon={<KeyOutlinedIcon />}
            onClick={() => {
              sleutelActie.wissen();
              setBevestigen(true);
            }}
          >
            {t('backup.vervangen')}
          </Button>
          <Bevestiging
            open={bevestigen}
            titel={t('backup.bevestigTitel')}
            tekst={t('backup.bevestigTekst')}
            bevestigTekst={t('backup.vervangen')}
            actie={sleutelActie}
            onSluiten={() => setBevestigen(false)}
            onBevestigen={() => void sleutel()}
          />
        </Sectie>
      )}
      {mag('bestand.controleren') && <Controleren />}
    </Pagina>
  );
}
