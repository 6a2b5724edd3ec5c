/**
 * Anchors of the audit chain (art. 21.9–21.11, ADR 0011). The hash chain alone passes when its last
 * rows are deleted, or when someone with the raw key recomputes it after rewriting a row; each
 * "controle" below shows that first. A signed anchor of the head, kept outside the database and held
 * by partners, shows both — with the row number — and shows a -wal lost in a crash.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter } from '../../electron/backend/api';
import { Bestand, DATABASEBESTAND, openMetSleutel } from '../../electron/backend/bestand/bestand';
import { bestandMaken } from '../../electron/backend/keten/inrichten';
import { auditLijst, auditVerifieren, canoniek, regelHash } from '../../electron/backend/bestand/audit';
import { ANKERBESTAND, ankerbestandSchrijven, ankerOndertekenen, ketenVerifieren } from '../../electron/backend/bestand/anker';
import { SLEUTELBESTAND } from '../../electron/backend/bestand/sleutelslots';
import type { Verbinding } from '../../electron/backend/bestand/verbinding';
import { bundelMaken } from '../../electron/backend/bundels/maken';
import { bundelInlezen } from '../../electron/backend/bundels/inlezen';
import { INLEESHANDLERS } from '../../electron/backend/overdracht/inleeshandlers';
import { partnerAnkerExporteren } from '../../electron/backend/bundels/partnerankers';
import { faaltMet, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';
import { CENTRAALCODE, partnerIdVan, tweeBestanden, VOORBEELDINHOUD } from './bundel-hulp';

const ACTIES = 8;

interface Proef {
  map: string;
  bestandId: string;
  sleutel: Buffer;
  /** The head the lock anchored. */
  kop: number;
}

describe('art. 21.9 — ankers van de auditketen', () => {
  let werk: string;
  let teller = 0;

  beforeAll(async () => {
    werk = await tijdelijkeMap('anker');
  });
  afterAll(() => opruimen(werk));

  async function nieuwBestand(): Promise<{ b: Bestand; map: string }> {
    const map = path.join(werk, `bestand-${++teller}`);
    const b = await bestandMaken(map, { naam: 'Proefgemeente', penvoerder: 'College (synthetisch)', profiel: 'centraal', gebruiker: 'anna', weergavenaam: 'Anna Proef', wachtwoord: WACHTWOORD });
    for (let i = 1; i <= ACTIES; i++) await b.audit('proef.actie', `partner:${i}`, { nummer: i });
    return { b, map };
  }

  /** A bestand whose lock anchored its head, and the raw key an insider could derive from a slot. */
  async function vergrendeldBestand(): Promise<Proef> {
    const { b, map } = await nieuwBestand();
    const sleutel = b.bestandssleutel();
    const bestandId = b.instellingen.bestandId;
    await b.sluiten();
    const v = await rauw({ map, sleutel } as Proef);
    const kop = (await v.get<{ n: number }>('SELECT max(volgnr) AS n FROM audit'))!.n;
    await v.sluiten();
    return { map, bestandId, sleutel, kop };
  }

  const rauw = (p: Pick<Proef, 'map' | 'sleutel'>) => openMetSleutel(path.join(p.map, DATABASEBESTAND), p.sleutel);

  async function dicht(v: Verbinding): Promise<void> {
    await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await v.sluiten();
  }

  /** What an insider with the raw key does: change a row, then recompute every hash after it. */
  async function herschrijf(v: Verbinding, volgnr: number): Promise<void> {
    await v.run(`UPDATE audit SET details = ? WHERE volgnr = ?`, [canoniek({ nummer: 999 }), volgnr]);
    const rijen = await v.all<{ volgnr: number; tijd: string; gebruiker: string; actie: string; onderwerp: string; details: string; vorige_hash: string }>('SELECT * FROM audit WHERE volgnr >= ? ORDER BY volgnr', [volgnr]);
    let vorige = rijen[0]!.vorige_hash;
    for (const r of rijen) {
      const hash = regelHash(vorige, { ...r, details: JSON.parse(r.details) as Record<string, unknown> });
      await v.run('UPDATE audit SET vorige_hash = ?, hash = ? WHERE volgnr = ?', [vorige, hash, r.volgnr]);
      vorige = hash;
    }
  }

  it('elke vergrendeling laat een ondertekend anker naast sleutels.json achter, met bestand-id, volgnummer en hash', async () => {
    const p = await vergrendeldBestand();
    const tekst = await fs.readFile(path.join(p.map, ANKERBESTAND), 'utf8');
    expect(tekst).toMatch(/^-----BEGIN PGP SIGNED MESSAGE-----/);
    expect(tekst).toContain(`"bestandId":"${p.bestandId}"`);
    expect(tekst).toContain(`"volgnr":${p.kop}`);
    const v = await rauw(p);
    expect(await ketenVerifieren(v, p.map, p.bestandId)).toMatchObject({ geldig: true, eersteFout: null, ankers: [{ bron: 'eigen', volgnr: p.kop, code: null }] });
    await v.sluiten();
  });

  it('de laatste regels verwijderd: de keten zelf merkt het niet, het anker wel, met het eerste ontbrekende volgnummer', async () => {
    const p = await vergrendeldBestand();
    const v = await rauw(p);
    await v.run('DELETE FROM audit WHERE volgnr > ?', [p.kop - 3]);
    expect((await auditVerifieren(v)).geldig, 'controle: zonder anker gaat dit door').toBe(true);
    const r = await ketenVerifieren(v, p.map, p.bestandId);
    expect(r.geldig).toBe(false);
    expect(r.eersteFout).toMatchObject({ volgnr: p.kop - 2, code: 'AUDIT_ANKER_KETEN_KORTER' });
    expect(r.eersteFout!.reden).toMatch(new RegExp(`regels ${p.kop - 2} tot en met ${p.kop} ontbreken`));
    await dicht(v);

    // At unlock: the user is told (not locked out: the restore path stays open), and the audit keeps the anchor as evidence.
    const b = await Bestand.ontgrendelen(p.map, 'anna', WACHTWOORD);
    try {
      expect(b.ankerMelding).toMatchObject({ code: 'AUDIT_ANKER_KETEN_KORTER' });
      expect(b.ankerMelding!.melding).toMatch(/backup terug/);
      const [regel] = (await auditLijst(b.v, { actie: 'audit.anker-afwijking', limiet: 1 })).regels;
      expect(regel!.details).toMatchObject({ code: 'AUDIT_ANKER_KETEN_KORTER', ankerVolgnr: p.kop, ketenLengte: p.kop - 3 });
      expect(String(regel!.details.anker)).toMatch(/BEGIN PGP SIGNED MESSAGE/);
    } finally {
      await b.sluiten();
    }
  });

  it('een regel herschreven en de keten opnieuw berekend met de sleutel: het anker noemt de geankerde regel', async () => {
    const p = await vergrendeldBestand();
    const v = await rauw(p);
    await herschrijf(v, 3);
    expect((await auditVerifieren(v)).geldig, 'controle: zonder anker gaat dit door').toBe(true);
    const r = await ketenVerifieren(v, p.map, p.bestandId);
    expect(r.eersteFout).toMatchObject({ volgnr: p.kop, code: 'AUDIT_ANKER_AFWIJKEND' });
    expect(r.eersteFout!.reden).toMatch(new RegExp(`Regel ${p.kop} van het auditlog, of een regel ervoor, is herschreven`));
    await v.sluiten();
  });

  it('na een crash verloren -wal: vastgelegde regels weg, en de volgende ontgrendeling zegt het', async () => {
    const { b, map } = await nieuwBestand();
    const anker = await b.ankeren(); // what the timer does within ANKER_NA_MS of a write
    const crash = path.join(werk, `crash-${teller}`);
    await fs.mkdir(crash);
    // The machine dies: the database file and the anchor survive, the -wal with the latest commits does not.
    for (const f of [DATABASEBESTAND, SLEUTELBESTAND, ANKERBESTAND]) await fs.copyFile(path.join(map, f), path.join(crash, f));
    await b.sluiten();
    const na = await Bestand.ontgrendelen(crash, 'anna', WACHTWOORD);
    try {
      expect(na.ankerMelding?.code).toBe('AUDIT_ANKER_KETEN_KORTER');
      expect(na.ankerMelding?.melding).toMatch(new RegExp(`al ${anker.anker.volgnr} regels`));
    } finally {
      await na.sluiten();
    }
  });

  it('een anker van een partner bewijst de inkorting, ook als de insider het eigen anker opnieuw ondertekende', async () => {
    const { b, map } = await nieuwBestand();
    const bijPartner = path.join(werk, `partner-anker-${teller}.asc`);
    const gegeven = await b.ankeren();
    await fs.writeFile(bijPartner, gegeven.tekst);
    for (let i = 0; i < 3; i++) await b.audit('proef.later', 'bestand');
    const sleutel = b.bestandssleutel();
    const bestandId = b.instellingen.bestandId;
    await b.sluiten();

    // The insider cuts below the anchor the partner holds and signs a fresh local anchor with the key from the bestand.
    const v = await rauw({ map, sleutel });
    await v.run('DELETE FROM audit WHERE volgnr > ?', [gegeven.anker.volgnr - 2]);
    const kop = (await v.get<{ volgnr: number; hash: string }>('SELECT volgnr, hash FROM audit ORDER BY volgnr DESC LIMIT 1'))!;
    const geheim = await openpgp.readPrivateKey({ armoredKey: (await v.get<{ geheim: string }>('SELECT geheim FROM eigen_sleutels'))!.geheim });
    await ankerbestandSchrijven(map, (await ankerOndertekenen({ bestandId, ...kop }, geheim)).tekst);
    expect((await ketenVerifieren(v, map, bestandId)).geldig, 'controle: lokaal is het anker bijgewerkt').toBe(true);
    await dicht(v);

    const router = maakRouter({ werkmap: werk });
    try {
      await ok(router, 'bestand.openen', { map });
      expect((await ok(router, 'sessie.aanmelden', { gebruiker: 'anna', wachtwoord: WACHTWOORD })).waarschuwing).toBeNull();
      const r = await ok(router, 'audit.verifieren', { ankerPad: bijPartner });
      expect(r.geldig).toBe(false);
      expect(r.ankers.map((a) => [a.bron, a.code])).toEqual([
        ['eigen', null],
        ['extern', expect.stringMatching(/^AUDIT_ANKER_(KETEN_KORTER|AFWIJKEND)$/)],
      ]);
      expect(r.eersteFout?.code).toMatch(/^AUDIT_ANKER_/);
    } finally {
      await router.afsluiten();
    }
  });

  it('een vervalst of vreemd anker wordt geweigerd; een ontbrekend ankerbestand is een bevinding', async () => {
    const p = await vergrendeldBestand();
    const ander = await vergrendeldBestand();
    const v = await rauw(p);
    const echt = await fs.readFile(path.join(p.map, ANKERBESTAND), 'utf8');
    await faaltMet(ketenVerifieren(v, p.map, p.bestandId, echt.replace(`"volgnr":${p.kop}`, `"volgnr":${p.kop + 5}`)), 'AUDIT_ANKER_ONGELDIG');
    // Signed, but by another bestand's key: ours does not verify it.
    await faaltMet(ketenVerifieren(v, p.map, p.bestandId, await fs.readFile(path.join(ander.map, ANKERBESTAND), 'utf8')), 'AUDIT_ANKER_ONGELDIG');
    await v.sluiten();

    await fs.rm(path.join(p.map, ANKERBESTAND));
    const b = await Bestand.ontgrendelen(p.map, 'anna', WACHTWOORD);
    try {
      expect(b.ankerMelding?.code).toBe('AUDIT_ANKER_ONTBREEKT');
    } finally {
      await b.sluiten();
    }
    // The lock wrote a fresh anchor; the finding stays in the audit.
    const b2 = await Bestand.ontgrendelen(p.map, 'anna', WACHTWOORD);
    expect(b2.ankerMelding).toBeNull();
    expect((await auditLijst(b2.v, { actie: 'audit.anker-afwijking', limiet: 5 })).totaal).toBe(1);
    await b2.sluiten();
  });

  it('elke bundel draagt een ondertekend anker; de partner bewaart het en geeft het terug als bewijs tegen inkorting', async () => {
    const paar = path.join(werk, `paar-${++teller}`);
    const stick = path.join(paar, 'stick');
    await fs.mkdir(stick, { recursive: true });
    const { centraal, partner } = await tweeBestanden(paar);
    const gemaakt = await bundelMaken(centraal, { soort: 'agendapakket', aan: [await partnerIdVan(centraal, 'POLITIE')], inhoud: VOORBEELDINHOUD.agendapakket, doelmap: stick });
    await bundelInlezen(partner, new Uint8Array(await fs.readFile(gemaakt.pad)), INLEESHANDLERS, { bevestigingMap: stick });
    const terug = await partnerAnkerExporteren(partner, await partnerIdVan(partner, CENTRAALCODE), stick);
    const tekst = await fs.readFile(terug.pad, 'utf8');
    expect(tekst).toContain(`"bestandId":"${centraal.instellingen.bestandId}"`);
    expect(await ketenVerifieren(centraal.v, centraal.map, centraal.instellingen.bestandId, tekst)).toMatchObject({ geldig: true });

    // Cut centraal's log below the anchor the partner holds: the partner's copy proves it.
    const sleutel = centraal.bestandssleutel();
    const map = centraal.map;
    await centraal.sluiten();
    await partner.sluiten();
    const v = await rauw({ map, sleutel });
    await v.run('DELETE FROM audit WHERE volgnr >= ?', [terug.volgnr - 1]);
    const r = await ketenVerifieren(v, map, (await v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'bestandId'"))!.waarde, tekst);
    expect(r.ankers.find((a) => a.bron === 'extern')).toMatchObject({ volgnr: terug.volgnr, code: 'AUDIT_ANKER_KETEN_KORTER' });
    await v.sluiten();
  });
});
