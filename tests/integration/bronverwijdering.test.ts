/**
 * Art. 22.2 through the zorgcoördinatie: the zorgcoördinator passes on a care partner's (GGD) deletion
 * request about a whole dossier. Two real encrypted bestanden, a signed and encrypted bundle. The centraal
 * bestand removes only the GGD's signal (with the person only it named) and the inquiry the GGD answered;
 * the Belastingdienst's signal in the same dossier stays. A request on behalf of the GGD for another
 * partner's signal removes nothing and says why. Proven on the decrypted pages and WAL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseOntsleutelen, paginasMet, walOntsleutelen } from '../fixtures/sqlcipher-paginas';
import { eigenSleutel, geheimeSleutelVoorTest } from '../../electron/backend/bundels/sleutels';
import { centraalEnZorgVoorAlle } from '../fixtures/omgeving';
import { geenSporen, gevondenWoorden, sporenZoeken, woord, type Sporen } from '../fixtures/sporen';

/** gpg in its own home, never asking anything (as in gpg.test.ts). */
function gpg(home: string, args: string[], invoer?: string | Uint8Array) {
  const r = spawnSync('/usr/bin/gpg', ['--batch', '--no-tty', '--pinentry-mode', 'loopback', '--passphrase', '', ...args], { env: { ...process.env, GNUPGHOME: home }, input: invoer, timeout: 60_000 });
  if (r.status !== 0) throw new Error(`gpg ${args.join(' ')} faalde (${r.status}): ${r.stderr.toString('utf8')}`);
  return r.stdout.toString('utf8');
}

const WACHTWOORD = 'synthetisch-wachtwoord-bronverwijdering';
const GGD_NAAM = 'Synthetische Xqzorgbronnaam';
const BD_NAAM = 'Synthetische Fiscaalblijft';

describe('bronverwijdering via de zorgcoördinatie (art. 22.2)', () => {
  const o = centraalEnZorgVoorAlle('bronverwijdering', WACHTWOORD, (werk) => spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: path.join(werk, 'gnupg') } }));

  const signaal = (bron: string, naam: string) => ({
    formulier: {
      datumTijd: '2026-10-01T10:00',
      melder: { contactpersoon: 'Synthetische Melder', partnerId: o.ids.c[bron] },
      bron: { naam: 'Synthetische Bron', partnerId: o.ids.c[bron] },
      slachtoffer: { naam, geboortedatum: '2007-07-07' },
      samenvatting: `Signaal over ${naam}.`,
      vermoedens: ['seksuele-uitbuiting'],
      seksueleVormen: ['jeugdprostitutie'],
      fase: 2,
      delen: 'identificeerbaar',
    },
    indienen: true,
  });
  const verzoek = (onderwerpen: Array<{ soort: string; referentie: string; naam?: string; geboortedatum?: string }>) =>
    o.z<{ pad: string }>('verwijderverzoek.maken', { aanPartnerId: o.ids.z['GEM-VEILIGHEID'], namens: 'GEM-GGD', bronregistratie: 'Cliëntdossier GGD (synthetisch)', onderwerpen, reden: 'Verwijderd uit de bronregistratie', doelmap: o.stick });

  it('een verzoek van de GGD over een heel dossier, doorgegeven door de zorgcoördinator: alleen wat de GGD aanleverde verdwijnt', async () => {
    const ggd = await o.c<{ id: number; nummer: string }>('signalen.opslaan', signaal('GEM-GGD', GGD_NAAM));
    const bd = await o.c<{ id: number; nummer: string }>('signalen.opslaan', signaal('BD', BD_NAAM));
    const d = await o.c<{ id: number }>('dossiers.maken', { signaalIds: [ggd.id, bd.id], titel: 'Proefdossier bron' });
    await o.c('navraag.vastleggen', { dossierId: d.id, partnerId: o.ids.c['GEM-GGD'], vraag: 'Is de jongere bij u bekend? Xqnavraagggd', gevraagdOp: '2026-10-02' });
    await o.c('navraag.vastleggen', { dossierId: d.id, partnerId: o.ids.c.BD, vraag: 'Is de werkgever bij u bekend?', gevraagdOp: '2026-10-02' });
    const nummer = (await o.c<{ nummer: string }>('dossiers.detail', { id: d.id })).nummer;

    const v = await verzoek([{ soort: 'dossier', referentie: nummer }]);
    const ingelezen = await o.c<{ id: string; verwijderbevestiging: { pad: string } | null }>('bundels.inlezen', { pad: v.pad, bevestigingMap: o.stick });
    expect(ingelezen.verwijderbevestiging).not.toBeNull();

    // The confirmation verifies with GnuPG (the zorgcoördinatie's secret key, the centraal's public key)
    // and names only the reference sent and counts: nothing of the Belastingdienst.
    const home = path.join(o.werk, 'gnupg');
    await fs.mkdir(home, { mode: 0o700 });
    gpg(home, ['--import'], await geheimeSleutelVoorTest(o.zorg.sessie.open!));
    gpg(home, ['--import'], (await eigenSleutel(o.centraal.sessie.open!)).publiek);
    const klaretekst = path.join(o.werk, 'bevestiging.json');
    const status = gpg(home, ['--status-fd', '1', '--output', klaretekst, '--decrypt', ingelezen.verwijderbevestiging!.pad]);
    expect(status).toContain('GOODSIG');
    expect(status).toContain(`VALIDSIG ${(await eigenSleutel(o.centraal.sessie.open!)).vingerafdruk.toUpperCase()}`);
    const document = JSON.parse(await fs.readFile(klaretekst, 'utf8')) as { soort: string; inhoud: Record<string, unknown> };
    expect(document.soort).toBe('verwijderbevestiging');
    expect(document.inhoud).toEqual({ verzoekId: ingelezen.id, namens: 'GEM-GGD', verwijderd: [{ soort: 'dossier', referentie: nummer, signalen: 1, navragen: 1, personen: 1 }], geweigerd: [] });
    expect(JSON.stringify(document)).not.toContain(bd.nummer);

    // The zorgcoördinatie reads it in and shows what was removed.
    await o.z('bundels.inlezen', { pad: ingelezen.verwijderbevestiging!.pad, bevestigingMap: o.stick });
    expect(await o.z('verwijderbevestigingen.lijst')).toEqual([
      expect.objectContaining({ verzoekId: ingelezen.id, van: expect.objectContaining({ code: 'GEM-VEILIGHEID' }), namens: 'GEM-GGD', verwijderd: [{ soort: 'dossier', referentie: nummer, signalen: 1, navragen: 1, personen: 1 }], geweigerd: [] }),
    ]);

    const na = await o.c<{ signalen: Array<{ nummer: string }>; navragen: Array<{ partner: { id: number } }> }>('dossiers.detail', { id: d.id, vorm: 'identificeerbaar' });
    expect(na.signalen.map((s) => s.nummer)).toEqual([bd.nummer]);
    expect(na.navragen.map((n) => n.partner.id)).toEqual([o.ids.c.BD]);
    const audit = await o.c<{ regels: Array<{ details: Record<string, unknown> | null }> }>('audit.lijst', { actie: 'verwijderverzoek.verwerkt' });
    expect(audit.regels[0]!.details).toMatchObject({ namens: 'GEM-GGD', artikel: 'art. 22.2' });

    const b = o.centraal.sessie.open!;
    const sleutel = b.bestandssleutel();
    const db = await fs.readFile(path.join(b.map, 'bestand.db'));
    const wal = await fs.readFile(path.join(b.map, 'bestand.db-wal')).catch(() => Buffer.alloc(0));
    const paginas = [...databaseOntsleutelen(db, sleutel), ...walOntsleutelen(wal, sleutel)];
    expect(paginasMet(paginas, BD_NAAM).length, 'positieve controle: de gegevens van een andere partner blijven').toBeGreaterThan(0);
    for (const spoor of [GGD_NAAM, 'Xqzorgbronnaam', 'Xqnavraagggd']) expect(paginasMet(paginas, spoor), spoor).toEqual([]);
  });

  it('een verzoek van de GGD over een persoon (ADR 0028): de GGD-signalen over die persoon, haar navraag, de verweesde personen met hun sleutels; de rest blijft', async () => {
    const s = geenSporen();
    const blijft = geenSporen();
    const voornaam = woord(s);
    const achternaam = woord(s);
    const naam = `${voornaam} ${achternaam}`;
    const formulier = (bron: string, sporen: Sporen, slachtoffer: { naam: string; geboortedatum: string }, metPleger: boolean) => ({
      formulier: {
        datumTijd: '2026-10-03T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: o.ids.c[bron] },
        bron: { naam: 'Synthetische Bron', partnerId: o.ids.c[bron] },
        slachtoffer: { ...slachtoffer, adres: `${woord(sporen)}straat 12`, woonplaats: 'Proefdorp' },
        ...(metPleger ? { pleger: { naam: woord(sporen, 'Pleger'), geboortedatum: '1980-02-02' } } : {}),
        samenvatting: `Signaal ${woord(sporen)} over een jongere.`,
        vermoedens: ['seksuele-uitbuiting'],
        seksueleVormen: ['jeugdprostitutie'],
        fase: 2,
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    // The GGD's signal about the person, with a perpetrator only it names; the Belastingdienst's signal
    // about the same person; a GGD signal about a namesake born on another day.
    const ggd = await o.c<{ id: number; nummer: string }>('signalen.opslaan', formulier('GEM-GGD', s, { naam, geboortedatum: '2006-05-05' }, true));
    const bd = await o.c<{ id: number; nummer: string }>('signalen.opslaan', formulier('BD', blijft, { naam, geboortedatum: '2006-05-05' }, false));
    const naamgenoot = await o.c<{ id: number; nummer: string }>('signalen.opslaan', formulier('GEM-GGD', blijft, { naam, geboortedatum: '2004-01-01' }, false));
    const d = await o.c<{ id: number }>('dossiers.maken', { signaalIds: [ggd.id, bd.id], titel: 'Proefdossier persoon' });
    await o.c('navraag.vastleggen', { dossierId: d.id, partnerId: o.ids.c['GEM-GGD'], vraag: `Is de jongere bij u bekend? ${woord(s)}`, gevraagdOp: '2026-10-04' });
    await o.c('navraag.vastleggen', { dossierId: d.id, partnerId: o.ids.c.BD, vraag: `Is de werkgever bij u bekend? ${woord(blijft)}`, gevraagdOp: '2026-10-04' });
    const b = o.centraal.sessie.open!;
    const ggdPersonen = (await b.v.all<{ persoon_id: number }>('SELECT persoon_id FROM signaal_personen WHERE signaal_id = ?', [ggd.id])).map((r) => r.persoon_id);
    expect(ggdPersonen).toHaveLength(2);

    // The care partner's registration writes the name the other way round: the exact key still matches.
    const v = await verzoek([{ soort: 'persoon', referentie: 'CLIENT-4711', naam: `${achternaam}, ${voornaam}`, geboortedatum: '2006-05-05' }]);
    const ingelezen = await o.c<{ id: string; verwijderbevestiging: { pad: string } | null }>('bundels.inlezen', { pad: v.pad, bevestigingMap: o.stick });
    expect(ingelezen.verwijderbevestiging).not.toBeNull();

    const bevestiging = { soort: 'persoon', referentie: 'CLIENT-4711', signalen: 1, navragen: 1, personen: 2 };
    await o.z('bundels.inlezen', { pad: ingelezen.verwijderbevestiging!.pad, bevestigingMap: o.stick });
    const lijst = await o.z<Array<{ verzoekId: string; namens: string | null; verwijderd: unknown[]; geweigerd: unknown[] }>>('verwijderbevestigingen.lijst');
    expect(lijst.find((x) => x.verzoekId === ingelezen.id)).toMatchObject({ namens: 'GEM-GGD', verwijderd: [bevestiging], geweigerd: [] });
    // What the centraal bestand keeps of the request, and the confirmation, carry the reference and counts: no name, no birth date.
    const verwerking = await b.v.get<{ uitkomst: string }>('SELECT uitkomst FROM verwijderverwerkingen WHERE bundel_id = ?', [ingelezen.id]);
    expect(JSON.parse(verwerking!.uitkomst)).toEqual({ namens: 'GEM-GGD', verwijderd: [bevestiging], geweigerd: [] });
    const audit = await o.c<{ regels: Array<{ details: Record<string, unknown> | null }> }>('audit.lijst', { actie: 'verwijderverzoek.verwerkt' });
    expect(audit.regels[0]!.details).toMatchObject({ namens: 'GEM-GGD', verwijderd: [`persoon CLIENT-4711: ${ggd.nummer}; 1 navraag`], artikel: 'art. 22.2' });
    for (const tekst of [JSON.stringify(audit.regels[0]), JSON.stringify(lijst)]) for (const w of [voornaam, achternaam, '2006-05-05']) expect(tekst).not.toContain(w);

    // The Belastingdienst's signal and inquiry stay, and so does the namesake.
    const na = await o.c<{ signalen: Array<{ nummer: string }>; navragen: Array<{ partner: { id: number } }> }>('dossiers.detail', { id: d.id, vorm: 'identificeerbaar' });
    expect(na.signalen.map((x) => x.nummer)).toEqual([bd.nummer]);
    expect(na.navragen.map((n) => n.partner.id)).toEqual([o.ids.c.BD]);
    expect((await o.c<{ nummer: string }>('signalen.detail', { id: naamgenoot.id })).nummer).toBe(naamgenoot.nummer);
    expect(await b.v.get(`SELECT 1 FROM persoon_sleutels WHERE persoon_id IN (${ggdPersonen.map(() => '?').join(',')})`, ggdPersonen)).toBeUndefined();
    expect(await b.v.get(`SELECT 1 FROM personen WHERE id IN (${ggdPersonen.map(() => '?').join(',')})`, ggdPersonen)).toBeUndefined();

    // Decrypted pages and WAL: the GGD's words are gone (address, perpetrator, summary, inquiry), the rest is there.
    const vondsten = await sporenZoeken(b.map, b.bestandssleutel(), { woorden: s.woorden.filter((w) => w !== voornaam && w !== achternaam), letterlijk: [] });
    expect(vondsten).toEqual([]);
    expect(await gevondenWoorden(b.map, b.bestandssleutel(), blijft)).toEqual(blijft.woorden);
    // The zorgcoördinatie laptop passed the request on without keeping the name.
    const zb = o.zorg.sessie.open!;
    await zb.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(await sporenZoeken(zb.map, zb.bestandssleutel(), { woorden: [voornaam, achternaam], letterlijk: [] })).toEqual([]);
  });

  it('een verzoek namens de GGD over een persoon die de GGD niet aanleverde verwijdert niets en noemt alleen de eigen referentie', async () => {
    const v = await verzoek([{ soort: 'persoon', referentie: 'CLIENT-0815', naam: 'Synthetische Nooitgemeld', geboortedatum: '2001-03-03' }]);
    const r = await o.centraal.aanroepen('bundels.inlezen', { pad: v.pad, bevestigingMap: o.stick });
    expect(r).toMatchObject({ ok: false, fout: { code: 'CONVENANTREGEL', artikel: 'art. 22.2' } });
    if (!r.ok) {
      expect(r.fout.melding).toContain('CLIENT-0815');
      expect(r.fout.melding).not.toContain('Nooitgemeld');
    }
    // Name and birth date are required for a person.
    const fout = await o.zorg.aanroepen('verwijderverzoek.maken', { aanPartnerId: o.ids.z['GEM-VEILIGHEID'], namens: 'GEM-GGD', bronregistratie: 'Cliëntdossier', onderwerpen: [{ soort: 'persoon', referentie: 'CLIENT-1' }], doelmap: o.stick });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
  });

  it('een verzoek namens de GGD over het signaal van een andere partner verwijdert niets en zegt waarom', async () => {
    const bd = await o.c<{ id: number; nummer: string }>('signalen.opslaan', signaal('BD', 'Synthetische Nietvanggd'));
    const v = await verzoek([{ soort: 'signaal', referentie: bd.nummer }]);
    const r = await o.centraal.aanroepen('bundels.inlezen', { pad: v.pad, bevestigingMap: o.stick });
    expect(r).toMatchObject({ ok: false, fout: { code: 'CONVENANTREGEL', artikel: 'art. 22.2' } });
    if (!r.ok) expect(r.fout.melding).toContain(bd.nummer);
    expect((await o.c<{ totaal: number }>('signalen.lijst', { zoek: 'Nietvanggd' })).totaal).toBe(1);
  });
});
