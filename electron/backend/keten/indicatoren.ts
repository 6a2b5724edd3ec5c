/** The indicator catalogue: editable, and items are retired rather than deleted (old signals keep them). */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Bestand } from '../bestand/bestand';

export async function indicatorenLijst(b: Bestand) {
  const categorieen = await b.v.all<{ id: number; code: string; naam: string }>('SELECT id, code, naam FROM indicator_categorieen ORDER BY volgorde');
  const items = await b.v.all<{ id: number; code: string; categorie_id: number; tekst: string; actief: number; ingetrokken_op: string | null }>('SELECT * FROM indicatoren ORDER BY code');
  return categorieen.map((c) => ({
    ...c,
    indicatoren: items.filter((i) => i.categorie_id === c.id).map((i) => ({ id: i.id, code: i.code, tekst: i.tekst, actief: i.actief === 1, ingetrokkenOp: i.ingetrokken_op })),
  }));
}

export async function indicatorToevoegen(b: Bestand, categorieId: number, tekst: string): Promise<number> {
  return b.v.transactie(async () => {
    const c = await b.v.get<{ code: string }>('SELECT code FROM indicator_categorieen WHERE id = ?', [categorieId]);
    if (!c) throw new KetenFout('NIET_GEVONDEN', melding('indicator.categorieNietGevonden'), { velden: [veldfout('categorieId', melding('veld.onbekendeCategorie'))] });
    const n = (await b.v.get<{ n: number }>('SELECT count(*) AS n FROM indicatoren WHERE categorie_id = ?', [categorieId]))?.n ?? 0;
    let code = `${c.code}-${String(n + 1).padStart(2, '0')}`;
    while (await b.v.get('SELECT 1 FROM indicatoren WHERE code = ?', [code])) code = `${code}b`;
    const id = (await b.v.run('INSERT INTO indicatoren (code, categorie_id, tekst) VALUES (?,?,?)', [code, categorieId, tekst])).lastID;
    await b.audit('indicator.toegevoegd', `indicator:${code}`, { tekst });
    return id;
  });
}

export async function indicatorWijzigen(b: Bestand, id: number, tekst: string): Promise<void> {
  await b.v.transactie(async () => {
    const r = await b.v.run('UPDATE indicatoren SET tekst = ? WHERE id = ?', [tekst, id]);
    if (r.changes === 0) throw new KetenFout('NIET_GEVONDEN', melding('indicator.nietGevonden', { id }));
    await b.audit('indicator.gewijzigd', `indicator:${id}`, { tekst });
  });
}

export async function indicatorIntrekken(b: Bestand, id: number, datum: string): Promise<void> {
  await b.v.transactie(async () => {
    const r = await b.v.run('UPDATE indicatoren SET actief = 0, ingetrokken_op = ? WHERE id = ? AND actief = 1', [datum, id]);
    if (r.changes === 0) throw new KetenFout('NIET_GEVONDEN', melding('indicator.nietGevondenOfIngetrokken', { id }));
    await b.audit('indicator.ingetrokken', `indicator:${id}`, { datum });
  });
}
