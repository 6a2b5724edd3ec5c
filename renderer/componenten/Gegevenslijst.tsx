import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface Gegeven {
  sleutel: string;
  label: ReactNode;
  waarde: ReactNode;
  /** Long free text keeps its line breaks. */
  tekst?: boolean;
  /** Attributes on the value (`data-veld`) the e2e tests find it by. */
  attributen?: Record<`data-${string}`, string>;
}

/**
 * Label–value pairs as a definition list (dl/dt/dd) in two columns, one column on a narrow window:
 * a signal's fields, an inquiry, the outcome of a backup.
 */
export function Gegevenslijst({ regels, labelbreedte = 'minmax(160px, max-content)', dicht = false }: { regels: ReadonlyArray<Gegeven | false | null | undefined | ''>; labelbreedte?: string; dicht?: boolean }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: `${labelbreedte} 1fr` }, columnGap: 3, rowGap: dicht ? 0.5 : 1, m: 0 }}>
      {regels
        .filter((r): r is Gegeven => Boolean(r))
        .map((r) => (
          <Box key={r.sleutel} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {r.label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, ...(r.tekst ? { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } : {}) }} {...(r.attributen ?? {})}>
              {r.waarde}
            </Typography>
          </Box>
        ))}
    </Box>
  );
}
