import { useId } from 'react';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';

/** A short choice as radio buttons side by side, under a bold label (the group's accessible name). */
export function Keuzerij<W extends string>(p: { label: string; waarde: W; opties: ReadonlyArray<{ waarde: NoInfer<W>; label: string }>; onKeuze(w: NoInfer<W>): void }) {
  const id = useId();
  return (
    <Box>
      <FormLabel id={id} sx={{ fontWeight: 600, color: 'text.primary' }}>
        {p.label}
      </FormLabel>
      <RadioGroup row aria-labelledby={id} value={p.waarde} onChange={(e) => p.onKeuze(e.target.value as W)}>
        {p.opties.map((o) => (
          <FormControlLabel key={o.waarde} value={o.waarde} control={<Radio />} label={o.label} />
        ))}
      </RadioGroup>
    </Box>
  );
}
