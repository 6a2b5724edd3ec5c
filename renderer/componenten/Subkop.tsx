import type { ReactNode } from 'react';
import Typography from '@mui/material/Typography';

/** A part of a section: its h3 and, when it needs one, a line of explanation under it. */
export function Subkop({ titel, uitleg }: { titel: ReactNode; uitleg?: ReactNode }) {
  return (
    <>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {titel}
      </Typography>
      {uitleg && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
          {uitleg}
        </Typography>
      )}
    </>
  );
}
