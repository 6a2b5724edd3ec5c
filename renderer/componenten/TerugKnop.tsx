import Button from '@mui/material/Button';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';

/** The way back above a detail or a step (to the list, to the choices), above the page's h1. */
export function TerugKnop({ tekst, onTerug }: { tekst: string; onTerug(): void }) {
  return (
    <Button startIcon={<ArrowBackIcon />} onClick={onTerug} sx={{ mb: 1.5 }}>
      {tekst}
    </Button>
  );
}
