import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { Fout } from '@shared/fouten';
import { FoutMelding } from './FoutMelding';
import type { Hoofdactie } from './Hoofdactie';
import { PaginaKop } from './PaginaKop';
import { Succes } from './Succes';

/**
 * The frame of a screen: its one h1 with intro and page actions (PaginaKop), the confirmation of
 * the last thing done (Succes), the page-level refusal (FoutMelding), then the sections.
 */
export function Pagina(p: {
  titel: string;
  intro?: ReactNode;
  acties?: ReactNode;
  /** The page's main action, last among the actions (`false`: not for this role). */
  hoofdactie?: Hoofdactie | false;
  /** The confirmation of the last action, closable. */
  succes?: { tekst: string | null; onSluiten(): void };
  fout?: Fout | null;
  /** Whether the h1 takes the focus on opening (not when the page is a step inside another). */
  focus?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      <PaginaKop titel={p.titel} {...(p.intro !== undefined ? { intro: p.intro } : {})} {...(p.acties !== undefined ? { acties: p.acties } : {})} {...(p.hoofdactie !== undefined ? { hoofdactie: p.hoofdactie } : {})} focus={p.focus ?? true} />
      {p.succes && <Succes tekst={p.succes.tekst} onSluiten={p.succes.onSluiten} />}
      {p.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={p.fout} />
        </Box>
      )}
      {p.children}
    </>
  );
}
