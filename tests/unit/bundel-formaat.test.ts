/**
 * The bundle format (docs/ontwerp.md §6, ADR 0007) without a bestand: every soort survives sign+encrypt and
 * decrypt+verify unchanged, in binary and armored form; the schema keeps its limits; a file name
 * carries no personal data; the export and import machines refuse every step their table lacks.
 */
import crypto from 'node:crypto';
import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import {
  BUNDELSOORTEN,
  bundelBestandsnaam,
  EXPORT_OVERGANGEN,
  EXPORTMACHINE,
  EXPORTTOESTANDEN,
  INLEES_OVERGANGEN,
  INLEESMACHINE,
  INLEESTOESTANDEN,
  ketenbundelSchema,
  vingerafdrukTonen,
  type Exporttoestand,
  type Ketenbundel,
} from '@shared/domein/bundel';
import { adresLezen, berichtLezen, documentCoderen, documentValideren, ontsleutelen, verzegelen } from '../../electron/backend/bundels/formaat';
import { Verloop } from '../../electron/backend/bundels/verloop';
import { faaltMet } from '../fixtures/omgeving';
import { VOORBEELDINHOUD, vreemdeSleutel } from '../integration/bundel-hulp';

const document = (soort: (typeof BUNDELSOORTEN)[number], extra: Partial<Ketenbundel> = {}): Ketenbundel =>
  ketenbundelSchema.parse({
    formaat: 'ketenbundel/1',
    id: crypto.randomUUID(),
    soort,
    van: { partner: 'GEM-VEILIGHEID', bestandId: crypto.randomUUID() },
    aan: ['POLITIE'],
    aangemaakt: '2026-11-28T09:30:00.000Z',
    kop: 'f'.repeat(64),
    inhoud: VOORBEELDINHOUD[soort],
    ...extra,
  });

describe('bundelformaat', () => {
  it('sleutels zijn v4 op Curve25519 in de vorm die GnuPG 2.2 leest (EdDSA + ECDH), niet RFC 9580 Ed25519/X25519', async () => {
    const k = await vreemdeSleutel();
    expect(k.keyPacket.version).toBe(4);
    expect(k.getAlgorithmInfo()).toEqual({ algorithm: 'eddsaLegacy', curve: 'ed25519Legacy' });
    expect((await k.getEncryptionKey()).getAlgorithmInfo()).toEqual({ algorithm: 'ecdh', curve: 'curve25519Legacy' });
  });

  it.each(BUNDELSOORTEN)('%s: ondertekenen+versleutelen en ontsleutelen+controleren geeft hetzelfde document terug', async (soort) => {
    const [afzender, ontvanger] = await Promise.all([vreemdeSleutel('Afzender (centraal)'), vreemdeSleutel('Ontvanger (partner)')]);
    const d = document(soort);
    const bytes = await verzegelen(documentCoderen(d), afzender, [ontvanger.toPublic()]);
    for (const vorm of [bytes, new TextEncoder().encode(openpgp.armor(openpgp.enums.armor.message, bytes))]) {
      const { data, handtekeningen } = await ontsleutelen(await berichtLezen(vorm), [ontvanger], [afzender.toPublic()]);
      expect(handtekeningen).toEqual([{ sleutelId: afzender.getKeyID().toHex(), geldig: true }]);
      expect(adresLezen(data).adres).toMatchObject({ id: d.id, van: { partner: 'GEM-VEILIGHEID' }, aan: ['POLITIE'] });
      expect(documentValideren(adresLezen(data).document)).toEqual(d);
    }
    // Plain text nowhere in the file: the content is encrypted.
    expect(Buffer.from(bytes).includes(Buffer.from(d.id))).toBe(false);
  });

  it('een bericht aan twee ontvangers is door elk van beide te openen', async () => {
    const [afzender, a, b] = await Promise.all([vreemdeSleutel(), vreemdeSleutel(), vreemdeSleutel()]);
    const bytes = await verzegelen(documentCoderen(document('signalen', { aan: ['POLITIE', 'OM'] } as Partial<Ketenbundel>)), afzender, [a.toPublic(), b.toPublic()]);
    for (const k of [a, b]) expect((await ontsleutelen(await berichtLezen(bytes), [k], [afzender.toPublic()])).handtekeningen[0]!.geldig).toBe(true);
  });

  it('een onbekend formaat en ongeldige inhoud krijgen elk hun eigen code, met de velden', async () => {
    const d = document('terugmelding');
    await faaltMet(Promise.resolve().then(() => documentValideren({ ...d, formaat: 'ketenbundel/2' })), 'BUNDEL_FORMAAT_ONBEKEND');
    await faaltMet(Promise.resolve().then(() => documentValideren({ ...d, soort: 'brief' })), 'BUNDEL_FORMAAT_ONBEKEND');
    const fout = await faaltMet(Promise.resolve().then(() => documentValideren({ ...d, inhoud: { ...d.inhoud, status: 'verzonnen' } })), 'BUNDEL_INHOUD_ONGELDIG');
    expect((fout as unknown as { velden: Array<{ pad: string }> }).velden.map((v) => v.pad)).toContain('inhoud.status');
  });

  it.each([
    ['een te lange tekst', { ...VOORBEELDINHOUD.terugmelding, verslag: 'x'.repeat(20_001) }, 'terugmelding'],
    ['een onbekend veld in een strikte soort', { ...VOORBEELDINHOUD.terugmelding, extra: 1 }, 'terugmelding'],
    ['vrije inhoud dieper dan 16 niveaus', { ...VOORBEELDINHOUD.agendapakket, bijlage: JSON.parse('['.repeat(20) + ']'.repeat(20)) as unknown }, 'agendapakket'],
    ['vrije inhoud met een te lange tekst', { ...VOORBEELDINHOUD.signalen, toelichting: 'y'.repeat(100_001) }, 'signalen'],
    ['geen enkel onderwerp in een verwijderverzoek', { ...VOORBEELDINHOUD.verwijderverzoek, onderwerpen: [] }, 'verwijderverzoek'],
  ] as const)('de schema’s hebben grenzen: %s wordt geweigerd', (_, inhoud, soort) => {
    expect(ketenbundelSchema.safeParse({ ...document(soort), inhoud }).success).toBe(false);
  });

  it('meer dan 50 ontvangers of een ongeldige partnercode wordt geweigerd', () => {
    expect(ketenbundelSchema.safeParse({ ...document('signalen'), aan: Array.from({ length: 51 }, (_, i) => `P${i}`) }).success).toBe(false);
    expect(ketenbundelSchema.safeParse({ ...document('signalen'), aan: ['politie/../x'] }).success).toBe(false);
  });

  it('de bestandsnaam bevat datum, soort, ontvanger en 8 hex van het id — nooit iets uit de inhoud', () => {
    const naam = 'Reinoutje Bakkerzijl';
    const d = document('overdracht', {
      inhoud: { ...VOORBEELDINHOUD.overdracht, dossier: { nummer: 'D-2026-0007', titel: naam }, gegevens: [{ naam, geboortedatum: '1990-04-01', woonplaats: 'Havendorp' }] },
    } as Partial<Ketenbundel>);
    const bestandsnaam = bundelBestandsnaam(d);
    expect(bestandsnaam).toBe(`20261128-overdracht-POLITIE-${d.id.slice(0, 8)}.ketenbundel`);
    expect(bestandsnaam).toMatch(/^\d{8}-(overdracht|terugmelding|signalen|agendapakket|ontvangstbevestiging|verwijderverzoek)-[A-Z0-9+-]+-[0-9a-f]{8}\.ketenbundel$/);
    for (const deel of [...naam.split(' '), '1990', 'Havendorp', 'D-2026-0007']) expect(bestandsnaam).not.toContain(deel);
    expect(bundelBestandsnaam({ ...d, aan: ['POLITIE', 'OM'] })).toContain('-POLITIE+OM-');
    expect(bundelBestandsnaam({ ...d, aan: Array.from({ length: 12 }, (_, i) => `PARTNER-${i}`) })).toContain('-12-ONTVANGERS-');
  });

  it('de datum in de bestandsnaam is de Nederlandse kalenderdag (23:30 UTC op 31 december is al 1 januari)', () => {
    expect(bundelBestandsnaam({ ...document('signalen'), aangemaakt: '2026-12-31T23:30:00.000Z' })).toMatch(/^20270101-/);
  });

  it('een vingerafdruk wordt getoond in groepen van vier hexadecimale tekens', () => {
    expect(vingerafdrukTonen('20caf49cef363701a6e9f7cbdf43c3a080301234')).toBe('20CA F49C EF36 3701 A6E9 F7CB DF43 C3A0 8030 1234');
  });
});

describe('de export als toestandsmachine (voorbereiden → schrijven → klaar | fout)', () => {
  const paren = EXPORTTOESTANDEN.flatMap((van) => EXPORTTOESTANDEN.map((naar) => [van, naar] as const));

  /** A machine brought to `toestand` by allowed steps only. */
  function machineIn(toestand: Exporttoestand, gemeld: string[] = []): Verloop<Exporttoestand> {
    const m = new Verloop<Exporttoestand>(EXPORTMACHINE, 'voorbereiden', (t) => gemeld.push(t));
    const route: Record<Exporttoestand, Exporttoestand[]> = { voorbereiden: [], schrijven: ['schrijven'], klaar: ['schrijven', 'klaar'], fout: ['fout'] };
    for (const t of route[toestand]) m.naar(t);
    return m;
  }

  it.each(paren)('van %s naar %s: toegestaan precies als de tabel het noemt', (van, naar) => {
    const m = machineIn(van);
    if (EXPORT_OVERGANGEN[van].includes(naar)) {
      m.naar(naar);
      expect(m.toestand).toBe(naar);
    } else {
      expect(() => m.naar(naar)).toThrow(expect.objectContaining({ code: 'OVERGANG_NIET_TOEGESTAAN' }));
      expect(m.toestand, 'een geweigerde stap verandert niets').toBe(van);
    }
  });

  it('elke toegestane stap wordt gemeld en vastgelegd; na een fout kan het opnieuw', () => {
    const gemeld: string[] = [];
    const m = machineIn('fout', gemeld);
    m.naar('voorbereiden');
    m.naar('schrijven');
    m.naar('klaar');
    expect(gemeld).toEqual(['voorbereiden', 'fout', 'voorbereiden', 'schrijven', 'klaar']);
    expect(m.geschiedenis.map((s) => s.toestand)).toEqual(gemeld);
    expect(() => m.naar('voorbereiden')).toThrow(/laatste/);
  });

  it('een voortgangsmelder die faalt, houdt de export niet tegen', () => {
    const m = new Verloop<Exporttoestand>(EXPORTMACHINE, 'voorbereiden', () => {
      throw new Error('kapotte voortgangsbalk');
    });
    m.naar('schrijven');
    expect(m.toestand).toBe('schrijven');
  });

  it('ook het inlezen is een tabel: na een voorbeeld of een weigering gaat niets verder', () => {
    for (const eind of ['voorbeeld', 'klaar', 'geweigerd'] as const) expect(INLEES_OVERGANGEN[eind]).toEqual([]);
    for (const t of INLEESTOESTANDEN) for (const n of INLEES_OVERGANGEN[t]) expect(INLEESTOESTANDEN).toContain(n);
    const m = new Verloop(INLEESMACHINE, 'controleren');
    expect(() => m.naar('klaar')).toThrow(expect.objectContaining({ code: 'OVERGANG_NIET_TOEGESTAAN' }));
  });
});
