import DialogContentText from '@mui/material/DialogContentText';
import { FormDialoog } from './FormDialoog';
import { MetDatums } from './MetDatums';
import type { Actie } from './useActie';

/** A confirmation for an action that cannot be undone; the confirm button has focus, Escape cancels. */
export function Bevestiging(props: {
  open: boolean;
  titel: string;
  tekst: string;
  bevestigTekst: string;
  actie: Actie;
  onSluiten(): void;
  onBevestigen(): void;
}) {
  return (
    <FormDialoog
      open={props.open}
      titel={props.titel}
      actie={props.actie}
      verzendTekst={props.bevestigTekst}
      gevaarlijk
      focusOpKnop
      onSluiten={props.onSluiten}
      onVerzenden={props.onBevestigen}
    >
      <DialogContentText>
        <MetDatums tekst={props.tekst} />
      </DialogContentText>
    </FormDialoog>
  );
}
