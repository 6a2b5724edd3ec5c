import type { TFunction } from 'i18next';

/**
 * A text whose key is built at run time from data (a field path, an event kind from the backend).
 * The typed `t` cannot check such a key; a missing one comes back as the key itself.
 */
export function losseTekst(t: TFunction, sleutel: string, opties?: Record<string, unknown>): string {
  return (t as unknown as (k: string, o?: Record<string, unknown>) => string)(sleutel, opties);
}
