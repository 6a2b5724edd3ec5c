import type { ReactNode } from 'react';
import { DatumVeld } from '../../../componenten/DatumVeld';
import { Formulier } from '../../../componenten/Formulier';
import { type Actie } from '../../../componenten/useActie';

/** A date field with its own button, for the dated steps of art. 4 and 34.3; the refusal shows above it. */
export function DatumActie({
  actie,
  label,
  knop,
  datum,
  onDatum,
  onVerzenden,
  extra,
  knopKleur = 'primary',
}: {
  actie: Actie;
  label: string;
  knop: string;
  datum: string;
  onDatum(d: string): void;
  onVerzenden(): void;
  extra?: ReactNode;
  knopKleur?: 'primary' | 'warning';
}) {
  return (
    <Formulier
      label={knop}
      actie={actie}
      bekendeVelden={['datum']}
      onVerzenden={onVerzenden}
      verzendTekst={knop}
      kleur={knopKleur}
      regel={<DatumVeld label={label} value={datum} onChange={(e) => onDatum(e.target.value)} fout={actie.veldfout('datum')} sx={{ maxWidth: 260 }} />}
      onder={extra}
    />
  );
}
