/**
 * Forms between installations (ADR 0008): each numbers its own partners and indicators, so codes
 * travel and are translated back on arrival; an unknown code is dropped, never guessed.
 */
import { formatCasusSchema, type FormatCasus } from '@shared/domein/signaal';
import type { Verbinding } from '../bestand/verbinding';

export async function codesVan(v: Verbinding, tabel: 'partners' | 'indicatoren', ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const echte = ids.filter((x): x is number => x !== null);
  if (!echte.length) return new Map();
  const rijen = await v.all<{ id: number; code: string }>(`SELECT id, code FROM ${tabel} WHERE id IN (${echte.map(() => '?').join(',')})`, echte);
  return new Map(rijen.map((r) => [r.id, r.code]));
}

export async function idsVan(v: Verbinding, tabel: 'partners' | 'indicatoren', codes: readonly string[]): Promise<Map<string, number>> {
  if (!codes.length) return new Map();
  const rijen = await v.all<{ id: number; code: string }>(`SELECT id, code FROM ${tabel} WHERE code IN (${codes.map(() => '?').join(',')})`, [...codes]);
  return new Map(rijen.map((r) => [r.code, r.id]));
}

/** A form ready to travel: local ids replaced by codes. */
export async function formulierNaarReis(v: Verbinding, f: FormatCasus) {
  const partners = await codesVan(v, 'partners', [f.bron.partnerId, f.melder.partnerId]);
  const indicatoren = await codesVan(v, 'indicatoren', f.indicatoren);
  return {
    formulier: { ...f, bron: { ...f.bron, partnerId: null }, melder: { ...f.melder, partnerId: null }, indicatoren: [] },
    bronCode: f.bron.partnerId ? (partners.get(f.bron.partnerId) ?? null) : null,
    melderCode: f.melder.partnerId ? (partners.get(f.melder.partnerId) ?? null) : null,
    indicatorCodes: f.indicatoren.map((id) => indicatoren.get(id)).filter((c): c is string => Boolean(c)),
  };
}

/** And back: codes to this installation's ids; unknown codes are dropped rather than guessed. */
export async function formulierVanReis(v: Verbinding, r: { formulier?: unknown; bronCode?: unknown; melderCode?: unknown; indicatorCodes?: unknown }): Promise<FormatCasus> {
  const f = formatCasusSchema.parse(r.formulier ?? {});
  const codes = [r.bronCode, r.melderCode].filter((c): c is string => typeof c === 'string');
  const partners = await idsVan(v, 'partners', codes);
  const indicatoren = await idsVan(v, 'indicatoren', Array.isArray(r.indicatorCodes) ? r.indicatorCodes.filter((c): c is string => typeof c === 'string') : []);
  return {
    ...f,
    bron: { ...f.bron, partnerId: typeof r.bronCode === 'string' ? (partners.get(r.bronCode) ?? null) : null },
    melder: { ...f.melder, partnerId: typeof r.melderCode === 'string' ? (partners.get(r.melderCode) ?? null) : null },
    indicatoren: [...indicatoren.values()],
  };
}

