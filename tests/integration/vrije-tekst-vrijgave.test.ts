/**
 * Issue 11 §2 (art. 6.2, 9.5, 21.4; ADR 0032): the anonymised form holds for every free text that
 * leaves — not only the summary. On real encrypted bestanden (centraal and politie), for every signal
 * of the demo's generator the victim's name, date of birth and phone number are written into an inquiry's
 * answer, a spoed request, the meeting notes and an intervention description. The anonymised dossier,
 * the agenda and decision list PDFs (read with PDF.js) and the handover bundle (decrypted and read in
 * by the politie) contain none of them. Fixing the agenda and writing the bundles are refused until the
 * user confirms she saw what still looks identifying, and the confirmation is in the audit log.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Router } from '../../electron/backend/api';
import { persoon, signaalFormulier, willekeur, type SynthetischePersoon } from '../../electron/backend/demo/synthetisch';
import { basis, normaliseerNaam } from '../../electron/backend/keten/naamvergelijking';
import { aanroeper, centraalEnPolitie, opruimen, partnerIds, tijdelijkeMap, weigeraar } from '../fixtures/omgeving';
import { pdfLezen } from '../fixtures/pdf-lezen';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-vrijgave';
const ZORG_WACHTWOORD = 'synthetisch-wachtwoord-zorg-vrijgave';
const BRONNEN = ['SZW-AI', 'COA', 'POLITIE', 'GEM-SZW'];
/** A name the bestand does not know: it cannot be redacted, only flagged for review. */
const ONBEKEND = 'Kees de Groot';

/** Every string value in a nested value, keys left out. */
function waarden(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(waarden);
  if (x && typeof x === 'object') return Object.values(x).flatMap(waarden);
  return [];
}

interface Slachtoffer {
  persoon: SynthetischePersoon;
  telefoon: string;
}

/** The name parts (as written), the date of birth in the notations written here, and the phone number. */
function sporen({ persoon: p, telefoon }: Slachtoffer): RegExp[] {
  const [j, m, d] = p.geboortedatum.split('-') as [string, string, string];
  const tokens = normaliseerNaam(p.naam).tokens;
  const delen = p.naam.split(/\s+/).filter((w) => w.length > 1 && tokens.includes(basis(w)));
  return [
    ...delen.map((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu')),
    new RegExp(p.geboortedatum),
    new RegExp(`${d}-${m}-${j}`),
    new RegExp(telefoon.replace(/\D/g, '').slice(-8)),
  ];
}

/** What people write about the victim in any free text: name (surname first, in capitals, or in full), birth date, phone. */
function over({ persoon: p, telefoon }: Slachtoffer, i: number, wat: string): string {
  const [j, m, d] = p.geboortedatum.split('-') as [string, string, string];
  const delen = p.naam.split(' ');
  const achternaam = delen.slice(1).join(' ') || delen[0]!;
  const naam = [p.naam, `${achternaam.toUpperCase()}, ${delen[0]![0]}.`][i % 2]!;
  return `${wat}: ${naam} (geb. ${d}-${m}-${j}) is bereikbaar op ${telefoon}.`;
}

function geenSpoor(tekst: string, slachtoffers: readonly Slachtoffer[], waar: string): void {
  const platgeslagen = tekst.replace(/\D/g, '');
  for (const s of slachtoffers) {
    for (const spoor of sporen(s)) {
      if (/^\/\d+\/$/.test(String(spoor))) expect(platgeslagen, `${waar}: ${s.telefoon}`).not.toMatch(spoor);
      else expect(tekst, `${waar}: ${spoor}`).not.toMatch(spoor);
    }
  }
}

describe('vrije tekst in notities, interventies, spoed en navraag: geanonimiseerd en pas na controle naar buiten', () => {
  let werk: string;
  let stick: string;
  let centraal: Router;
  let politie: Router;
  let c: ReturnType<typeof aanroeper>;
  let ids: Record<string, number>;
  const slachtoffers: Slachtoffer[] = [];
  const dossiers: Array<{ id: number; signaalId: number; navraagId: number }> = [];
  let overlegId = 0;

  beforeAll(async () => {
    // Midday, so the Dutch date and the UTC date agree: between 23:00 and 00:00 UTC the register's "joined
    // today" (Dutch date) and the policy's "today" (UTC) differ by a day. Only Date is faked; time runs on.
    vi.useFakeTimers({ now: new Date('2026-12-02T12:00:00Z'), toFake: ['Date'], shouldAdvanceTime: true });
    werk = await tijdelijkeMap('vrijgave');
    ({ stick, centraal, politie, c } = await centraalEnPolitie(werk, WACHTWOORD));
    await c('gebruikers.toevoegen', { naam: 'zorg', weergavenaam: 'Zorgcoördinator', rol: 'zorgcoordinator', wachtwoord: ZORG_WACHTWOORD });
    ids = await partnerIds(centraal);
    const indicatorIds = (await c<Array<{ id: number }>>('indicatoren.lijst')).map((i) => i.id);
    const r = willekeur(20261202);
    for (const [i, bron] of BRONNEN.entries()) {
      const s: Slachtoffer = { persoon: persoon(r), telefoon: [`06-${String(12345678 + i * 7919).slice(0, 8)}`, `+31 6 ${String(23456789 + i * 104729).slice(0, 8)}`][i % 2]! };
      slachtoffers.push(s);
      const formulier = signaalFormulier(r, { bronPartnerId: ids[bron]!, indicatorIds, slachtoffer: s.persoon });
      const { id: signaalId } = await c<{ id: number }>('signalen.opslaan', { formulier: { ...formulier, fase: 4 }, indienen: true });
      const { id } = await c<{ id: number }>('dossiers.maken', { signaalIds: [signaalId], titel: `Casus ${i + 1} in de ${['kas', 'bouw', 'horeca', 'schoonmaak'][i]}` });
      const navraag = await c<{ id: number }>('navraag.vastleggen', { dossierId: id, partnerId: ids.IND, vraag: over(s, i, 'Is bekend bij de IND'), gevraagdOp: '2026-11-02' });
      await c('navraag.beantwoorden', { id: navraag.id, beantwoordOp: '2026-11-03', antwoord: over(s, i + 1, 'Ja, aanvraag loopt'), relevant: true, toelichting: over(s, i, 'Relevant') });
      // The first spoed request also names someone the bestand does not know: only flagged, for the review.
      await c('spoed.vastleggen', { dossierId: id, partnerIds: [ids.POLITIE], verzoek: `${over(s, i, 'Direct naar het adres')}${i === 0 ? ` Samen met ${ONBEKEND}.` : ''}`, medebeslisser: { gebruiker: 'zorg', wachtwoord: ZORG_WACHTWOORD } });
      await c('dossiers.faseWijzigen', { id, naar: 'weging-en-kwalificatie', toelichting: over(s, i, 'Gesproken met') });
      dossiers.push({ id, signaalId, navraagId: navraag.id });
    }
    ({ id: overlegId } = await c<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true }));
    await c('overleg.agendaSamenstellen', { id: overlegId });
  }, 600_000);
  afterAll(async () => {
    vi.useRealTimers();
    await centraal?.afsluiten();
    await politie?.afsluiten();
    await opruimen(werk);
  });

  it('art. 6.2, 9.5: het geanonimiseerde dossier redigeert navraag, spoedverzoek en tijdlijn', async () => {
    for (const [i, d] of dossiers.entries()) {
      const detail = await c<{ navragen: unknown[]; spoed: unknown[]; gebeurtenissen: unknown[]; redactie: { aantallen: Record<string, number> } }>('dossiers.detail', { id: d.id, vorm: 'geanonimiseerd' });
      geenSpoor(waarden([detail.navragen, detail.spoed, detail.gebeurtenissen]).join('\n'), slachtoffers, `dossier ${i + 1}`);
      expect(detail.redactie.aantallen.telefoon).toBeGreaterThanOrEqual(4);
      // The identifying view keeps what was written.
      const vol = await c<{ navragen: Array<{ antwoord: string }> }>('dossiers.detail', { id: d.id, vorm: 'identificeerbaar' });
      expect(vol.navragen[0]!.antwoord).toContain(slachtoffers[i]!.telefoon);
    }
  });

  it('art. 6.2, 21.4: de agenda wordt pas vastgesteld na bevestiging van wat nog gemarkeerd is; dat staat in het auditlog', async () => {
    const controle = await c<Array<{ onderdeel: string; redactie: { aantallen: Record<string, number>; gemarkeerd: Array<{ veld: string; soort: string; tekst: string }> } }>>('overleg.redactie', { id: overlegId, soort: 'agenda' });
    const gemarkeerd = controle.flatMap((p) => p.redactie.gemarkeerd);
    expect(gemarkeerd).toContainEqual({ veld: 'samenvatting', soort: 'naam', tekst: ONBEKEND });
    expect(controle.reduce((n, p) => n + (p.redactie.aantallen.telefoon ?? 0), 0)).toBeGreaterThanOrEqual(slachtoffers.length);
    geenSpoor(waarden(controle).join('\n'), slachtoffers, 'controle');

    const fout = await weigeraar(centraal)('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    expect(fout).toMatchObject({ code: 'BEVESTIGING_NODIG', artikel: 'art. 6.2, 21.4' });
    expect((await c<{ status: string }>('overleg.detail', { id: overlegId })).status).toBe('gepland');
    await c('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld', gemarkeerdBekeken: true });
    const { regels } = await c<{ regels: Array<{ actie: string; onderwerp: string; details: Record<string, unknown> }> }>('audit.lijst', { limiet: 50 });
    const vrijgave = regels.find((x) => x.actie === 'vrijgave.gecontroleerd');
    expect(vrijgave).toMatchObject({ onderwerp: `overleg:${overlegId}`, details: { waarvoor: 'agenda-vaststellen', bekeken: true, gemarkeerd: gemarkeerd.length } });
    expect(JSON.stringify(vrijgave)).not.toContain(ONBEKEND);
  });

  it('notities en interventies in het overleg, de agenda- en besluitenlijst-PDF (voorzitter en politie) en de overdrachtsbundel bevatten ze niet', async () => {
    const punten = (await c<{ punten: Array<{ id: number; soort: string; dossierId: number | null }> }>('overleg.detail', { id: overlegId })).punten;
    for (const punt of punten) {
      const i = dossiers.findIndex((d) => d.id === punt.dossierId);
      const s = slachtoffers[i]!;
      if (punt.soort === 'spoed') {
        await c('overleg.besluiten', { puntId: punt.id, kwalificatie: '', besluit: 'spoed-bevestigd', notities: over(s, i, 'Spoed besproken') });
        continue;
      }
      await c('overleg.besluiten', {
        puntId: punt.id,
        kwalificatie: 'arbeidsuitbuiting',
        besluit: 'interventies',
        notities: over(s, i, 'Besproken'),
        belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).',
        interventies: [{ partnerId: ids.POLITIE, omschrijving: `${over(s, i + 1, 'Verhoor')}${i === 1 ? ` Ook ${ONBEKEND} horen.` : ''}`, deadline: '2027-01-31' }],
      });
    }
    // The chair's own screen keeps the notes as written: the meeting mode edits them there.
    const voorzitter = (await c<{ punten: Array<{ notities: string }> }>('overleg.detail', { id: overlegId })).punten;
    expect(voorzitter.some((p) => p.notities.includes(slachtoffers[0]!.telefoon))).toBe(true);
    // An attendee's view is anonymised.
    const politieweergave = await c<{ punten: unknown[] }>('overleg.detail', { id: overlegId, weergaveVoorPartnerId: ids.POLITIE });
    geenSpoor(waarden(politieweergave.punten).join('\n'), slachtoffers, 'weergave politie');

    const map = path.join(werk, 'pdf');
    await fs.mkdir(map);
    const besluitenlijst = await c<Array<{ redactie: { gemarkeerd: Array<{ veld: string; tekst: string }> } }>>('overleg.redactie', { id: overlegId, soort: 'besluitenlijst' });
    expect(besluitenlijst.flatMap((p) => p.redactie.gemarkeerd)).toContainEqual({ veld: 'interventie', soort: 'naam', tekst: ONBEKEND });
    expect(await weigeraar(centraal)('overleg.pdf', { overlegId, soort: 'besluitenlijst', ontvangerId: null, doelmap: map })).toMatchObject({ code: 'BEVESTIGING_NODIG' });
    for (const soort of ['agenda', 'besluitenlijst'] as const) {
      for (const ontvangerId of [null, ids.POLITIE]) {
        const { pad } = await c<{ pad: string }>('overleg.pdf', { overlegId, soort, ontvangerId, doelmap: map, gemarkeerdBekeken: true });
        const { tekst } = await pdfLezen(pad);
        expect(tekst).toContain('[telefoon]');
        geenSpoor(tekst, slachtoffers, `${soort} ${ontvangerId ?? 'voorzitter'}`);
        await fs.rm(pad);
      }
    }

    // The handover of one dossier to the politie, which needs it only anonymised (art. 9.5, ADR 0031).
    const d = dossiers[1]!;
    await c('nodig.kiezen', { dossierId: d.id, partnerId: ids.POLITIE, itemSleutels: [`signaal:${d.signaalId}`, `navraag:${d.navraagId}`], identificatie: false, toelichting: 'Voor het verhoor volstaat de geanonimiseerde vorm.' });
    const voorbeeld = await c<{ ontvangers: Array<{ partner: { code: string }; redactie: { aantallen: Record<string, number>; gemarkeerd: Array<{ tekst: string }> } }> }>('overdracht.voorbereiden', { dossierId: d.id });
    const naarPolitie = voorbeeld.ontvangers.find((o) => o.partner.code === 'POLITIE')!;
    expect(naarPolitie.redactie.gemarkeerd.map((m) => m.tekst)).toContain(ONBEKEND);
    expect(naarPolitie.redactie.aantallen.telefoon).toBeGreaterThanOrEqual(2);
    expect(await weigeraar(centraal)('overdracht.uitvoeren', { dossierId: d.id, doelmap: stick })).toMatchObject({ code: 'BEVESTIGING_NODIG', artikel: 'art. 6.2, 9.5' });
    expect(await fs.readdir(stick)).toEqual([]);
    const { bundels } = await c<{ bundels: Array<{ pad: string }> }>('overdracht.uitvoeren', { dossierId: d.id, doelmap: stick, gemarkeerdBekeken: true });
    expect(bundels).toHaveLength(1);
    const { regels } = await c<{ regels: Array<{ actie: string; details: Record<string, unknown> }> }>('audit.lijst', { limiet: 20 });
    expect(regels.find((x) => x.actie === 'vrijgave.gecontroleerd')).toMatchObject({ details: { waarvoor: 'overdracht', bekeken: true } });

    // At the politie: decrypted, verified and read in; what it holds is what the politie received.
    const p = aanroeper(politie);
    await p('bundels.inlezen', { pad: bundels[0]!.pad, bevestigingMap: stick });
    const ontvangen = await p<Array<{ id: number }>>('ontvangen.lijst');
    const inhoud = await p<{ gegevens: Array<{ soort: string; vorm: string }>; interventies: Array<{ omschrijving: string }> }>('ontvangen.detail', { id: ontvangen[0]!.id });
    expect(inhoud.gegevens.map((g) => `${g.soort}:${g.vorm}`).sort()).toEqual(['navraag:geanonimiseerd', 'signaal:geanonimiseerd']);
    expect(inhoud.interventies[0]!.omschrijving).toMatch(/^Verhoor: \[naam\] \(geb\. \[geboortedatum\]\) is bereikbaar op \[telefoon\]\./);
    geenSpoor(waarden(inhoud).join('\n'), slachtoffers, 'overdrachtsbundel');
  }, 300_000);

  it('art. 6.2, 21.4: het agendapakket voor de zorgcoördinatie wordt pas geschreven na bevestiging', async () => {
    const r = willekeur(20261203);
    const s: Slachtoffer = { persoon: persoon(r), telefoon: '06-87654321' };
    const indicatorIds = (await c<Array<{ id: number }>>('indicatoren.lijst')).map((i) => i.id);
    const formulier = signaalFormulier(r, { bronPartnerId: ids['GEM-GGD']!, indicatorIds, slachtoffer: s.persoon });
    const { id } = await c<{ id: number }>('signalen.opslaan', { formulier: { ...formulier, samenvatting: `${over(s, 0, 'Intake')} Haalt haar op: ${ONBEKEND}.`, fase: 2, delen: 'geanonimiseerd' }, indienen: true });
    const { id: zorgId } = await c<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2027-03-04', waarschuwingenBevestigd: true });
    await c('overleg.agendaSamenstellen', { id: zorgId, keuze: [{ soort: 'signaal', id }] });
    const controle = await c<Array<{ onderdeel: string; redactie: { aantallen: Record<string, number>; gemarkeerd: Array<{ veld: string; tekst: string }> } }>>('agendapakket.redactie', { overlegId: zorgId });
    expect(controle).toHaveLength(1);
    expect(controle[0]!.redactie.gemarkeerd).toContainEqual({ veld: 'samenvatting', soort: 'naam', tekst: ONBEKEND });
    expect(controle[0]!.redactie.aantallen).toMatchObject({ telefoon: 1, geboortedatum: 1 });
    const map = path.join(werk, 'pakket');
    await fs.mkdir(map);
    expect(await weigeraar(centraal)('agendapakket.maken', { overlegId: zorgId, doelmap: map })).toMatchObject({ code: 'BEVESTIGING_NODIG', artikel: 'art. 6.2, 21.4' });
    expect(await fs.readdir(map)).toEqual([]);
    // Confirmed, the review lets it through; what stops it then is only that no key of the zorgcoördinatie was confirmed here.
    const daarna = await centraal.aanroepen('agendapakket.maken', { overlegId: zorgId, doelmap: map, gemarkeerdBekeken: true });
    if (!daarna.ok) expect(daarna.fout.code).not.toBe('BEVESTIGING_NODIG');
  });
});
