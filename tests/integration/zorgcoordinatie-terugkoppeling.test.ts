/**
 * Art. 12.31 across two real bestanden (issue 11 §3): what the casusoverleg decided on a dossier that
 * grew from zorgoverleg signals travels in the next zorgoverleg's agenda pack to the zorgcoördinator's
 * installation and shows with that meeting there — and only what the pack may carry: references, the
 * decision, a qualification from the list (typed text stays home), the date, and only the signals she may
 * see (the Belastingdienst's signal is withheld, art. 18.2, and only counted).
 */
import { describe, expect, it } from 'vitest';
import { centraalEnZorgVoorAlle } from '../fixtures/omgeving';

const WACHTWOORD = 'synthetisch-wachtwoord-terugkoppeling';

describe('art. 12.31: terugkoppeling uit het casusoverleg in het volgende agendapakket', () => {
  const o = centraalEnZorgVoorAlle('terugkoppeling', WACHTWOORD);

  const signaal = (bron: string, naam: string, samenvatting: string) => ({
    formulier: {
      datumTijd: '2026-10-01T10:00',
      melder: { contactpersoon: 'Synthetische Melder', partnerId: o.ids.c[bron] },
      bron: { naam: 'Synthetische Bron', partnerId: o.ids.c[bron] },
      slachtoffer: { naam, geboortedatum: '2001-07-07' },
      samenvatting,
      vermoedens: ['sociaal-economische-uitbuiting'],
      fase: 2,
      indicatoren: [1],
      delen: 'identificeerbaar',
    },
    indienen: true,
  });

  it('het pakket draagt de uitkomst, de zorgcoördinatie-installatie toont hem bij het overleg, en niets meer', async () => {
    const ggd = await o.c<{ id: number; nummer: string }>('signalen.opslaan', signaal('GEM-GGD', 'Synthetische Terugeen', 'Signaal uit het zorgoverleg.'));
    const bd = await o.c<{ id: number; nummer: string }>('signalen.opslaan', signaal('BD', 'Synthetische Fiscaal', 'Fiscale aanwijzingen.'));
    const eerste = await o.c<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2027-05-06', waarschuwingenBevestigd: true });
    await o.c('overleg.agendaSamenstellen', { id: eerste.id, keuze: [{ soort: 'signaal', id: ggd.id }, { soort: 'signaal', id: bd.id }] });
    await o.c('overleg.status', { id: eerste.id, naar: 'agenda-vastgesteld' });
    for (const p of (await o.c<{ punten: Array<{ id: number }> }>('overleg.detail', { id: eerste.id })).punten) {
      await o.c('overleg.besluiten', { puntId: p.id, besluit: 'naar-voorbereidingsteam' });
    }
    await o.c('overleg.status', { id: eerste.id, naar: 'gehouden' });

    const d = await o.c<{ id: number }>('dossiers.maken', { signaalIds: [ggd.id, bd.id], titel: 'Uit het zorgoverleg' });
    await o.c('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    const casus = await o.c<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2027-05-20', waarschuwingenBevestigd: true });
    await o.c('overleg.agendaSamenstellen', { id: casus.id, keuze: [{ soort: 'dossier', id: d.id }] });
    await o.c('overleg.status', { id: casus.id, naar: 'agenda-vastgesteld' });
    const casuspunt = (await o.c<{ punten: Array<{ id: number }> }>('overleg.detail', { id: casus.id })).punten[0]!;
    // A qualification typed by hand (it could name someone) and notes: neither may travel.
    await o.c('overleg.besluiten', { puntId: casuspunt.id, besluit: 'terug-naar-dossiervorming', kwalificatie: 'Eigen omschrijving over Terugeen', notities: 'Notitie over Synthetische Terugeen.' });
    const dossierNummer = (await o.c<{ nummer: string }>('dossiers.detail', { id: d.id })).nummer;

    // The next zorgoverleg, with a new item of its own; its pack goes to the zorgcoördinator.
    const nieuw = await o.c<{ id: number }>('signalen.opslaan', signaal('GEM-GGD', 'Synthetische Nieuwtwee', 'Nieuw signaal voor het tweede zorgoverleg.'));
    const tweede = await o.c<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2027-06-03', waarschuwingenBevestigd: true });
    await o.c('overleg.agendaSamenstellen', { id: tweede.id, keuze: [{ soort: 'signaal', id: nieuw.id }] });
    const verwacht = { dossierNummer, besluit: 'terug-naar-dossiervorming', kwalificatie: '', casusoverleg: '2027-05-20', signalen: [ggd.nummer] };
    expect((await o.c<{ terugkoppeling: unknown[] }>('overleg.detail', { id: tweede.id })).terugkoppeling).toEqual([{ ...verwacht, kwalificatie: 'Eigen omschrijving over Terugeen', signalen: [bd.nummer, ggd.nummer].sort() }]);
    const pakket = await o.c<{ pad: string }>('agendapakket.maken', { overlegId: tweede.id, doelmap: o.stick });

    await o.z('bundels.inlezen', { pad: pakket.pad, bevestigingMap: o.stick });
    const lokaal = (await o.z<Array<{ id: number; datum: string }>>('overleg.lijst', {})).find((o) => o.datum === '2027-06-03')!;
    const detail = await o.z<{ terugkoppeling: unknown[] }>('overleg.detail', { id: lokaal.id });
    expect(detail.terugkoppeling).toEqual([verwacht]);

    // What the zorgcoördinatie installation keeps of it: exactly these fields, no notes, no typed text, no BD signal.
    const opgeslagen = await o.zorg.sessie.open!.v.all<{ inhoud: string }>("SELECT inhoud FROM ontvangen_bundels WHERE soort = 'agendapakket'");
    expect(opgeslagen.map((r) => JSON.parse(r.inhoud))).toEqual([{ terugkoppeling: [{ ...verwacht, afgeschermd: 1 }] }]);
    const alles = JSON.stringify(await o.zorg.sessie.open!.v.all("SELECT * FROM ontvangen_bundels"));
    for (const nooit of ['Terugeen', 'Notitie', bd.nummer, 'Fiscale']) expect(alles).not.toContain(nooit);
  });
});
