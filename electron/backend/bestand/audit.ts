/**
 * The audit log (docs/ontwerp.md §5): every view of personal data, change, export, import and deletion
 * appends a row that holds the hash of the row before, so a changed, removed or reordered row
 * breaks the chain. The head hash goes into reports and bundles, so partners hold anchors of it.
 */
import crypto from 'node:crypto';
import type { AuditRegel, AuditVerificatie } from '@shared/domein/audit';
import type { Verbinding, SqlWaarde } from './verbinding';

export const BEGINHASH = '0'.repeat(64);

export interface AuditInvoer {
  gebruiker: string;
  actie: string;
  onderwerp: string;
  details?: Record<string, unknown>;
}

/** JSON with sorted keys, so the same entry always hashes the same. */
export function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  if (waarde && typeof waarde === 'object') {
    const obj = waarde as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canoniek(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(waarde ?? null);
}

export function regelHash(vorigeHash: string, r: Omit<AuditRegel, 'hash'>): string {
  const inhoud = canoniek({ volgnr: r.volgnr, tijd: r.tijd, gebruiker: r.gebruiker, actie: r.actie, onderwerp: r.onderwerp, details: r.details });
  return crypto.createHash('sha256').update(`${vorigeHash}\n${inhoud}`).digest('hex');
}

export async function auditKop(v: Verbinding): Promise<{ volgnr: number; hash: string }> {
  const rij = await v.get<{ volgnr: number; hash: string }>('SELECT volgnr, hash FROM audit ORDER BY volgnr DESC LIMIT 1');
  return rij ?? { volgnr: 0, hash: BEGINHASH };
}

export async function auditSchrijven(v: Verbinding, invoer: AuditInvoer, tijd = new Date()): Promise<string> {
  // Only the audit row: the caches of derived data need not start again for it (Verbinding.stand).
  return v.alleenAudit(async () => {
    const kop = await auditKop(v);
    const regel = {
      volgnr: kop.volgnr + 1,
      tijd: tijd.toISOString(),
      gebruiker: invoer.gebruiker,
      actie: invoer.actie,
      onderwerp: invoer.onderwerp,
      details: invoer.details ?? {},
    };
    const hash = regelHash(kop.hash, regel);
    const { changes } = await v.run(
      'INSERT INTO audit (volgnr, tijd, gebruiker, actie, onderwerp, details, vorige_hash, hash) VALUES (?,?,?,?,?,?,?,?)',
      [regel.volgnr, regel.tijd, regel.gebruiker, regel.actie, regel.onderwerp, canoniek(regel.details), kop.hash, hash],
    );
    return { uitkomst: hash, rijen: changes };
  });
}

interface AuditRij {
  volgnr: number;
  tijd: string;
  gebruiker: string;
  actie: string;
  onderwerp: string;
  details: string;
  vorige_hash: string;
  hash: string;
}

const naarRegel = (r: AuditRij): AuditRegel => ({
  volgnr: r.volgnr,
  tijd: r.tijd,
  gebruiker: r.gebruiker,
  actie: r.actie,
  onderwerp: r.onderwerp,
  details: JSON.parse(r.details) as Record<string, unknown>,
  hash: r.hash,
});

/**
 * Walks the whole chain and names the first entry that does not fit. The chain alone cannot show a cut
 * after its last row or a chain recomputed with the key: anker.ts checks it against signed anchors.
 */
export async function auditVerifieren(v: Verbinding): Promise<AuditVerificatie> {
  const rijen = await v.all<AuditRij>('SELECT * FROM audit ORDER BY volgnr');
  let vorige = BEGINHASH;
  let verwacht = 1;
  for (const rij of rijen) {
    const fout = (reden: string): AuditVerificatie => ({ geldig: false, aantal: rijen.length, kop: rijen[rijen.length - 1]!.hash, eersteFout: { volgnr: rij.volgnr, reden }, ankers: [] });
    if (rij.volgnr !== verwacht) return fout(`Regel ${verwacht} ontbreekt: na regel ${verwacht - 1} volgt regel ${rij.volgnr}`);
    if (rij.vorige_hash !== vorige) return fout(`Regel ${rij.volgnr} sluit niet aan op de regel ervoor (verwijderd of van volgorde veranderd)`);
    let details: Record<string, unknown>;
    try {
      details = JSON.parse(rij.details) as Record<string, unknown>;
    } catch {
      return fout(`Regel ${rij.volgnr} is onleesbaar`);
    }
    if (regelHash(vorige, { ...naarRegel(rij), details }) !== rij.hash) return fout(`De inhoud van regel ${rij.volgnr} is gewijzigd`);
    vorige = rij.hash;
    verwacht += 1;
  }
  return { geldig: true, aantal: rijen.length, kop: vorige, eersteFout: null, ankers: [] };
}

export interface AuditFilter {
  gebruiker?: string;
  actie?: string;
  vanaf?: string;
  tot?: string;
  limiet: number;
  voor?: number;
}

export async function auditLijst(v: Verbinding, f: AuditFilter): Promise<{ regels: AuditRegel[]; totaal: number }> {
  const voorwaarden: string[] = [];
  const params: SqlWaarde[] = [];
  if (f.gebruiker) {
    voorwaarden.push('gebruiker = ?');
    params.push(f.gebruiker);
  }
  if (f.actie) {
    voorwaarden.push('actie LIKE ?');
    params.push(`${f.actie}%`);
  }
  if (f.vanaf) {
    voorwaarden.push('tijd >= ?');
    params.push(f.vanaf);
  }
  if (f.tot) {
    voorwaarden.push('tijd < ?');
    params.push(f.tot);
  }
  const waar = voorwaarden.length ? `WHERE ${voorwaarden.join(' AND ')}` : '';
  const totaal = (await v.get<{ n: number }>(`SELECT count(*) AS n FROM audit ${waar}`, params))?.n ?? 0;
  const pagina = f.voor !== undefined ? `${waar ? `${waar} AND` : 'WHERE'} volgnr < ?` : waar;
  const rijen = await v.all<AuditRij>(
    `SELECT * FROM audit ${pagina} ORDER BY volgnr DESC LIMIT ?`,
    [...params, ...(f.voor !== undefined ? [f.voor] : []), f.limiet],
  );
  return { regels: rijen.map(naarRegel), totaal };
}
