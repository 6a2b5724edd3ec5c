/**
 * Key slots (docs/ontwerp.md §5, like LUKS): the bestand key is kept only wrapped, once per account, behind a
 * memory-hard KDF whose parameters live in the slot; a new key can be sealed into a slot without its
 * passphrase (rekey after removing a user), and a passphrase change keeps the sealed keys.
 */
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  maakSlot,
  nieuweBestandssleutel,
  nieuwSleutelbestand,
  openSlot,
  slotLabel,
  verzegel,
  wachtwoordWijzigen,
  type Bestandssleutel,
  type Sleutelbestand,
  type Slot,
} from '../../electron/backend/bestand/sleutelslots';
import { ANDER_WACHTWOORD, faaltMet, WACHTWOORD } from '../fixtures/omgeving';

const kloon = <T>(x: T): T => structuredClone(x);

describe('sleutelslots', () => {
  let sleutel: Bestandssleutel;
  let bestand: Sleutelbestand;

  beforeAll(async () => {
    sleutel = nieuweBestandssleutel();
    bestand = nieuwSleutelbestand(crypto.randomUUID());
    bestand.slots.push(await maakSlot(bestand.bestandId, 'anna.vos', WACHTWOORD, [sleutel]));
    bestand.slots.push(await maakSlot(bestand.bestandId, 'bram.kok', ANDER_WACHTWOORD, [sleutel]));
  });

  it('een slot geeft met het juiste wachtwoord precies de bestandssleutel terug', async () => {
    const { sleutels } = await openSlot(bestand, 'anna.vos', WACHTWOORD);
    expect(sleutels).toHaveLength(1);
    expect(sleutels[0]!.id).toBe(sleutel.id);
    expect(sleutels[0]!.sleutel.equals(sleutel.sleutel)).toBe(true);
  });

  it('twee accounts, elk met een eigen wachtwoord, openen dezelfde sleutel', async () => {
    const a = await openSlot(bestand, 'anna.vos', WACHTWOORD);
    const b = await openSlot(bestand, 'bram.kok', ANDER_WACHTWOORD);
    expect(a.sleutels[0]!.sleutel.equals(b.sleutels[0]!.sleutel)).toBe(true);
    expect(a.slot.label).not.toBe(b.slot.label);
  });

  it('de gebruikersnaam is niet hoofdlettergevoelig', async () => {
    const { sleutels } = await openSlot(bestand, 'Anna.Vos', WACHTWOORD);
    expect(sleutels[0]!.id).toBe(sleutel.id);
  });

  it('het sleutelbestand bevat geen gebruikersnaam en geen sleutel in leesbare vorm', () => {
    const tekst = JSON.stringify(bestand);
    expect(tekst).not.toMatch(/anna|bram/i);
    expect(tekst).not.toContain(sleutel.sleutel.toString('base64'));
    expect(tekst).not.toContain(sleutel.sleutel.toString('hex'));
  });

  it.each([
    ['een onjuist wachtwoord', 'anna.vos', 'onjuist-wachtwoord-12345'],
    ['het wachtwoord van een ander account', 'anna.vos', ANDER_WACHTWOORD],
    ['een onbekende gebruiker', 'onbekend.persoon', WACHTWOORD],
  ])('%s geeft ONJUISTE_AANMELDING met dezelfde melding', async (_, naam, wachtwoord) => {
    const fout = await faaltMet(openSlot(bestand, naam, wachtwoord), 'ONJUISTE_AANMELDING');
    expect(fout.message).toBe('Onjuiste gebruikersnaam of wachtwoord');
  });

  it('een slot van het ene bestand opent niets in een ander bestand (het label hoort bij het bestand)', async () => {
    const ander: Sleutelbestand = { ...kloon(bestand), bestandId: crypto.randomUUID() };
    await faaltMet(openSlot(ander, 'anna.vos', WACHTWOORD), 'ONJUISTE_AANMELDING');
  });

  describe('KDF-parameters staan in het slot en worden gebruikt', () => {
    it.each([14, 15])('een slot gemaakt met kosten %i legt kosten %i vast en opent daarmee', async (kosten) => {
      const slot = await maakSlot(bestand.bestandId, 'kees.kdf', WACHTWOORD, [sleutel], kosten);
      expect(slot.kdf).toMatchObject({ naam: 'scrypt', kosten, r: 8, p: 1 });
      expect(Buffer.from(slot.kdf.zout, 'base64')).toHaveLength(16);
      // Opening uses the slot's own parameters, whatever the default of this process is (14 in tests).
      const { sleutels } = await openSlot({ ...bestand, slots: [slot] }, 'kees.kdf', WACHTWOORD);
      expect(sleutels[0]!.sleutel.equals(sleutel.sleutel)).toBe(true);
    });

    it('zonder opgegeven kosten volgt het slot KETENBESTAND_KDF_KOSTEN', async () => {
      const slot = await maakSlot(bestand.bestandId, 'kees.kdf', WACHTWOORD, [sleutel]);
      expect(slot.kdf.kosten).toBe(Number(process.env.KETENBESTAND_KDF_KOSTEN));
    });

    it('elk slot krijgt een eigen zout', async () => {
      const [a, b] = bestand.slots;
      expect(a!.kdf.zout).not.toBe(b!.kdf.zout);
    });

    it('controle: een ongewijzigde kopie van het slot opent wel', async () => {
      await expect(openSlot({ ...bestand, slots: [kloon(bestand.slots[0]!)] }, 'anna.vos', WACHTWOORD)).resolves.toBeDefined();
    });

    it.each<[string, (s: Slot) => void]>([
      ['kosten verhoogd', (s) => (s.kdf.kosten += 1)],
      ['kosten verlaagd', (s) => (s.kdf.kosten -= 1)],
      ['zout veranderd', (s) => (s.kdf.zout = crypto.randomBytes(16).toString('base64'))],
      ['r veranderd', (s) => (s.kdf.r = 4)],
      ['versleutelde privésleutel veranderd', (s) => (s.persoonlijk.data = flip(s.persoonlijk.data))],
      ['verzegelde sleutel veranderd', (s) => (s.doosjes[0]!.data = flip(s.doosjes[0]!.data))],
    ])('een slot met %s opent niet meer (ONJUISTE_AANMELDING)', async (_, knoei) => {
      const slot = kloon(bestand.slots[0]!);
      knoei(slot);
      await faaltMet(openSlot({ ...bestand, slots: [slot] }, 'anna.vos', WACHTWOORD), 'ONJUISTE_AANMELDING');
    });
  });

  it('sleutel vervangen: een nieuwe sleutel wordt zonder wachtwoord in een slot verzegeld en komt vooraan terug', async () => {
    const slot = kloon(bestand.slots[0]!);
    const nieuw = nieuweBestandssleutel();
    slot.doosjes.push(verzegel(slot.publiek, nieuw, slot.label));
    const { sleutels } = await openSlot({ ...bestand, slots: [slot] }, 'anna.vos', WACHTWOORD);
    expect(sleutels.map((s) => s.id)).toEqual([nieuw.id, sleutel.id]);
    expect(sleutels[0]!.sleutel.equals(nieuw.sleutel)).toBe(true);
  });

  it('een doosje verzegeld voor het ene slot opent niet in een ander slot', async () => {
    const [anna, bram] = bestand.slots.map(kloon) as [Slot, Slot];
    anna.doosjes = [verzegel(bram.publiek, nieuweBestandssleutel(), bram.label)];
    await faaltMet(openSlot({ ...bestand, slots: [anna] }, 'anna.vos', WACHTWOORD), 'ONJUISTE_AANMELDING');
  });

  it('wachtwoord wijzigen: het nieuwe wachtwoord opent, het oude niet meer, de verzegelde sleutels blijven gelijk', async () => {
    const { slot, privaat } = await openSlot(bestand, 'bram.kok', ANDER_WACHTWOORD);
    const nieuwSlot = await wachtwoordWijzigen(slot, privaat, 'nieuw-synthetisch-wachtwoord');
    expect(nieuwSlot.doosjes).toEqual(slot.doosjes);
    expect(nieuwSlot.publiek).toBe(slot.publiek);
    expect(nieuwSlot.kdf.zout).not.toBe(slot.kdf.zout);
    const gewijzigd = { ...bestand, slots: [bestand.slots[0]!, nieuwSlot] };
    const { sleutels } = await openSlot(gewijzigd, 'bram.kok', 'nieuw-synthetisch-wachtwoord');
    expect(sleutels[0]!.sleutel.equals(sleutel.sleutel)).toBe(true);
    await faaltMet(openSlot(gewijzigd, 'bram.kok', ANDER_WACHTWOORD), 'ONJUISTE_AANMELDING');
  });

  it('het label is een hash van bestand en naam, zonder de naam zelf', () => {
    const label = slotLabel(bestand.bestandId, 'anna.vos');
    expect(label).toMatch(/^[0-9a-f]{64}$/);
    expect(label).toBe(slotLabel(bestand.bestandId, 'ANNA.VOS'));
    expect(label).not.toBe(slotLabel(crypto.randomUUID(), 'anna.vos'));
  });
});

/** Flips one bit in the middle of base64 data. */
function flip(b64: string): string {
  const b = Buffer.from(b64, 'base64');
  b[b.length >> 1]! ^= 0x01;
  return b.toString('base64');
}
