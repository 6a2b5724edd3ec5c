/**
 * Deletion made real (docs/ontwerp.md §3, art. 16.7, 16.8, 22.1–22.5; docs/beslissingen/0009-…). Every path
 * that deletes personal data — the purge after handover or after "geen actie", a partner's
 * verwijderverzoek, the retention sweeps on both sides, a discarded draft — goes through here, so
 * none of them can forget a step:
 *
 * 1. a signal is deleted with its search-index entry and the persons no other signal names;
 * 2. the search index is optimized in the same transaction: `signalen_zoek` is a contentless FTS5
 *    table whose DELETE only writes a tombstone, so the words stay in its segments until they are
 *    merged — `optimize` rewrites the index without them (and rebuilds `signalen_zoek_idx`, which
 *    holds leading letters of terms);
 * 3. after the commit, a TRUNCATE checkpoint copies the pages that `secure_delete` wiped over their
 *    old images in the database file and empties the WAL.
 */
import type { Bestand } from '../bestand/bestand';
import type { Verbinding } from '../bestand/verbinding';
import { verweesdePersoonVerwijderen } from './personen';
import { analyseBijwerken } from './analyse';

/** Drops a signal's words from the search index for good; call inside the deleting transaction. */
export async function zoekindexOpschonen(v: Verbinding): Promise<void> {
  await v.run("INSERT INTO signalen_zoek (signalen_zoek) VALUES ('optimize')");
}

/**
 * Deletes one signal: its search entry, the signal with what cascades from it (form, indicators,
 * person links, consents, agenda items, exchange records), and each person no other signal names
 * (with matching keys and matching decisions). The index still needs `zoekindexOpschonen`.
 */
export async function signaalVerwijderen(v: Verbinding, signaalId: number): Promise<void> {
  // Its analysis record is brought up to date first; the link goes with the signal (art. 22.6).
  await analyseBijwerken(v, [signaalId]);
  const personen = await v.all<{ persoon_id: number }>('SELECT persoon_id FROM signaal_personen WHERE signaal_id = ?', [signaalId]);
  await v.run('DELETE FROM signalen_zoek WHERE rowid = ?', [signaalId]);
  await v.run('DELETE FROM signalen WHERE id = ?', [signaalId]);
  for (const p of personen) await verweesdePersoonVerwijderen(v, p.persoon_id);
}

/**
 * Runs a deletion: `werk` in one transaction that ends with the index optimized, then the checkpoint.
 * Not for use inside another transaction (the checkpoint must come after the commit); a handler
 * that runs inside the bundle import calls `zoekindexOpschonen` and leaves the checkpoint to the
 * import channel.
 */
export async function verwijderen<T>(b: Bestand, werk: () => Promise<T>): Promise<T> {
  const uitkomst = await b.v.transactie(async () => {
    // Every analysis record final before anything it was made of goes (art. 19, 22.6).
    await analyseBijwerken(b.v);
    const r = await werk();
    await zoekindexOpschonen(b.v);
    return r;
  });
  await b.sporenWissen();
  return uitkomst;
}
