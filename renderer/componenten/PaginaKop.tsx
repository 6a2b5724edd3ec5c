import { useEffect, useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { actiesMetHoofdactie, type Hoofdactie } from './Hoofdactie';

/**
 * The page's one h1. It takes the focus when the page opens, so keyboard and screen-reader users
 * start at the top of the new page instead of in the navigation.
 */
export function PaginaKop({ titel, intro, acties, hoofdactie, focus = true }: { titel: string; intro?: ReactNode; acties?: ReactNode; hoofdactie?: Hoofdactie | false; focus?: boolean }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) kop.current?.focus({ preventScroll: true });
  }, [titel, focus]);
  const rij = actiesMetHoofdactie(acties, hoofdactie);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: 2, mb: 3 }}>
      <Box sx={{ flex: '1 1 420px', minWidth: 0 }}>
        <Typography variant="h1" ref={kop} tabIndex={-1} sx={{ outline: 'none' }}>
          {titel}
        </Typography>
        {intro && (
          <Typography variant="body1" color="text.secondary" sx={{ mt: 1, maxWidth: '75ch' }}>
            {intro}
          </Typography>
        )}
      </Box>
      {rij && <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', pt: 0.5 }}>{rij}</Box>}
    </Box>
  );
}
