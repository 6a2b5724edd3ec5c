/**
 * Art. 22.5, the defect named in issue 10: `bewaartermijnVerwerken` (the ketenregisseur's channel
 * `opschonen.bewaartermijn`) on a closed dossier that was never purged deleted the signals through the
 * dossier's cascade and left the person records behind — name, birth date and address readable in the
 * bestand five years on. Here the dossier is never purged, its two signals name the same victim
 * (merged), a perpetrator and an address; five years after closure the channel runs, and every
 * decrypted page and WAL frame is searched for the persons' names, birth dates and addresses. No
 * retention sweep runs in between (no sign-in), so the orphan rule cannot hide a miss.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { aanroeper, opruimen, partnerIds, tijdelijkeMap } from '../fixtures/omgeving';
import { geenSporen, gevondenWoorden, kolommenMet, letterlijk, paginasVan, sporenZoeken, woord, type Sporen } from '../fixtures/sporen';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-bewaartermijn';

function formulier(s: Sporen, bron: number, geboortedatum: string) {
  return {
    datumTijd: '2026-11-05T10:00',
    melder: { contactpersoon: 'Synthetische Melder', partnerId: bron },
    bron: { naam: 'Synthetische Bron', partnerId: bron },
    slachtoffer: { naam: woord(s, 'Zwaantje'), geboortedatum: letterlijk(s, geboortedatum), adres: `${woord(s)}laan 3`, woonplaats: woord(s), geslacht: 'vrouw', nationaliteit: 'Nederlandse' },
    pleger: { naam: woord(s, 'Pleger'), geboortedatum: letterlijk(s, geboortedatum.replace(/^19(.)/, '195')), adres: `${woord(s)}weg 9` },
    samenvatting: 'Werkt onbetaald in een synthetisch bedrijf.',
    vermoedens: ['seksuele-uitbuiting'],
    seksueleVormen: ['gedwongen-prostitutie'],
    fase: 2,
    delen: 'identificeerbaar',
  };
}

describe('art. 22.5: vijf jaar na sluiting van een nooit opgeschoond dossier blijven geen persoonsgegevens achter', () => {
  let werk: string;
  let centraal: Router;
  let c: ReturnType<typeof aanroeper>;
  let ids: Record<string, number>;

  beforeAll(async () => {
    klokZetten('2027-02-01T09:00:00Z');
    werk = await tijdelijkeMap('bewaartermijn-personen');
    centraal = maakRouter({ werkmap: path.join(werk, 'gemeente') });
    c = aanroeper(centraal);
    await c('bestand.maken', { map: 'centraal', naam: 'Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: WACHTWOORD });
    ids = await partnerIds(centraal);
  }, 90_000);
  afterAll(async () => {
    klokZetten(undefined);
    await centraal?.afsluiten();
    await opruimen(werk);
  });

  it('opschonen.bewaartermijn neemt de personen van de signalen mee: naam, geboortedatum en adres zijn weg uit pagina’s en WAL', async () => {
    const s = geenSporen();
    const blijft = geenSporen();
    await c('signalen.opslaan', { formulier: formulier(blijft, ids.COA!, '1971-04-13'), indienen: true });
    const een = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, ids.POLITIE!, '1983-06-17'), indienen: true });
    const twee = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, ids['SZW-AI']!, '1984-09-21'), indienen: true });
    const { id: dossierId } = await c<{ id: number }>('dossiers.maken', { signaalIds: [een.id, twee.id], titel: 'Proefdossier bewaartermijn' });
    const b = centraal.sessie.open!;
    const personen = await b.v.all<{ persoon_id: number }>('SELECT persoon_id FROM signaal_personen WHERE signaal_id IN (?, ?)', [een.id, twee.id]);
    expect(personen).toHaveLength(4);
    // Closed, never purged (no handover, no "geen actie").
    await b.v.run("UPDATE dossiers SET fase = 'gesloten', gesloten_op = '2027-02-01' WHERE id = ?", [dossierId]);
    await b.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(await gevondenWoorden(b.map, b.bestandssleutel(), s)).toEqual(s.woorden);

    klokZetten('2032-02-02T10:00:00Z');
    const { verwijderd } = await c<{ verwijderd: string[] }>('opschonen.bewaartermijn');
    expect(verwijderd).toHaveLength(1);

    expect(await b.v.get(`SELECT 1 FROM personen WHERE id IN (${personen.map(() => '?').join(',')})`, personen.map((p) => p.persoon_id))).toBeUndefined();
    expect(await b.v.get(`SELECT 1 FROM persoon_sleutels WHERE persoon_id IN (${personen.map(() => '?').join(',')})`, personen.map((p) => p.persoon_id))).toBeUndefined();
    const vondsten = await sporenZoeken(b.map, b.bestandssleutel(), s);
    const kolommen = vondsten.length ? await kolommenMet(b.v, [...new Set(vondsten.map((x) => x.spoor))]) : [];
    expect(vondsten, `sporen in de ontsleutelde pagina’s; nog in ${kolommen.join(', ')}`).toEqual([]);
    expect((await paginasVan(b.map, b.bestandssleutel())).walBytes).toBe(0);
    // Positive control: the scan reads real data.
    expect(await gevondenWoorden(b.map, b.bestandssleutel(), blijft)).toEqual(blijft.woorden);
  });
});
