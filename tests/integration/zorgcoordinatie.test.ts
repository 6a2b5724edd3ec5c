/**
 * The zorgcoördinatie round trip with two real bestanden: the centraal bestand sends the agenda pack
 * of a zorgoverleg (the Belastingdienst's signal withheld, art. 18.2), the zorgcoördinator runs the
 * meeting offline in her own installation, records a new signal from a care partner, and sends
 * outcomes and signals back; the centraal bestand applies the outcomes and imports the signal.
 */
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { centraalEnZorgVoorAlle } from '../fixtures/omgeving';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-zorg';

describe('agendapakket → zorgoverleg offline → signalen terug', () => {
  const o = centraalEnZorgVoorAlle('zorgcoordinatie', WACHTWOORD);

  it('loopt heen en terug', async () => {
    const signaal = (bron: string, naam: string, samenvatting: string) => ({
      formulier: {
        datumTijd: '2026-10-01T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: o.ids.c[bron] },
        bron: { naam: 'Synthetische Bron', partnerId: o.ids.c[bron] },
        slachtoffer: { naam, geboortedatum: '2007-07-07' },
        samenvatting,
        vermoedens: ['seksuele-uitbuiting'],
        seksueleVormen: ['jeugdprostitutie'],
        fase: 2,
        indicatoren: [1],
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    const eerste = await o.c<{ nummer: string }>('signalen.opslaan', signaal('ZORGCOORD', 'Synthetische Zorgeen', 'Jongere in de prostitutie via een vriend.'));
    const tweede = await o.c<{ nummer: string }>('signalen.opslaan', signaal('GEM-GGD', 'Synthetische Zorgtwee', 'Signaal bij intake GGD.'));
    await o.c('signalen.opslaan', signaal('BD', 'Synthetische Fiscaal', 'Fiscale aanwijzingen bij een club.'));
    const { id: overlegId } = await o.c<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2026-12-03', waarschuwingenBevestigd: true });
    expect((await o.c<{ toegevoegd: number }>('overleg.agendaSamenstellen', { id: overlegId })).toegevoegd).toBe(3);

    const pakket = await o.c<{ pad: string }>('agendapakket.maken', { overlegId, doelmap: o.stick });
    expect(await fs.readFile(pakket.pad, 'latin1')).not.toContain('Zorgeen');
    await o.z('bundels.inlezen', { pad: pakket.pad, bevestigingMap: o.stick });

    // Offline at the zorgcoördinator: the meeting, its two visible items, the BD signal withheld.
    const [lokaal] = await o.z<Array<{ id: number; soort: string; status: string }>>('overleg.lijst', {});
    expect(lokaal).toMatchObject({ soort: 'zorgoverleg', status: 'agenda-vastgesteld' });
    const detail = await o.z<{ punten: Array<{ id: number; samenvatting: string }> }>('overleg.detail', { id: lokaal!.id });
    expect(detail.punten.map((p) => p.samenvatting)).toEqual(expect.arrayContaining(['Jongere in de prostitutie via een vriend.', 'Signaal bij intake GGD.']));
    expect(JSON.stringify(detail)).not.toContain('Fiscale aanwijzingen');
    const [p1, p2] = detail.punten;
    await o.z('overleg.besluiten', { puntId: p1!.id, besluit: 'naar-voorbereidingsteam', kwalificatie: 'seksuele uitbuiting', notities: 'Naar het voorbereidingsteam (art. 14.5).' });
    await o.z('overleg.besluiten', { puntId: p2!.id, besluit: 'geen-vervolg' });

    // A new signal from a care partner, recorded on the laptop.
    await o.z('signalen.opslaan', {
      formulier: {
        datumTijd: '2026-11-27T11:00',
        melder: { contactpersoon: 'Synthetische Zorgmedewerker', partnerId: o.ids.z['GEM-GGD'] },
        bron: { naam: 'Synthetische Zorgbron', partnerId: o.ids.z['GEM-GGD'], telefoon: '088 000 00 00' },
        slachtoffer: { naam: 'Synthetische Nieuwzorg', geboortedatum: '2001-01-01' },
        samenvatting: 'Nieuw signaal uit het zorgoverleg.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 1,
        indicatoren: [2],
      },
      indienen: true,
    });
    await o.z('overleg.status', { id: lokaal!.id, naar: 'gehouden' });
    const terug = await o.z<{ pad: string }>('signalen.terugsturen', { overlegId: lokaal!.id, doelmap: o.stick });
    await o.c('bundels.inlezen', { pad: terug.pad, bevestigingMap: o.stick });

    // At the centraal bestand: outcomes applied to its own meeting, the new signal imported.
    const centraalDetail = await o.c<{ punten: Array<{ besluit: string | null; status: string }> }>('overleg.detail', { id: overlegId });
    expect(centraalDetail.punten.filter((p) => p.status === 'besproken').map((p) => p.besluit).sort()).toEqual(['geen-vervolg', 'naar-voorbereidingsteam']);
    const gevonden = await o.c<{ rijen: Array<{ id: number; bron: { code: string } | null }> }>('signalen.lijst', { zoek: 'Nieuwzorg' });
    expect(gevonden.rijen).toHaveLength(1);
    expect(gevonden.rijen[0]!.bron?.code).toBe('GEM-GGD');
    const tweedeNu = (await o.c<{ rijen: Array<{ nummer: string; besluit: string }> }>('signalen.lijst', { zoek: 'Zorgtwee' })).rijen[0]!;
    expect(tweedeNu).toMatchObject({ nummer: tweede.nummer, besluit: 'geen-dossier' });
    void eerste;
  });
});
