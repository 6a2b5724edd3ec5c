/** Small pieces the rights screens share: a deadline in words, a request's kind and decision, a list of facts. */
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { VerzoekRij } from '@shared/domein/rechten';
import { nlDatum } from '../../opmaak';

type Lopend = NonNullable<VerzoekRij['lopend']>;

/** "antwoorden vóór 17-11-2026 · nog 15 dagen", red when overdue. */
export function Termijn({ lopend }: { lopend: Lopend | null }) {
  const { t } = useTranslation();
  if (!lopend) return <>{t('rechten.termijn.geen')}</>;
  const rest = lopend.teLaat ? t('rechten.termijn.teLaat', { count: -lopend.dagenOver }) : lopend.dagenOver === 0 ? t('rechten.termijn.vandaag') : t('rechten.termijn.over', { count: lopend.dagenOver });
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }} data-telaat={lopend.teLaat ? 'ja' : 'nee'}>
      {t(`rechten.termijn.${lopend.wat}`, { datum: nlDatum(lopend.datum) })}{' '}
      <Chip size="small" label={rest} color={lopend.teLaat ? 'error' : lopend.dagenOver <= 7 ? 'warning' : 'default'} variant={lopend.teLaat ? 'filled' : 'outlined'} />
    </Box>
  );
}

/** The word for a decision: for verzet "gegrond"/"ongegrond" (art. 27.2). */
export function useBesluitWoord(): (soort: VerzoekRij['soort'], besluit: NonNullable<VerzoekRij['besluit']>) => string {
  const { t } = useTranslation();
  return (soort, besluit) => {
    if (soort === 'verzet') return t(besluit === 'toegewezen' ? 'rechten.besluit.gegrond' : 'rechten.besluit.ongegrond');
    return t(`rechten.besluit.${besluit}`);
  };
}

/** Facts as a description list: label and value pairs in two columns. */
export function Feiten({ rijen, testid }: { rijen: ReadonlyArray<[string, ReactNode] | false | null>; testid?: string }) {
  return (
    <Box component="dl" data-testid={testid} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(160px, 220px) 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}>
      {rijen
        .filter((r): r is [string, ReactNode] => Boolean(r))
        .map(([label, waarde]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ color: 'text.secondary', fontWeight: 500 }}>
              {label}
            </Box>
            <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {waarde}
            </Box>
          </Box>
        ))}
    </Box>
  );
}

/** Euro cents in Dutch notation without the sign: 450 → "4,50". */
export const euro = (cent: number): string => (cent / 100).toFixed(2).replace('.', ',');
