import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { verborgen } from './verborgenStijl';

/**
 * Context for screen readers after a short visible label ("Verwijderen" → "Verwijderen r.bakker"),
 * so the accessible name starts with the visible text (WCAG 2.5.3).
 */
export function Verborgen({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={verborgen}>
      {' '}
      {children}
    </Box>
  );
}
