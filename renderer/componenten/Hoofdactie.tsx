import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import AddOutlinedIcon from '@mui/icons-material/AddOutlined';

/**
 * The one action a page, section or toolbar is for ("Nieuw verzoek", "Navraag vastleggen"): a
 * contained button, last in the row of actions. Pass `false` where the role may not do it, so the
 * button is not offered at all (rather than offered and refused).
 */
export interface Hoofdactie {
  tekst: string;
  onClick(): void;
  /** Defaults to a plus; `null` for a step that adds nothing ("Besluiten"). */
  icoon?: ReactNode;
  uit?: boolean;
}

/** The row's other actions followed by its main action; `null` when there is nothing to show. */
export function actiesMetHoofdactie(acties: ReactNode, hoofdactie: Hoofdactie | false | null | undefined): ReactNode {
  if (!acties && !hoofdactie) return null;
  return (
    <>
      {acties}
      {hoofdactie && (
        <Button variant="contained" startIcon={hoofdactie.icoon === undefined ? <AddOutlinedIcon /> : hoofdactie.icoon} onClick={hoofdactie.onClick} disabled={hoofdactie.uit ?? false}>
          {hoofdactie.tekst}
        </Button>
      )}
    </>
  );
}
