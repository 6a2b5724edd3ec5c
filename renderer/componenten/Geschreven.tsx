import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { nlGetal } from '../opmaak';

export interface GeschrevenBestand {
  bestandsnaam: string;
  pad: string;
  aan?: readonly string[];
  bytes?: number;
}

/** What was just written: each file's name and full path, so the user knows what to carry where. */
export function Geschreven({ titel, bestanden, uitleg, onSluiten, testId }: { titel: string; bestanden: readonly GeschrevenBestand[]; uitleg?: ReactNode; onSluiten?: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Alert severity="success" role="status" sx={{ mb: 2 }} {...(onSluiten ? { onClose: onSluiten } : {})} data-testid={testId}>
      <AlertTitle>{titel}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {bestanden.map((b) => (
          <li key={b.pad}>
            <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600, wordBreak: 'break-all' }} data-testid="bestandsnaam">
              {b.bestandsnaam}
            </Box>
            {b.aan && b.aan.length > 0 && ` — ${t('overdracht.geschreven.aan', { aan: b.aan.join(', ') })}`}
            {b.bytes !== undefined && ` (${t('algemeen.bytes', { aantal: nlGetal(b.bytes) })})`}
            <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.85rem', wordBreak: 'break-all' }} data-testid="pad">
              {b.pad}
            </Box>
          </li>
        ))}
      </Box>
      {uitleg && <Box sx={{ mt: 1 }}>{uitleg}</Box>}
    </Alert>
  );
}

