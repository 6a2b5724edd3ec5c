import Alert from '@mui/material/Alert';
import { MetDatums } from './MetDatums';

/** A confirmation of what was done, announced politely to screen readers. */
export function Succes({ tekst, onSluiten }: { tekst: string | null; onSluiten(): void }) {
  if (!tekst) return null;
  return (
    <Alert severity="success" role="status" onClose={onSluiten} sx={{ mb: 2 }}>
      <MetDatums tekst={tekst} />
    </Alert>
  );
}
