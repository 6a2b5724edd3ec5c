import type { KanaalNaam } from '@shared/api';
import { useMag } from '../api/toegang';
import { Knop, type KnopProps } from './Knop';

export interface ActieknopProps extends KnopProps {
  /** The channel the button leads to: without the right to call it, the button is not offered. */
  recht?: KanaalNaam;
}

/**
 * A page or section action that the contract may forbid: offered only to who may call its channel
 * (`recht`, read from shared/api.ts as the backend checks it), otherwise a `Knop`.
 */
export function Actieknop({ recht, ...knop }: ActieknopProps) {
  const mag = useMag();
  if (recht && !mag(recht)) return null;
  return <Knop {...knop} />;
}
