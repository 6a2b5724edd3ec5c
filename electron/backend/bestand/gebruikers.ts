/** Accounts inside the bestand; each has a key slot beside it (docs/ontwerp.md §5). */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { accountbeheerWeigering, LEIDENDE_ROL, ROLLEN_PER_PROFIEL, type Accountbeheer, type Rol } from '@shared/rollen';
import type { Gebruiker } from '@shared/domein/gebruiker';
import type { Bestand } from './bestand';
import { laatsteBevestigingen } from './geheimhouding';

interface GebruikerRij {
  id: number;
  naam: string;
  weergavenaam: string;
  rol: Rol;
  aangemaakt: string;
  laatst_aangemeld: string | null;
}

const naarGebruiker = (r: GebruikerRij, geheimhouding: Gebruiker['geheimhouding'] = null): Gebruiker => ({
  id: r.id,
  naam: r.naam,
  weergavenaam: r.weergavenaam,
  rol: r.rol,
  aangemaakt: r.aangemaakt,
  laatstAangemeld: r.laatst_aangemeld,
  geheimhouding,
});

/** With each account's latest acknowledgment of the duty of confidentiality against `geheimhoudingsversie` (art. 21.2). */
export async function gebruikersLijst(b: Bestand, geheimhoudingsversie: number): Promise<Gebruiker[]> {
  const bevestigingen = await laatsteBevestigingen(b, geheimhoudingsversie);
  return (await b.v.all<GebruikerRij>('SELECT * FROM gebruikers ORDER BY naam')).map((r) => naarGebruiker(r, bevestigingen.get(r.id) ?? null));
}

async function gebruiker(b: Bestand, naam: string): Promise<GebruikerRij> {
  const r = await b.v.get<GebruikerRij>('SELECT * FROM gebruikers WHERE naam = ?', [naam]);
  if (!r) throw new KetenFout('NIET_GEVONDEN', melding('gebruiker.onbekend', { naam }), { velden: [veldfout('naam', melding('veld.onbekendAccount'))] });
  return r;
}

function controleerRol(b: Bestand, rol: Rol): void {
  const toegestaan = ROLLEN_PER_PROFIEL[b.instellingen.profiel];
  if (!toegestaan.includes(rol)) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('gebruiker.rolBestaatNiet', { rol, profiel: b.instellingen.profiel }), {
      velden: [veldfout('rol', melding('veld.kiesUit', { opties: toegestaan.join(', ') }))],
    });
  }
}

/**
 * The one rule of who may do what to which account (shared/rollen.ts, ADR 0003). A refused attempt is
 * audited: someone tried to give or take a role they may not, and the privacy-medewerker should see it.
 */
async function controleerBeheer(b: Bestand, a: Omit<Accountbeheer, 'profiel' | 'ik'>): Promise<void> {
  const weigering = accountbeheerWeigering({ ...a, profiel: b.instellingen.profiel, ik: { naam: b.gebruiker.naam, rol: b.gebruiker.rol } });
  if (!weigering) return;
  await b.audit('gebruiker.toekenning-geweigerd', `gebruiker:${a.account.naam}`, {
    handeling: a.handeling,
    rol: a.account.rol,
    ...(a.nieuweRol ? { nieuweRol: a.nieuweRol } : {}),
    artikel: weigering.artikel,
  });
  throw new KetenFout(weigering.code, weigering.bericht, { artikel: weigering.artikel });
}

export async function gebruikerToevoegen(b: Bestand, g: { naam: string; weergavenaam: string; rol: Rol; wachtwoord: string }): Promise<Gebruiker> {
  controleerRol(b, g.rol);
  await controleerBeheer(b, { handeling: 'toevoegen', account: { naam: g.naam, rol: null }, nieuweRol: g.rol });
  if (await b.v.get('SELECT 1 FROM gebruikers WHERE naam = ?', [g.naam])) {
    throw new KetenFout('CONFLICT', melding('gebruiker.bestaatAl', { naam: g.naam }), { velden: [veldfout('naam', melding('veld.gebruikersnaamBezet'))] });
  }
  // The slot first: an account without a slot could never log in, a slot without an account opens nothing.
  await b.slotToevoegen(g.naam, g.wachtwoord);
  await b.v.transactie(async () => {
    await b.v.run('INSERT INTO gebruikers (naam, weergavenaam, rol, aangemaakt) VALUES (?,?,?,?)', [g.naam, g.weergavenaam, g.rol, new Date().toISOString()]);
    await b.audit('gebruiker.toegevoegd', `gebruiker:${g.naam}`, { rol: g.rol });
  });
  return naarGebruiker(await gebruiker(b, g.naam));
}

async function aantalMetRol(b: Bestand, rol: Rol): Promise<number> {
  return (await b.v.get<{ n: number }>('SELECT count(*) AS n FROM gebruikers WHERE rol = ?', [rol]))?.n ?? 0;
}

function laatsteLeidendeRol(b: Bestand): KetenFout {
  const rol = LEIDENDE_ROL[b.instellingen.profiel];
  return new KetenFout('CONFLICT', melding('gebruiker.laatsteLeidende', { rol }), { artikel: 'art. 12.7' });
}

/**
 * Removing an account removes its slot and then replaces the bestand key, so a copy of the old slot
 * file in the removed user's hands opens nothing written from now on.
 */
export async function gebruikerVerwijderen(b: Bestand, naam: string): Promise<void> {
  const r = await gebruiker(b, naam);
  await controleerBeheer(b, { handeling: 'verwijderen', account: { naam: r.naam, rol: r.rol } });
  const leidend = LEIDENDE_ROL[b.instellingen.profiel];
  if (r.rol === leidend && (await aantalMetRol(b, leidend)) <= 1) throw laatsteLeidendeRol(b);
  // The slot goes (and the key-replacement journal is written) before the row: a crash in between
  // leaves a journal that the next unlock finishes, never a slot that outlives its account.
  await b.sleutelVervangen({
    verwijderen: [r.naam],
    tussendoor: () =>
      b.v.transactie(async () => {
        await b.v.run('DELETE FROM gebruikers WHERE id = ?', [r.id]);
        await b.audit('gebruiker.verwijderd', `gebruiker:${r.naam}`, { rol: r.rol });
      }),
  });
}

export async function rolWijzigen(b: Bestand, naam: string, rol: Rol): Promise<Gebruiker> {
  controleerRol(b, rol);
  const r = await gebruiker(b, naam);
  await controleerBeheer(b, { handeling: 'rolWijzigen', account: { naam: r.naam, rol: r.rol }, nieuweRol: rol });
  const leidend = LEIDENDE_ROL[b.instellingen.profiel];
  if (r.rol === leidend && rol !== leidend && (await aantalMetRol(b, leidend)) <= 1) throw laatsteLeidendeRol(b);
  await b.v.transactie(async () => {
    await b.v.run('UPDATE gebruikers SET rol = ? WHERE id = ?', [rol, r.id]);
    await b.audit('gebruiker.rol-gewijzigd', `gebruiker:${r.naam}`, { van: r.rol, naar: rol });
  });
  return naarGebruiker(await gebruiker(b, naam));
}
