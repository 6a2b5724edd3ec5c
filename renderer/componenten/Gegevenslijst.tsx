import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** Term and value pairs as a `dl`, two columns on a wide screen. */
export function Gegevenslijst({ regels, breedte = 200 }: { regels: Array<[string, ReactNode]>; breedte?: number }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: `minmax(${breedte}px, max-content) 1fr` }, columnGap: 3, rowGap: 1, m: 0 }}>
      {regels.map(([term, waarde]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {term}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {waarde}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

