/**
 * The intake form against the bijlage of the covenant ("Format casus mensenhandel"): a checklist of
 * every field on the form, so a field dropped from the schema fails here by name.
 */
import { describe, expect, it } from 'vitest';
import { veldfoutenUitZod } from '@shared/fouten';
import { formuleer } from '@shared/meldingen';
import {
  anonimiseer,
  controleerVolledig,
  formatCasusSchema,
  IDENTIFICERENDE_VELDEN,
  kenmerken,
  type FormatCasusInvoer,
} from '@shared/domein/signaal';

/** Bijlage field → path in the schema. */
const BIJLAGE: Array<[string, string]> = [
  ['Ingevuld door: Contactpersoon', 'melder.contactpersoon'],
  ['Ingevuld door: Organisatie', 'melder.partnerId'],
  ['Ingevuld door: Telefoonnummer', 'melder.telefoon'],
  ['Ingevuld door: Datum', 'melder.datum'],
  ...(['slachtoffer', 'pleger'] as const).flatMap((r): Array<[string, string]> => [
    [`Personalia ${r}: Naam`, `${r}.naam`],
    [`Personalia ${r}: Geboortedatum`, `${r}.geboortedatum`],
    [`Personalia ${r}: Geslacht`, `${r}.geslacht`],
    [`Personalia ${r}: Adres`, `${r}.adres`],
    [`Personalia ${r}: Woon- of verblijfplaats`, `${r}.woonplaats`],
    [`Personalia ${r}: Nationaliteit`, `${r}.nationaliteit`],
    [`Personalia ${r}: Verblijfstatus`, `${r}.verblijfstatus`],
    [`Personalia ${r}: Woonsituatie`, `${r}.woonsituatie`],
  ]),
  ['Personalia faciliteerder: Soort faciliteerder', 'faciliteerder.soort'],
  ['Personalia faciliteerder: Naam', 'faciliteerder.naam'],
  ['Personalia faciliteerder: Geboortedatum', 'faciliteerder.geboortedatum'],
  ['Personalia faciliteerder: Geslacht', 'faciliteerder.geslacht'],
  ['Personalia faciliteerder: Adres', 'faciliteerder.adres'],
  ['Personalia faciliteerder: Woon- of verblijfplaats', 'faciliteerder.woonplaats'],
  ['Personalia faciliteerder: Nationaliteit', 'faciliteerder.nationaliteit'],
  ['Personalia faciliteerder: Verblijfstatus', 'faciliteerder.verblijfstatus'],
  ...(['omgevingSlachtoffer', 'omgevingPleger'] as const).flatMap((o): Array<[string, string]> => [
    [`Sociale omgeving (${o}): Partner`, `${o}.partner`],
    [`Sociale omgeving (${o}): Familie`, `${o}.familie`],
    [`Sociale omgeving (${o}): Vrienden/kennissen`, `${o}.vriendenKennissen`],
    [`Sociale omgeving (${o}): Collega's/klasgenoten`, `${o}.collegasKlasgenoten`],
    [`Sociale omgeving (${o}): Professionals`, `${o}.professionals`],
    [`Sociale omgeving (${o}): Werk/opleiding`, `${o}.werkOpleiding`],
    [`Sociale omgeving (${o}): Sport/verenigingsleven`, `${o}.sportVerenigingsleven`],
    [`Sociale omgeving (${o}): Overigen`, `${o}.overigen`],
  ]),
  ['Korte samenvatting (maximaal vijf regels)', 'samenvatting'],
  ['Vermoeden van (meerdere categorieën mogelijk)', 'vermoedens'],
  ['Jeugdprostitutie/gedwongen prostitutie/overige seksuele uitbuiting', 'seksueleVormen'],
  ['Vraag 1: Zit hij of zij al in de prostitutie', 'vraag1.zitInProstitutie'],
  ['Vraag 1: Sinds wanneer', 'vraag1.sindsWanneer'],
  ['Vraag 1: Waar zit hij/zij in de prostitutie', 'vraag1.waar'],
  ['Vraag 1: Wat voor prostitutie', 'vraag1.watVoorProstitutie'],
  ['Vraag 1: Wie is er op de hoogte', 'vraag1.wieOpDeHoogte'],
  ['Vraag 1: Dreigt hij of zij in de prostitutie te raken', 'vraag1.dreigtInProstitutie'],
  ['Vraag 1: Waaruit blijkt dat', 'vraag1.waaruitBlijktDat'],
  ['Vraag 2: Hoe wordt het slachtoffer uitgebuit', 'vraag2.hoeUitgebuit'],
  ['Vraag 2: Waaruit blijkt dat', 'vraag2.waaruitBlijktDat'],
  ['Vraag 2: Sinds wanneer', 'vraag2.sindsWanneer'],
  ['Vraag 2: Waar wordt hij/zij uitgebuit', 'vraag2.waar'],
  ['Vraag 2: Wat voor werk', 'vraag2.watVoorWerk'],
  ['Vraag 2: Wie zijn er op de hoogte', 'vraag2.wieOpDeHoogte'],
  ['Vraag 2: Overige bijzonderheden', 'vraag2.overigeBijzonderheden'],
  ['Dwang: Is er sprake van dwang/dreiging/uitbuiting', 'dwang.isErSprake'],
  ['Dwang: Waaruit blijkt', 'dwang.waaruitBlijkt'],
  ['Dwang: Eén persoon of meerdere', 'dwang.eenOfMeerderePersonen'],
  ['Dwang: Andere factoren', 'dwang.andereFactoren'],
  ['Dwang: Vindt het slachtoffer zelf', 'dwang.vindtSlachtofferZelf'],
  ['Handhaving: Zijn er strafbare feiten gepleegd', 'handhaving.strafbareFeiten'],
  ['Handhaving: Welke en door wie', 'handhaving.welkeEnDoorWie'],
  ['Handhaving: Waaruit blijkt dat', 'handhaving.waaruitBlijkt'],
  ['Hulpverlening: Wordt er al hulp geboden', 'hulpverlening.wordtHulpGeboden'],
  ['Hulpverlening: Welke hulp', 'hulpverlening.welkeHulp'],
  ['Hulpverlening: Welke instanties/personen', 'hulpverlening.welkeInstanties'],
  ['Hulpverlening: Welke vervolgacties', 'hulpverlening.vervolgacties'],
  ['Art. 15.2: datum en tijd van het signaal', 'datumTijd'],
  ['Art. 15.2: bron — naam', 'bron.naam'],
  ['Art. 15.2: bron — organisatie', 'bron.partnerId'],
  ['Art. 15.2: bron — telefoonnummer', 'bron.telefoon'],
  ['Art. 15.2: indicatoren', 'indicatoren'],
  ['Art. 14.4: fase (vijffasensignaal)', 'fase'],
  ['Art. 6.2: identificeerbaar of geanonimiseerd delen', 'delen'],
];

const leeg = formatCasusSchema.parse({}) as unknown as Record<string, unknown>;
const waarde = (pad: string) => pad.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], leeg);

const volledig: FormatCasusInvoer = {
  datumTijd: '2026-10-01T10:15',
  melder: { contactpersoon: 'Synthetische Melder', partnerId: 1, telefoon: '088 000 00 00', datum: '2026-10-01' },
  bron: { naam: 'Synthetische Bron', partnerId: 1, telefoon: '088 000 00 00' },
  slachtoffer: { naam: 'Ioana Voorbeeld', geboortedatum: '2008-05-01' },
  samenvatting: 'Regel een\nRegel twee',
  vermoedens: ['seksuele-uitbuiting'],
  seksueleVormen: ['gedwongen-prostitutie'],
  fase: 2,
};

describe('Format casus (bijlage)', () => {
  it.each(BIJLAGE)('bijlage-veld "%s" staat in het formulier als %s', (_veld, pad) => {
    expect(waarde(pad)).not.toBeUndefined();
  });

  it('een compleet formulier heeft geen fouten', () => {
    expect(controleerVolledig(formatCasusSchema.parse(volledig), '2026-11-28')).toEqual([]);
  });

  it.each<[string, Partial<FormatCasusInvoer>, string]>([
    ['bijlage: samenvatting van meer dan vijf regels', { samenvatting: '1\n2\n3\n4\n5\n6' }, 'samenvatting'],
    ['bijlage: orgaanhandel valt buiten het convenant', { vermoedens: ['orgaanhandel'] }, 'vermoedens'],
    ['art. 15.2: zonder bronorganisatie', { bron: { naam: 'x', partnerId: null } }, 'bron.partnerId'],
    ['art. 14.4: zonder fase', { fase: null }, 'fase'],
    ['een signaal in de toekomst', { datumTijd: '2026-12-31T10:00' }, 'datumTijd'],
    ['vraag 1 hoort bij seksuele uitbuiting', { vermoedens: ['sociaal-economische-uitbuiting'] }, 'seksueleVormen'],
    ['geboortedatum na het signaal', { slachtoffer: { geboortedatum: '2026-10-05' } }, 'slachtoffer.geboortedatum'],
  ])('%s: een melding op het veld', (_naam, wijziging, pad) => {
    const fouten = controleerVolledig(formatCasusSchema.parse({ ...volledig, ...wijziging }), '2026-11-28');
    expect(fouten.map((f) => f.pad)).toContain(pad);
    expect(fouten.find((f) => f.pad === pad)!.melding).toMatch(/[a-z]/);
  });

  it('een geboortedatum in de toekomst wordt al door het schema geweigerd, als code met Nederlandse en Engelse zin', () => {
    const r = formatCasusSchema.safeParse({ slachtoffer: { geboortedatum: '2999-01-01' } });
    expect(r.success).toBe(false);
    const [v] = veldfoutenUitZod(r.error!);
    expect(v).toMatchObject({ pad: 'slachtoffer.geboortedatum', meldingcode: 'veld.geboortedatumToekomst', melding: 'Een geboortedatum kan niet in de toekomst liggen' });
    expect(formuleer({ code: v!.meldingcode!, parameters: v!.parameters! }, 'en')).toBe('A date of birth cannot lie in the future');
  });

  it.each<[string, string, string[], boolean, boolean]>([
    ['art. 5.4/8.4: 17 jaar is minderjarig', '2009-01-01', ['gedwongen-prostitutie'], true, true],
    ['voetnoot 13: 22 jaar bij seksuele uitbuiting is jeugdprostitutie', '2004-01-01', ['gedwongen-prostitutie'], false, true],
    ['voetnoot 13: 23 jaar niet meer', '2003-01-01', ['gedwongen-prostitutie'], false, false],
  ])('%s', (_n, geboortedatum, vormen, minderjarig, jeugd) => {
    const f = formatCasusSchema.parse({ ...volledig, slachtoffer: { geboortedatum }, seksueleVormen: vormen });
    expect(kenmerken(f)).toMatchObject({ minderjarig, jeugdprostitutie: jeugd });
  });

  it('art. 6.2/9.5: de geanonimiseerde vorm schermt elk identificerend veld af en noemt het', () => {
    const f = formatCasusSchema.parse({ ...volledig, pleger: { naam: 'Synthetische Pleger', adres: 'Straat 1' }, omgevingSlachtoffer: { familie: 'Zus in Voorbeeldstad' } });
    const { formulier, afgeschermd } = anonimiseer(f);
    expect(formulier.slachtoffer.naam).toBe('');
    expect(formulier.pleger.adres).toBe('');
    expect(formulier.omgevingSlachtoffer.familie).toBe('');
    expect(formulier.samenvatting).toBe(f.samenvatting);
    expect(afgeschermd).toEqual(expect.arrayContaining(['slachtoffer.naam', 'pleger.naam', 'pleger.adres', 'omgevingSlachtoffer.familie', 'bron.naam']));
    expect(JSON.stringify(formulier)).not.toContain('Synthetische');
    expect(IDENTIFICERENDE_VELDEN.length).toBeGreaterThan(20);
  });
});
