import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { ButtonProps } from '@mui/material/Button';
import type { KanaalNaam } from '@shared/api';
import type { Resultaat } from '@shared/fouten';
import { useMag } from '../api/toegang';
import { Actieknop } from './Actieknop';
import { Bevestiging } from './Bevestiging';
import { useActie } from './useActie';

/**
 * A button for something that cannot be undone (a new key, a deletion): it asks first (Bevestiging),
 * then makes the call; the dialog shows a refusal and stays open. `onKlaar` gets the answer.
 */
export function BevestigKnop<T>(p: {
  tekst: string;
  /** The channel it calls: without the right, no button. */
  recht?: KanaalNaam;
  icoon?: ReactNode;
  variant?: ButtonProps['variant'];
  kleur?: ButtonProps['color'];
  titel: string;
  vraag: string;
  bevestigTekst?: string;
  uitvoeren(): Promise<Resultaat<T>>;
  onKlaar(waarde: T): void;
}) {
  const actie = useActie();
  const mag = useMag();
  const [open, setOpen] = useState(false);
  const bevestigen = async () => {
    // Success is the call's `ok`, not a truthy answer.
    let gelukt = false;
    const r = await actie.uitvoeren(async () => {
      const a = await p.uitvoeren();
      gelukt = a.ok;
      return a;
    });
    if (!gelukt) return;
    setOpen(false);
    p.onKlaar(r as T);
  };
  if (p.recht && !mag(p.recht)) return null;
  return (
    <Box component="span" sx={{ display: 'contents' }}>
      <Actieknop
        tekst={p.tekst}
        {...(p.icoon ? { icoon: p.icoon } : {})}
        variant={p.variant ?? 'outlined'}
        kleur={p.kleur ?? 'warning'}
        onClick={() => {
          actie.wissen();
          setOpen(true);
        }}
      />
      <Bevestiging
        open={open}
        titel={p.titel}
        tekst={p.vraag}
        bevestigTekst={p.bevestigTekst ?? p.tekst}
        actie={actie}
        onSluiten={() => setOpen(false)}
        onBevestigen={() => void bevestigen()}
      />
    </Box>
  );
}
