/**
 * The region's list of qualifications for the casusoverleg (art. 12.11). A qualification can also be
 * typed freely; such text may name a person, so it never goes where nothing can be deleted (the audit
 * chain) or where nothing may identify anyone (the analysis store, art. 22.6). There only a value
 * from this list is written.
 */
import { STANDAARD_KWALIFICATIES } from '@shared/domein/overleg';
import type { Verbinding } from '../bestand/verbinding';

export async function kwalificatieLijst(v: Verbinding): Promise<string[]> {
  const r = await v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'kwalificaties'");
  return r ? (JSON.parse(r.waarde) as string[]) : STANDAARD_KWALIFICATIES;
}

/** The list's own spelling of `kwalificatie`; '' for none; null when it is typed text, not from the list. */
export async function kwalificatieVanLijst(v: Verbinding, kwalificatie: string): Promise<string | null> {
  const k = kwalificatie.trim().toLowerCase();
  if (!k) return '';
  return (await kwalificatieLijst(v)).find((x) => x.toLowerCase() === k) ?? null;
}

/** What the audit may record of a qualification: the list value, or only that something was typed. */
export async function kwalificatieVoorAudit(v: Verbinding, kwalificatie: string): Promise<string> {
  return (await kwalificatieVanLijst(v, kwalificatie)) ?? '(eigen omschrijving)';
}
