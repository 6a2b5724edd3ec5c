import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { actiesMetHoofdactie, type Hoofdactie } from './Hoofdactie';

/** A titled block of a page (h2), as a labelled region so it can be found by its title. */
export function Sectie({ titel, uitleg, acties, hoofdactie, children }: { titel: string; uitleg?: ReactNode; acties?: ReactNode; hoofdactie?: Hoofdactie | false; children?: ReactNode }) {
  const id = useId();
  const rij = actiesMetHoofdactie(acties, hoofdactie);
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: { xs: 2, md: 3 }, mb: 3 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: 2, mb: uitleg || children ? 2 : 0 }}>
        <Box sx={{ flex: '1 1 360px', minWidth: 0 }}>
          <Typography variant="h2" id={id}>
            {titel}
          </Typography>
          {uitleg && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.75, maxWidth: '80ch' }}>
              {uitleg}
            </Typography>
          )}
        </Box>
        {rij && <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>{rij}</Box>}
      </Box>
      {children}
    </Paper>
  );
}
