import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { Fout } from '@shared/fouten';
import { Bezig } from './Bezig';
import { FoutMelding } from './FoutMelding';

/**
 * The frame of a detail page: the way back on top, then the refusal of the load, or a busy line
 * while there is nothing yet, or the page itself once its data is there.
 */
export function Detailkader<T>(p: {
  terug: { tekst: string; onClick(): void };
  laden: { data: T | null; fout: Fout | null };
  ladenTekst: string;
  children(data: T): ReactNode;
}) {
  const { data, fout } = p.laden;
  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={p.terug.onClick} sx={{ mb: 1.5 }}>
        {p.terug.tekst}
      </Button>
      {fout && <FoutMelding fout={fout} />}
      {data === null && !fout && <Bezig tekst={p.ladenTekst} />}
      {data !== null && p.children(data)}
    </>
  );
}
