import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { actiesMetHoofdactie, type Hoofdactie } from './Hoofdactie';

/**
 * The line above a tab's or section's list: what it is about on the left, its buttons on the right
 * (they wrap under the text on a narrow window). Either part may be left out.
 */
export function Werkbalk({ uitleg, acties, hoofdactie }: { uitleg?: ReactNode; acties?: ReactNode; hoofdactie?: Hoofdactie | false }) {
  const rij = actiesMetHoofdactie(acties, hoofdactie);
  if (!uitleg && !rij) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between', alignItems: 'flex-start', mb: 2 }}>
      {typeof uitleg === 'string' ? (
        <Typography color="text.secondary" sx={{ maxWidth: '80ch' }}>
          {uitleg}
        </Typography>
      ) : (
        uitleg
      )}
      {rij && <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>{rij}</Box>}
    </Box>
  );
}
