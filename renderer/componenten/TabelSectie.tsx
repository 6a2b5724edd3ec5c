import type { ReactNode } from 'react';
import type { Hoofdactie } from './Hoofdactie';
import { Sectie } from './Sectie';
import { Tabel, type TabelProps } from './Tabel';

/**
 * A section that is one table: the table is named after the section (unless `label` says
 * otherwise) and sits in the section's paper without one of its own.
 */
export function TabelSectie<T>({
  titel,
  uitleg,
  acties,
  hoofdactie,
  label,
  ...tabel
}: Omit<TabelProps<T>, 'label' | 'kaal'> & { titel: string; uitleg?: ReactNode; acties?: ReactNode; hoofdactie?: Hoofdactie | false; label?: string }) {
  return (
    <Sectie titel={titel} {...(uitleg !== undefined ? { uitleg } : {})} {...(acties !== undefined ? { acties } : {})} {...(hoofdactie !== undefined ? { hoofdactie } : {})}>
      <Tabel<T> {...tabel} label={label ?? titel} kaal />
    </Sectie>
  );
}
