import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { SignaalRij } from '@shared/domein/signaal';

/** In a list row two chips must fit above each other in one row's height. */
const klein = { height: 18, fontSize: '0.7rem', '& .MuiChip-label': { px: 0.75 } } as const;

/**
 * The flags that follow from the form: a minor victim (art. 5.4, 8.4: no means of coercion needed)
 * and youth prostitution (footnote 13: under 23). Shown wherever a signal is listed.
 */
export function Kenmerken({ rij, groot = false }: { rij: Pick<SignaalRij, 'minderjarig' | 'jeugdprostitutie'>; groot?: boolean }) {
  const { t } = useTranslation();
  if (!rij.minderjarig && !rij.jeugdprostitutie) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: groot ? 0.5 : '2px', verticalAlign: 'middle' }}>
      {rij.minderjarig && <Chip size="small" color="error" label={t('keten.kenmerk.minderjarig')} data-kenmerk="minderjarig" sx={groot ? {} : klein} />}
      {rij.jeugdprostitutie && <Chip size="small" color="warning" label={t('keten.kenmerk.jeugdprostitutie')} data-kenmerk="jeugdprostitutie" sx={groot ? {} : klein} />}
    </Box>
  );
}
