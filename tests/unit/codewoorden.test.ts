/**
 * Codes in words (ADR 0037): the wording layer the audit viewer, the timeline, the purge preview and the
 * audit export share. Each function is checked on the codes that reached users raw before (issue 11 §7),
 * and a scan of the backend checks that every audit action the code writes has its own description.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDITACTIES,
  auditActie,
  auditDetails,
  auditGroep,
  AUDITGROEPEN,
  auditOnderwerp,
  codelijstWoord,
  codeWoord,
  hexWoord,
  maandWoord,
  persoonWoord,
  taalVan,
  waardeWoord,
  type Auditnamen,
} from '@shared/meldingen/codewoorden';
import { RUWE_CODE, ruweCodes } from '../fixtures/ruwe-codes';

const NAMEN: Auditnamen = {
  personen: { 'demo.regisseur': 'Ria Regisseur', 'demo.zorg': 'Zeynep Zorg' },
  partners: { POLITIE: 'Politie (regio invullen)', '6': 'Politie (regio invullen)', '10': 'Nederlandse Arbeidsinspectie' },
  dossiers: { '2': 'D-2026-0002' },
  overleggen: { '11': { soort: 'casusoverleg', datum: '2026-11-02' } },
};

describe('codes in woorden', () => {
  it('de voorbeelden uit het issue: uitbuitingsvormen, partnersoort, maand', () => {
    expect(codelijstWoord('seksuele-uitbuiting,jeugdprostitutie', 'nl')).toBe('seksuele uitbuiting, jeugdprostitutie');
    expect(codelijstWoord('seksuele-uitbuiting,jeugdprostitutie', 'en')).toBe('sexual exploitation, youth prostitution');
    expect(codeWoord('coa', 'nl')).toBe('COA');
    expect(maandWoord('2026-06', 'nl')).toBe('juni 2026');
    expect(maandWoord('2026-06', 'en')).toBe('June 2026');
    expect(maandWoord('2026-13', 'nl')).toBe('2026-13');
    expect(codeWoord('geen-actie', 'nl')).toBe('geen actie');
    expect(codeWoord('zorgcoordinator', 'nl')).toBe('zorgcoördinator');
    expect(codeWoord('weging-en-kwalificatie', 'nl')).toBe('weging en kwalificatie');
    // an unknown kebab-case code still reads as words; free text is left alone
    expect(codeWoord('iets-nieuws-hier', 'nl')).toBe('iets nieuws hier');
    expect(codeWoord('Jan-Willem de Vries', 'nl')).toBe('Jan-Willem de Vries');
    expect(taalVan('en-GB')).toBe('en');
    expect(taalVan('nl')).toBe('nl');
  });

  it('auditonderwerpen: geen soort:nummer, namen in plaats van codes', () => {
    expect(auditOnderwerp('overleg:11', 'nl', NAMEN)).toBe('Casusoverleg van 2 november 2026');
    expect(auditOnderwerp('overleg:11', 'en', NAMEN)).toBe('Case meeting of 2 November 2026');
    expect(auditOnderwerp('overleg:12', 'nl', NAMEN)).toBe('Overleg nr. 12');
    expect(auditOnderwerp('partner:POLITIE', 'nl', NAMEN)).toBe('Politie (regio invullen)');
    expect(auditOnderwerp('gebruiker:demo.zorg', 'nl', NAMEN)).toBe('Zeynep Zorg');
    expect(auditOnderwerp('dossier:2', 'nl', NAMEN)).toBe('Dossier D-2026-0002');
    expect(auditOnderwerp('signaal:S-2026-00001', 'nl', NAMEN)).toBe('Signaal S-2026-00001');
    expect(auditOnderwerp('agendapunt:3', 'nl', NAMEN)).toBe('Agendapunt nr. 3');
    expect(auditOnderwerp('bundelsleutel', 'nl', NAMEN)).toBe('Eigen bundelsleutel');
    expect(persoonWoord('demo.regisseur', NAMEN)).toBe('Ria Regisseur');
    expect(persoonWoord('weg.account', NAMEN)).toBe('weg.account');
  });

  it('auditdetails: lege lijsten, ja/nee, datums, partners, rollen, items en vingerafdrukken in woorden', () => {
    expect(auditDetails({ doorgeschoven: [], naar: 'gehouden', van: 'agenda-vastgesteld' }, 'nl', NAMEN)).toEqual([
      { label: 'Doorgeschoven punten', waarde: 'geen' },
      { label: 'Naar', waarde: 'gehouden' },
      { label: 'Van', waarde: 'agenda vastgesteld' },
    ]);
    expect(waardeWoord('partners', [6], 'nl', NAMEN)).toBe('Politie (regio invullen)');
    expect(waardeWoord('partnerId', 10, 'nl', NAMEN)).toBe('Nederlandse Arbeidsinspectie');
    expect(waardeWoord('interventieId', 2, 'nl', NAMEN)).toBe('nr. 2');
    expect(waardeWoord('relevant', true, 'nl')).toBe('ja');
    expect(waardeWoord('relevant', false, 'en')).toBe('no');
    expect(waardeWoord('deadline', '2027-01-02', 'nl')).toBe('2 januari 2027');
    expect(waardeWoord('rol', 'privacy-medewerker', 'nl')).toBe('privacymedewerker');
    expect(waardeWoord('zorgcoordinator', 'demo.zorg', 'nl', NAMEN)).toBe('Zeynep Zorg');
    expect(waardeWoord('items', ['signaal:1:identificeerbaar', 'navraag:1:geanonimiseerd'], 'nl')).toBe('signaal nr. 1 (identificeerbaar), navraag nr. 1 (geanonimiseerd)');
    expect(waardeWoord('vingerafdruk', 'f8637ef6d573d9299bf16fa6155f9b518ca94009', 'nl')).toBe('F863 7EF6 D573 D929 9BF1 6FA6 155F 9B51 8CA9 4009');
    expect(waardeWoord('cent', 450, 'nl')).toBe('€ 4,50');
    expect(waardeWoord('filter', { gebruiker: 'demo.zorg', vanaf: '2026-12-01' }, 'nl', NAMEN)).toBe('gebruiker: Zeynep Zorg; vanaf: 1 december 2026');
    expect(hexWoord('a'.repeat(64))).not.toMatch(/[0-9a-f]{64}/i);
  });

  it('elke auditactie heeft een omschrijving; elke groep een naam; een onbekende leest als woorden', () => {
    expect(auditActie('overleg.status', 'nl')).toBe('Status van een overleg gewijzigd');
    expect(auditActie('overleg.status', 'en')).toBe('Status of a meeting changed');
    expect(auditActie('rechten.verzet.geblokkeerd', 'nl')).toBe('Gegevens geblokkeerd na verzet');
    expect(auditActie('iets.nieuw-gebeurd', 'nl')).toBe('Iets nieuw gebeurd');
    expect(auditGroep('partner', 'nl')).toBe('Partners');
    for (const [code, [nl, en]] of Object.entries(AUDITACTIES)) {
      expect(nl, code).not.toBe('');
      expect(en, code).not.toBe('');
      expect(ruweCodes(nl), code).toEqual([]);
      expect(ruweCodes(en), code).toEqual([]);
      expect(Object.keys(AUDITGROEPEN), `groep van ${code}`).toContain(code.split('.')[0]);
    }
  });

  it('elke auditactie die de backend schrijft, staat in de woordenlijst', () => {
    const bestanden: string[] = [];
    const loop = (map: string) => {
      for (const e of fs.readdirSync(map, { withFileTypes: true })) {
        const p = path.join(map, e.name);
        if (e.isDirectory()) loop(p);
        else if (p.endsWith('.ts')) bestanden.push(p);
      }
    };
    loop(path.resolve(__dirname, '../../electron'));
    const gevonden = new Set<string>();
    for (const b of bestanden) {
      const tekst = fs.readFileSync(b, 'utf8');
      // b.audit('x.y', …), auditSchrijven(v, { actie: 'x.y' }), vastleggen(…, { actie: 'x.y' })
      for (const m of tekst.matchAll(/\baudit\(\s*'([a-z]+(?:\.[a-zA-Z-]+)*)'/g)) gevonden.add(m[1]!);
      for (const m of tekst.matchAll(/\bactie: '([a-z]+(?:\.[a-zA-Z-]+)+)'/g)) gevonden.add(m[1]!);
    }
    expect(gevonden.size).toBeGreaterThan(50);
    const zonder = [...gevonden].filter((a) => !AUDITACTIES[a]);
    expect(zonder, 'auditacties zonder omschrijving in shared/meldingen/codewoorden.ts').toEqual([]);
  });

  it('de scan op ruwe codes vindt wat hij moet vinden, en laat gewone woorden staan', () => {
    expect(ruweCodes('overleg:2')).toEqual(['overleg:2']);
    expect(ruweCodes('doorgeschoven: []')).toEqual(['[]']);
    expect(ruweCodes('status geen-actie gezet')).toEqual(['geen-actie']);
    expect(ruweCodes(`kop ${'ab12'.repeat(16)}`)).toHaveLength(1);
    expect(ruweCodes('Sociaal-economische uitbuiting bij de assistent-ketenregisseur, 10:30, art. 12.21')).toEqual([]);
    expect(RUWE_CODE.length).toBeGreaterThan(0);
  });
});
