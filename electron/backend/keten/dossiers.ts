/**
 * Dossiers: signals about one case combined with what partners add on inquiry (art. 7.2–7.3, 16.2).
 * The process step follows the transition table of shared/domein/dossier.ts; every step is recorded.
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { DOSSIERMACHINE, type Dossierfase, type DossierRij } from '@shared/domein/dossier';
import { overgaan } from '@shared/overgang';
import type { Bestand } from '../bestand/bestand';
import { vandaag } from '../klok';
import { volgendNummer } from './nummers';
import { signaalRij } from './signalen';

interface DossierTabelRij {
  id: number;
  nummer: string;
  titel: string;
  fase: Dossierfase;
  aangemaakt: string;
  aangemaakt_door: string;
  gesloten_op: string | null;
}

export async function dossierRij(b: Bestand, id: number): Promise<DossierTabelRij> {
  const r = await b.v.get<DossierTabelRij>('SELECT * FROM dossiers WHERE id = ?', [id]);
  if (!r) throw new KetenFout('NIET_GEVONDEN', melding('dossier.nietGevonden', { id }));
  return r;
}

async function gebeurtenis(b: Bestand, dossierId: number, soort: string, toelichting: string, van: Dossierfase | null = null, naar: Dossierfase | null = null): Promise<void> {
  await b.v.run('INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, van_fase, naar_fase, toelichting) VALUES (?,?,?,?,?,?,?)', [
    dossierId,
    new Date().toISOString(),
    b.gebruiker.naam,
    soort,
    van,
    naar,
    toelichting,
  ]);
}

/** Only submitted signals the user may see, and not already in another dossier, go into a dossier. */
async function controleerSignalen(b: Bestand, signaalIds: readonly number[], dossierId: number | null): Promise<Array<{ id: number; nummer: string }>> {
  if (signaalIds.length === 0) throw new KetenFout('ONGELDIGE_INVOER', melding('dossier.kiesSignaal'), { velden: [veldfout('signaalIds', melding('veld.kiesSignaal'))] });
  const uit: Array<{ id: number; nummer: string }> = [];
  for (const id of new Set(signaalIds)) {
    const r = await signaalRij(b, id);
    if (r.status !== 'ingediend') throw new KetenFout('CONFLICT', melding('dossier.signaalConcept', { nummer: r.nummer }));
    if (r.dossier_id !== null && r.dossier_id !== dossierId) {
      const d = await b.v.get<{ nummer: string }>('SELECT nummer FROM dossiers WHERE id = ?', [r.dossier_id]);
      throw new KetenFout('CONFLICT', melding('dossier.signaalAlInDossier', { nummer: r.nummer, dossier: d?.nummer ?? r.dossier_id }));
    }
    uit.push({ id, nummer: r.nummer });
  }
  return uit;
}

async function signalenKoppelen(b: Bestand, dossierId: number, signalen: Array<{ id: number }>): Promise<void> {
  for (const s of signalen) {
    // Putting a signal in a dossier is the decision of art. 16.3 that it leads to dossier-forming.
    await b.v.run("UPDATE signalen SET dossier_id = ?, besluit = 'dossier', besluit_door = ?, besluit_op = ? WHERE id = ?", [dossierId, b.gebruiker.naam, new Date().toISOString(), s.id]);
  }
}

export async function dossierMaken(b: Bestand, signaalIds: readonly number[], titel: string): Promise<number> {
  return b.v.transactie(async () => {
    const signalen = await controleerSignalen(b, signaalIds, null);
    const nummer = await volgendNummer(b.v, 'dossiers', 'D', new Date().getFullYear());
    const nu = new Date().toISOString();
    const id = (await b.v.run("INSERT INTO dossiers (nummer, titel, fase, aangemaakt, aangemaakt_door) VALUES (?,?,'dossiervorming',?,?)", [nummer, titel, nu, b.gebruiker.naam])).lastID;
    await signalenKoppelen(b, id, signalen);
    await gebeurtenis(b, id, 'aangemaakt', `Gevormd uit ${signalen.map((s) => s.nummer).join(', ')}`, 'detectie', 'dossiervorming');
    await b.audit('dossier.aangemaakt', `dossier:${nummer}`, { signalen: signalen.map((s) => s.nummer) });
    return id;
  });
}

export async function signalenToevoegen(b: Bestand, dossierId: number, signaalIds: readonly number[]): Promise<void> {
  await b.v.transactie(async () => {
    const d = await dossierRij(b, dossierId);
    if (d.fase === 'gesloten') throw new KetenFout('CONFLICT', melding('dossier.gesloten', { nummer: d.nummer }));
    const signalen = await controleerSignalen(b, signaalIds, dossierId);
    await signalenKoppelen(b, dossierId, signalen);
    await gebeurtenis(b, dossierId, 'signalen-toegevoegd', signalen.map((s) => s.nummer).join(', '));
    await b.audit('dossier.signalen-toegevoegd', `dossier:${d.nummer}`, { signalen: signalen.map((s) => s.nummer) });
  });
}

export async function signaalUitDossier(b: Bestand, dossierId: number, signaalId: number): Promise<void> {
  await b.v.transactie(async () => {
    const d = await dossierRij(b, dossierId);
    const s = await signaalRij(b, signaalId);
    if (s.dossier_id !== dossierId) throw new KetenFout('CONFLICT', melding('dossier.signaalNietInDossier', { nummer: s.nummer, dossier: d.nummer }));
    const over = (await b.v.get<{ n: number }>('SELECT count(*) AS n FROM signalen WHERE dossier_id = ?', [dossierId]))?.n ?? 0;
    if (over <= 1) throw new KetenFout('CONFLICT', melding('dossier.laatsteSignaal'));
    await b.v.run("UPDATE signalen SET dossier_id = NULL, besluit = 'open' WHERE id = ?", [signaalId]);
    await gebeurtenis(b, dossierId, 'signaal-verwijderd', s.nummer);
    await b.audit('dossier.signaal-verwijderd', `dossier:${d.nummer}`, { signaal: s.nummer });
  });
}

/** Splitting moves some signals to a new dossier in the same step; the rest stays. */
export async function dossierSplitsen(b: Bestand, dossierId: number, signaalIds: readonly number[], titel: string): Promise<number> {
  return b.v.transactie(async () => {
    const d = await dossierRij(b, dossierId);
    const alle = (await b.v.all<{ id: number }>('SELECT id FROM signalen WHERE dossier_id = ?', [dossierId])).map((r) => r.id);
    const weg = [...new Set(signaalIds)];
    if (weg.length === 0 || weg.some((id) => !alle.includes(id))) throw new KetenFout('ONGELDIGE_INVOER', melding('dossier.kiesSignalenUit', { nummer: d.nummer }), { velden: [veldfout('signaalIds', melding('veld.alleenUitDitDossier'))] });
    if (weg.length === alle.length) throw new KetenFout('CONFLICT', melding('dossier.splitsenEenBlijft'));
    const nummer = await volgendNummer(b.v, 'dossiers', 'D', new Date().getFullYear());
    const nu = new Date().toISOString();
    const nieuw = (await b.v.run('INSERT INTO dossiers (nummer, titel, fase, aangemaakt, aangemaakt_door) VALUES (?,?,?,?,?)', [nummer, titel, d.fase, nu, b.gebruiker.naam])).lastID;
    for (const id of weg) await b.v.run('UPDATE signalen SET dossier_id = ? WHERE id = ?', [nieuw, id]);
    await gebeurtenis(b, dossierId, 'gesplitst', `Signalen naar ${nummer}`);
    await gebeurtenis(b, nieuw, 'aangemaakt', `Afgesplitst van ${d.nummer}`, null, d.fase);
    await b.audit('dossier.gesplitst', `dossier:${d.nummer}`, { nieuw: nummer, aantal: weg.length });
    return nieuw;
  });
}

export async function faseWijzigen(b: Bestand, dossierId: number, naar: Dossierfase, toelichting: string): Promise<void> {
  await b.v.transactie(async () => {
    const d = await dossierRij(b, dossierId);
    overgaan(DOSSIERMACHINE, d.fase, naar);
    await b.v.run('UPDATE dossiers SET fase = ?, gesloten_op = ? WHERE id = ?', [naar, naar === 'gesloten' ? vandaag() : null, dossierId]);
    await gebeurtenis(b, dossierId, 'fase', toelichting, d.fase, naar);
    await b.audit('dossier.fase', `dossier:${d.nummer}`, { van: d.fase, naar });
  });
}

/**
 * The dossiers, newest first; ties in `aangemaakt` by id, so the order is total and a page can start
 * after a row's sort key (keyset paging, ADR 0016). Without `limiet` every dossier, as before.
 */
export async function dossiersLijst(b: Bestand, f: { id?: number | undefined; fase?: Dossierfase | undefined; na?: { aangemaakt: string; id: number } | undefined; limiet?: number | undefined } = {}): Promise<DossierRij[]> {
  const waar: string[] = [];
  const params: Array<string | number> = [];
  if (f.id !== undefined) {
    waar.push('d.id = ?');
    params.push(f.id);
  }
  if (f.fase) {
    waar.push('d.fase = ?');
    params.push(f.fase);
  }
  if (f.na) {
    waar.push('(d.aangemaakt, d.id) < (?, ?)');
    params.push(f.na.aangemaakt, f.na.id);
  }
  const rijen = await b.v.all<DossierTabelRij & { aantal: number; gewijzigd: string | null }>(
    `SELECT d.*, (SELECT count(*) FROM signalen s WHERE s.dossier_id = d.id) AS aantal,
            (SELECT max(tijd) FROM dossier_gebeurtenissen g WHERE g.dossier_id = d.id) AS gewijzigd
       FROM dossiers d ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY d.aangemaakt DESC, d.id DESC ${f.limiet ? 'LIMIT ?' : ''}`,
    f.limiet ? [...params, f.limiet] : params,
  );
  return rijen.map((r) => ({ id: r.id, nummer: r.nummer, titel: r.titel, fase: r.fase, aantalSignalen: r.aantal, aangemaakt: r.aangemaakt, gewijzigd: r.gewijzigd ?? r.aangemaakt }));
}

/** How many dossiers stand in each phase: the filter chips of the paged list (art. 10.1), without the rows. */
export async function dossiersPerFase(b: Bestand): Promise<Array<{ fase: Dossierfase; aantal: number }>> {
  return b.v.all<{ fase: Dossierfase; aantal: number }>('SELECT fase, count(*) AS aantal FROM dossiers GROUP BY fase ORDER BY fase');
}

/**
 * The timeline in words (ADR 0037): who acted is the person's name, not the account (an account that is
 * gone stays as it was); "Navraag 2 gesteld" names the partner asked instead of an internal number.
 */
export async function gebeurtenissen(b: Bestand, dossierId: number) {
  const rijen = await b.v.all<{ id: number; tijd: string; door: string; soort: string; vanFase: Dossierfase | null; naarFase: Dossierfase | null; toelichting: string }>(
    `SELECT g.id, g.tijd, COALESCE((SELECT weergavenaam FROM gebruikers u WHERE u.naam = g.door), g.door) AS door, g.soort,
            g.van_fase AS vanFase, g.naar_fase AS naarFase, g.toelichting
       FROM dossier_gebeurtenissen g WHERE g.dossier_id = ? ORDER BY g.id`,
    [dossierId],
  );
  const navragen = new Map(
    (await b.v.all<{ id: number; partner: string }>('SELECT n.id, p.naam AS partner FROM navragen n JOIN partners p ON p.id = n.partner_id WHERE n.dossier_id = ?', [dossierId])).map((n) => [n.id, n.partner]),
  );
  return rijen.map((r) => {
    const navraag = r.soort === 'navraag' ? /^Navraag (\d+) gesteld$/.exec(r.toelichting) : null;
    const partner = navraag ? navragen.get(Number(navraag[1])) : undefined;
    return partner ? { ...r, toelichting: `Gesteld aan ${partner}` } : r;
  });
}
