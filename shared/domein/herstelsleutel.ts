/**
 * The recovery key's printed form (ADR 0010): 8 groups of 6 digits, each group 5 random digits and
 * a Damm check digit. Digits read aloud and type on any keyboard layout; the check digit catches
 * every single wrong digit and every swap of two neighbours in a group, so a typing error gets a
 * clear Dutch message naming the group before any KDF runs. 40 random digits ≈ 133 bits.
 * No Node imports: the contract validates the code here, in the page too.
 */
import { z } from '../zod-nl';
import { formuleer, melding, type Melding } from '../meldingen';

export const GROEPEN = 8;
export const GROEPLENGTE = 6;

/** Damm's quasigroup of order 10 (totally anti-symmetric): the check value of a valid group is 0. */
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

export function dammCijfer(cijfers: string): number {
  let tussen = 0;
  for (const c of cijfers) tussen = DAMM[tussen]![Number(c)]!;
  return tussen;
}

/** Five random digits become a group with its check digit. */
export const groepMaken = (vijf: string): string => `${vijf}${dammCijfer(vijf)}`;

export const groepKlopt = (groep: string): boolean => /^\d{6}$/.test(groep) && dammCijfer(groep) === 0;

/** The way the code is printed and shown: groups joined by a dash. */
export const codeOpmaken = (groepen: readonly string[]): string => groepen.join('-');

/** A refusal carries its Dutch wording (`melding`, for the zod schema) and its code (`bericht`, ADR 0015). */
export type CodeUitkomst = { ok: true; groepen: string[]; code: string } | { ok: false; melding: string; bericht: Melding };

const weiger = (bericht: Melding): CodeUitkomst => ({ ok: false, melding: formuleer(bericht), bericht });

/**
 * Reads a typed code: spaces, dashes and dots between digits are allowed anywhere (people copy
 * the printed groups as they see them); anything else, a wrong count or a wrong group is named.
 */
export function codeLezen(invoer: string): CodeUitkomst {
  const zonderScheiding = invoer.replace(/[\s\-.–]/g, '');
  if (!/^\d*$/.test(zonderScheiding)) {
    return weiger(melding('herstelsleutel.alleenCijfers', { groepen: GROEPEN, lengte: GROEPLENGTE }));
  }
  const verwacht = GROEPEN * GROEPLENGTE;
  if (zonderScheiding.length !== verwacht) {
    return weiger(melding('herstelsleutel.aantalCijfers', { groepen: GROEPEN, lengte: GROEPLENGTE, verwacht, getypt: zonderScheiding.length }));
  }
  const groepen = Array.from({ length: GROEPEN }, (_, i) => zonderScheiding.slice(i * GROEPLENGTE, (i + 1) * GROEPLENGTE));
  const fout = groepen.flatMap((g, i) => (groepKlopt(g) ? [] : [i + 1]));
  if (fout.length) {
    return weiger(
      fout.length === 1
        ? melding('herstelsleutel.groepFout', { groep: fout[0]! })
        : melding('herstelsleutel.groepenFout', { groepen: fout.slice(0, -1).join(', '), laatste: fout[fout.length - 1]! }),
    );
  }
  return { ok: true, groepen, code: codeOpmaken(groepen) };
}

/** Accepts any typed form and yields the canonical dashed form, or the Dutch message of `codeLezen`. */
export const herstelcodeSchema = z.string().transform((invoer, ctx) => {
  const r = codeLezen(invoer);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.melding, params: { melding: r.bericht } });
    return z.NEVER;
  }
  return r.code;
});
