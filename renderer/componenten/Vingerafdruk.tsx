import { Fragment, useId } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/** A fingerprint in groups of four, as read out over the telephone; large for reading aloud. */
export function Vingerafdruk({ groepen, groot = false, testId }: { groepen: string; groot?: boolean; testId?: string }) {
  const delen = groepen.trim().split(/\s+/);
  // Two lines of five groups: the way it is read out, and it never breaks inside a line.
  const regels = [delen.slice(0, 5), delen.slice(5)].filter((r) => r.length > 0);
  return (
    <Box
      component="span"
      data-testid={testId}
      sx={{
        display: 'inline-block',
        fontFamily: '"DejaVu Sans Mono", "Liberation Mono", Consolas, monospace',
        fontSize: groot ? { xs: '1.25rem', md: '1.6rem' } : '0.85rem',
        fontWeight: groot ? 600 : 400,
        letterSpacing: groot ? '0.06em' : 0,
        lineHeight: groot ? 1.6 : 1.5,
        wordSpacing: groot ? '0.5em' : '0.15em',
        color: 'text.primary',
      }}
    >
      {regels.map((regel, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span style={{ display: 'block', whiteSpace: 'nowrap' }}>{regel.join(' ')}</span>
        </Fragment>
      ))}
    </Box>
  );
}


/** The fingerprint to read out or compare, large, on a light card with its label above. */
export function VingerafdrukKaart({ label, groepen, testId, inline = false }: { label: string; groepen: string; testId: string; inline?: boolean }) {
  const id = useId();
  return (
    <Paper variant="outlined" sx={{ p: 2, bgcolor: '#f7f9fb', ...(inline ? { mb: 2.5, display: 'inline-block', maxWidth: '100%' } : {}) }}>
      <Typography component="p" variant="body2" sx={{ fontWeight: 600, color: 'text.secondary', mb: 0.5 }} id={id}>
        {label}
      </Typography>
      <Box aria-labelledby={id} role="group">
        <Vingerafdruk groepen={groepen} groot testId={testId} />
      </Box>
    </Paper>
  );
}
