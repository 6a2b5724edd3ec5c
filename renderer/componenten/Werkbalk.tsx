import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * The line above a tab's or section's list: what it is about on the left, its buttons on the right
 * (they wrap under the text on a narrow window). Either part may be left out.
 */
export function Werkbalk({ uitleg, acties }: { uitleg?: ReactNode; acties?: ReactNode }) {
  if (!uitleg && !acties) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between', alignItems: 'flex-start', mb: 2 }}>
      {typeof uitleg === 'string' ? (
        <Typography color="text.secondary" sx={{ maxWidth: '80ch' }}>
          {uitleg}
        </Typography>
      ) : (
        uitleg
      )}
      {acties && <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>{acties}</Box>}
    </Box>
  );
}
