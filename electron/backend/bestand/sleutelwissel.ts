/**
 * Replacing the bestand key so that no crash can undo it (docs/ontwerp.md §5, ADR 0011). A journal in
 * sleutels.json says "the file goes from key A to key B"; it is written atomically, in the same write
 * that seals B into every remaining slot and drops the slots of removed accounts, BEFORE `PRAGMA rekey`
 * starts. Whatever is killed after that, the next unlock by any remaining user opens the file with A or
 * B (its own slot holds both), sees the journal, rekeys to B if the file is still under A, drops A from
 * every slot and clears the journal. A removed user's copy of the old sleutels.json then opens nothing.
 * Kept apart from sleutelslots.ts, which only knows slots; this module knows the order of the steps.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import * as slots from './sleutelslots';
import type { Verbinding } from './verbinding';

export interface Sleutelwissel {
  van: string;
  naar: string;
  /** Slot labels (hashes, no names) of the accounts this key replacement removes. */
  verwijderd: string[];
  begonnen: string;
}

type MetWissel = slots.Sleutelbestand & { sleutelwissel?: Sleutelwissel };

/**
 * Step 1: one atomic write of sleutels.json with the journal, the new key sealed into every remaining
 * slot beside the current one, and the removed slots gone. Older keys left by an earlier interrupted
 * replacement are dropped here too, so keys never pile up in a slot.
 */
export async function wisselBeginnen(map: string, huidig: slots.Bestandssleutel, teVerwijderen: readonly string[]): Promise<slots.Bestandssleutel> {
  const sb = (await slots.leesSleutelbestand(map)) as MetWissel;
  if (sb.sleutelwissel) {
    throw new KetenFout('CONFLICT', melding('sleutelwissel.onaf'));
  }
  const labels = teVerwijderen.map((naam) => slots.slotLabel(sb.bestandId, naam));
  const nieuw = slots.nieuweBestandssleutel();
  sb.slots = sb.slots.filter((s) => !labels.includes(s.label));
  for (const s of sb.slots) s.doosjes = [...s.doosjes.filter((d) => d.sleutelId === huidig.id), slots.verzegel(s.publiek, nieuw, s.label)];
  sb.sleutelwissel = { van: huidig.id, naar: nieuw.id, verwijderd: labels, begonnen: new Date().toISOString() };
  await slots.schrijfSleutelbestand(map, sb);
  return nieuw;
}

/** Last step: only the new key stays in the slots, and the journal goes. */
export async function wisselAfronden(map: string, nieuw: slots.Bestandssleutel): Promise<void> {
  const sb = (await slots.leesSleutelbestand(map)) as MetWissel;
  for (const s of sb.slots) s.doosjes = s.doosjes.filter((d) => d.sleutelId === nieuw.id);
  delete sb.sleutelwissel;
  await slots.schrijfSleutelbestand(map, sb);
}

/** The journal of a key replacement that did not finish, if any. */
export async function onafgemaakteWissel(map: string): Promise<Sleutelwissel | null> {
  return ((await slots.leesSleutelbestand(map)) as MetWissel).sleutelwissel ?? null;
}

/**
 * At unlock, with the file open under `geopend` and all keys from the user's slot at hand: finishes the
 * file's side of an interrupted replacement and returns the key the file is under afterwards, with the
 * journal (for the audit), or `null` when there was none. The caller audits, then `wisselAfronden`.
 */
export async function wisselAfmaken(
  map: string,
  v: Verbinding,
  geopend: slots.Bestandssleutel,
  uitSlot: readonly slots.Bestandssleutel[],
): Promise<{ sleutel: slots.Bestandssleutel; afgemaakt: Sleutelwissel | null }> {
  const wissel = await onafgemaakteWissel(map);
  if (!wissel) return { sleutel: geopend, afgemaakt: null };
  const nieuw = uitSlot.find((s) => s.id === wissel.naar);
  // Cannot happen (the journal and the sealed new key are one write); refuse rather than guess.
  if (!nieuw) throw new KetenFout('SLEUTELS_ONTBREKEN', melding('sleutelwissel.nieuweSleutelOntbreekt'));
  // The rekey did not commit (or never started): do it now. If it did commit, the file already opened under the new key.
  if (geopend.id !== nieuw.id) await v.rekey(nieuw.sleutel);
  await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  // The journal stays until the caller has audited the replacement (`wisselAfronden` after that): gone
  // first, a crash in between left a finished replacement without its audit row (ADR 0011, addendum).
  return { sleutel: nieuw, afgemaakt: wissel };
}
