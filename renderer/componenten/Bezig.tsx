import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

/** Work in progress (signing, encrypting, writing, checking), announced to screen readers. */
export function Bezig({ tekst }: { tekst: string }) {
  return (
    <Box role="status" sx={{ my: 2, maxWidth: 560 }} data-testid="bezig">
      <Typography sx={{ mb: 1 }}>{tekst}</Typography>
      <LinearProgress aria-hidden />
    </Box>
  );
}

/** A read-only notice that keeps its place in the layout. */
export function Leeg({ children }: { children: ReactNode }) {
  return <Typography color="text.secondary">{children}</Typography>;
}
