import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import BackupOutlinedIcon from '@mui/icons-material/BackupOutlined';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlGetal } from '../../opmaak';
import { Pagina } from '../../componenten/Pagina';
import { Sectie } from '../../componenten/Sectie';
import { PaginaFormulier } from '../../componenten/PaginaFormulier';
import { Bevestiging } from '../../componenten/Bevestiging';
import { Succes } from '../../componenten/Succes';
import { PadVeld } from '../../componenten/PadVeld';
import { useActie } from '../../componenten/useActie';
import { useBevestiging } from '../../componenten/useBevestiging';
import { useSucces } from '../../componenten/useSucces';
import { useLaden } from '../../componenten/useLaden';
import { nlDatumTijd } from '../../opmaak';
import { Controleren } from './Controleren';
import { Herstel } from './Herstel';

/** Beheer → Backup & sleutel: an encrypted backup to a folder, and replacing the bestand key. */
export function Backup() {
  const { t } = useTranslation();
  const mag = useMag();
  const backupActie = useActie();
  const vervangen = useBevestiging();
  const [doelmap, setDoelmap] = useState('');
  const [resultaat, setResultaat] = useState<Uitvoer<'beheer.backupMaken'> | null>(null);
  const sleutelKlaar = useSucces();

  const laatste = useLaden(() => (mag('beheer.laatsteBackup') ? roep('beheer.laatsteBackup', {}) : Promise.resolve({ ok: true as const, waarde: null })), []);
  const backup = async () => {
    setResultaat(null);
    const r = await backupActie.uitvoeren(() => roep('beheer.backupMaken', { doelmap }));
    if (r) {
      setResultaat(r);
      void laatste.herladen();
    }
  };

  return (
    <Pagina titel={t('backup.titel')}>
      {mag('beheer.backupMaken') && (
        <Sectie titel={t('backup.backupTitel')} uitleg={t('backup.backupUitleg')}>
          <LaatsteBackup laatste={laatste.bezig || laatste.fout ? undefined : laatste.data} />
          <PaginaFormulier
            label={t('backup.backupTitel')}
            actie={backupActie}
            bekendeVelden={['doelmap']}
            knop={t('backup.maken')}
            knopProps={{ startIcon: <BackupOutlinedIcon /> }}
            breedte={720}
            rij
            onVerzenden={() => void backup()}
            boven={
              resultaat && (
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
              )
            }
          >
            <PadVeld actie={backupActie} pad="doelmap" soort="map" label={t('backup.doelmap')} hulp={t('backup.doelmapHulp')} waarde={doelmap} onWaarde={setDoelmap} waarschuwing veldProps={{ required: true }} />
          </PaginaFormulier>
        </Sectie>
      )}
      {mag('bestand.herstelBevestigen') && <Herstel />}
      {mag('beheer.sleutelVervangen') && (
        <Sectie titel={t('backup.sleutelTitel')} uitleg={t('backup.sleutelUitleg')}>
          <Succes tekst={sleutelKlaar.tekst} onSluiten={sleutelKlaar.onSluiten} />
          <Button variant="outlined" color="warning" startIcon={<KeyOutlinedIcon />} onClick={() => vervangen.vragen(true)}>
            {t('backup.vervangen')}
          </Button>
          <Bevestiging
            {...vervangen.bevestiging(
              () => roep('beheer.sleutelVervangen', {}),
              () => sleutelKlaar.tonen(t('backup.vervangenKlaar')),
            )}
            titel={t('backup.bevestigTitel')}
            tekst={t('backup.bevestigTekst')}
            bevestigTekst={t('backup.vervangen')}
          />
        </Sectie>
      )}
      {mag('bestand.controleren') && <Controleren />}
    </Pagina>
  );
}

/** The last backup's date, who made it and its folder (issue 11 §6), so a missed backup is seen. */
function LaatsteBackup({ laatste }: { laatste: Uitvoer<'beheer.laatsteBackup'> | null | undefined }) {
  const { t } = useTranslation();
  if (laatste === undefined) return null;
  return (
    <Box component="p" sx={{ mt: 0, mb: 2 }} data-testid="laatste-backup">
      <strong>{t('lijsten.backup.laatste')}:</strong>{' '}
      {laatste ? t('lijsten.backup.laatsteOp', { op: nlDatumTijd(laatste.op), door: laatste.door, map: laatste.map }) : t('lijsten.backup.nooit')}
    </Box>
  );
}
