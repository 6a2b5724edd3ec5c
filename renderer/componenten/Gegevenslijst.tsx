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

/** A pair as a tuple (term, value: free text that keeps its breaks) or as a full `Gegeven`. */
type Regel = Gegeven | readonly [string, ReactNode];

function alsGegeven(r: Regel): Gegeven {
  return 'sleutel' in r ? r : { sleutel: r[0], label: r[0], waarde: r[1], tekst: true };
}

/**
 * Label–value pairs as a definition list (dl/dt/dd) in two columns, one column on a narrow window:
 * a signal's fields, an inquiry, a bundle, the outcome of a backup. Empty entries (`false`) are left out.
 */
export function Gegevenslijst({
  regels,
  breedte,
  labelbreedte,
  dicht = false,
}: {
  regels: ReadonlyArray<Regel | false | null | undefined | ''>;
  /** The label column's least width in pixels (shorthand for `labelbreedte`; 200 for tuples, else 160). */
  breedte?: number;
  labelbreedte?: string;
  dicht?: boolean;
}) {
  // Tuples are the short form of the screens with wider terms (a key, a bundle): 200 px, else 160 px.
  const kolom = labelbreedte ?? `minmax(${breedte ?? (regels.some((r) => Array.isArray(r)) ? 200 : 160)}px, max-content)`;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: `${kolom} 1fr` }, columnGap: 3, rowGap: dicht ? 0.5 : 1, m: 0 }}>
      {regels
        .filter((r): r is Regel => Boolean(r))
        .map(alsGegeven)
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
