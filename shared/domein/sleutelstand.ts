/**
 * The key state of a partner as lists show it (issue 11 §5): the best bundle key we hold for it —
 * confirmed before unconfirmed before revoked — or none. One rule for the partner list and the
 * handover list, so they never disagree.
 */
export type Sleutelstand = 'vertrouwd' | 'onbevestigd' | 'ingetrokken' | 'geen';

const RANG: Record<Sleutelstand, number> = { vertrouwd: 3, onbevestigd: 2, ingetrokken: 1, geen: 0 };

export function sleutelstanden(sleutels: ReadonlyArray<{ partnerId: number; status: Exclude<Sleutelstand, 'geen'>; vingerafdruk: string }>): Map<number, { sleutel: Sleutelstand; vingerafdruk: string }> {
  const uit = new Map<number, { sleutel: Sleutelstand; vingerafdruk: string }>();
  for (const s of sleutels) {
    const nu = uit.get(s.partnerId);
    if (!nu || RANG[s.status] > RANG[nu.sleutel]) uit.set(s.partnerId, { sleutel: s.status, vingerafdruk: s.vingerafdruk });
  }
  return uit;
}

/** The short form of a fingerprint people read out: its last eight characters, in two groups of four. */
export function vingerafdrukKort(vingerafdruk: string): string {
  const v = vingerafdruk.replace(/\s+/g, '').toUpperCase().slice(-8);
  return `${v.slice(0, 4)} ${v.slice(4)}`;
}
