import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import HealthAndSafetyOutlinedIcon from '@mui/icons-material/HealthAndSafetyOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { useActie } from '../../componenten/useActie';

/**
 * Beheer → Backup & sleutel → Bestand controleren: SQLCipher's and SQLite's own integrity checks, so
 * damage is found before it is met halfway through work, with the remedy (a backup) beside it.
 */
export function Controleren() {
  const { t } = useTranslation();
  const actie = useActie();
  const [uitkomst, setUitkomst] = useState<Uitvoer<'bestand.controleren'> | null>(null);

  const controleren = async () => {
    setUitkomst(null);
    const r = await actie.uitvoeren(() => roep('bestand.controleren', {}));
    if (r) setUitkomst(r);
  };

  return (
    <Sectie titel={t('controleren.titel')} uitleg={t('controleren.uitleg')}>
      <Stack spacing={2} sx={{ maxWidth: 720, alignItems: 'flex-start' }}>
        {actie.fout && <FoutMelding fout={actie.fout} />}
        {uitkomst?.heel && (
          <Alert severity="success" role="status" onClose={() => setUitkomst(null)}>
            {t('controleren.heel')}
          </Alert>
        )}
        {uitkomst && !uitkomst.heel && (
          <Alert severity="error" role="alert" data-testid="controle-schade">
            <AlertTitle>{t('controleren.beschadigd')}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {uitkomst.paginas.length > 0 && <li>{t('controleren.paginas', { count: uitkomst.paginas.length, paginas: uitkomst.paginas.slice(0, 20).join(', ') })}</li>}
              {uitkomst.integriteit.length > 0 && <li>{t('controleren.structuur', { count: uitkomst.integriteit.length })}</li>}
              {uitkomst.verwijzingen.length > 0 && <li>{t('controleren.verwijzingen', { count: uitkomst.verwijzingen.length })}</li>}
            </Box>
            {uitkomst.integriteit.length > 0 && (
              <Box component="pre" sx={{ mt: 1, mb: 0, whiteSpace: 'pre-wrap', fontSize: '0.8rem' }}>
                {uitkomst.integriteit.slice(0, 10).join('\n')}
              </Box>
            )}
          </Alert>
        )}
        <Button variant="outlined" startIcon={<HealthAndSafetyOutlinedIcon />} onClick={() => void controleren()} disabled={actie.bezig}>
          {actie.bezig ? t('algemeen.bezig') : t('controleren.knop')}
        </Button>
      </Stack>
    </Sectie>
  );
}
