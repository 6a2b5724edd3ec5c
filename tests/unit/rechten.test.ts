/**
 * Nobody manages accounts, keys or backups but the leading role of the installation and the
 * beheerder (art. 12.7, 15.3): a zorgcoördinator in the centraal bestand cannot promote itself.
 */
import { describe, expect, it } from 'vitest';
import { kanalen, magRolKanaal } from '@shared/api';
import { accountbeheerWeigering, LEIDENDE_ROL, magAccountBeheren, PROFIELEN, ROLLEN_PER_PROFIEL, type Accounthandeling, type Profiel, type Rol } from '@shared/rollen';

const BEHEERKANALEN = ['gebruikers.toevoegen', 'gebruikers.rolWijzigen', 'gebruikers.verwijderen', 'beheer.backupMaken', 'beheer.sleutelVervangen', 'instellingen.wijzigen'] as const;

describe('beheer per profiel', () => {
  it.each<[Profiel, Rol, boolean]>([
    ['centraal', 'ketenregisseur', true],
    ['centraal', 'beheerder', true],
    ['centraal', 'zorgcoordinator', false],
    ['centraal', 'assistent-ketenregisseur', false],
    ['centraal', 'privacy-medewerker', false],
    ['zorgcoordinatie', 'zorgcoordinator', true],
    ['zorgcoordinatie', 'beheerder', true],
    ['partner', 'partnermedewerker', true],
    ['partner', 'zorgcoordinator', false],
  ])('profiel %s, rol %s: beheer %s', (profiel, rol, mag) => {
    for (const k of BEHEERKANALEN) expect(magRolKanaal(kanalen[k], rol, profiel), k).toBe(mag);
  });
});

/**
 * Who may give which role (art. 15.3, 21.10; ADR 0003): the one rule the backend enforces and the
 * screens read. Every profile × every acting role × every role it tries to give × self/other; the
 * expectation is the covenant's rule written out here, independently of shared/rollen.ts.
 */
describe('accountbeheer: wie welke rol mag geven (art. 15.3, 21.10)', () => {
  const LEIDEND: Record<Profiel, Rol> = { centraal: 'ketenregisseur', zorgcoordinatie: 'zorgcoordinator', partner: 'partnermedewerker' };
  const ZONDER_CASUS: readonly Rol[] = ['beheerder', 'privacy-medewerker'];

  function verwacht(profiel: Profiel, ik: Rol, handeling: Accounthandeling, zelf: boolean, van: Rol | null, naar: Rol | undefined): boolean {
    if (zelf && handeling !== 'toevoegen') return false;
    if (ik === LEIDEND[profiel]) return true;
    if (ik !== 'beheerder') return false;
    if (handeling === 'verwijderen') return van !== LEIDEND[profiel];
    return [van, naar].every((r) => r === null || r === undefined || ZONDER_CASUS.includes(r));
  }

  const gevallen = PROFIELEN.flatMap((profiel) =>
    ROLLEN_PER_PROFIEL[profiel].flatMap((ik) =>
      [false, true].flatMap((zelf) =>
        ROLLEN_PER_PROFIEL[profiel].flatMap((van) => [
          ...ROLLEN_PER_PROFIEL[profiel].map((naar) => ({ profiel, ik, handeling: 'rolWijzigen' as const, zelf, van: zelf ? ik : van, naar })),
          { profiel, ik, handeling: 'verwijderen' as const, zelf, van: zelf ? ik : van, naar: undefined },
          { profiel, ik, handeling: 'wachtwoordHerstellen' as const, zelf, van: zelf ? ik : van, naar: undefined },
          ...(zelf ? [] : [{ profiel, ik, handeling: 'toevoegen' as const, zelf, van: null, naar: van }]),
        ]),
      ),
    ),
  );

  it('de tabel dekt elk profiel, elke rol en elke toe te kennen rol', () => {
    expect(gevallen.length).toBeGreaterThan(300);
  });

  it.each(gevallen)('$profiel: $ik, $handeling, zelf $zelf, van $van naar $naar', ({ profiel, ik, handeling, zelf, van, naar }) => {
    const a = {
      profiel,
      ik: { naam: 'ik', rol: ik },
      handeling,
      account: { naam: zelf ? 'IK' : 'ander', rol: van },
      ...(naar ? { nieuweRol: naar } : {}),
    };
    const weigering = accountbeheerWeigering(a);
    expect(weigering === null).toBe(verwacht(profiel, ik, handeling, zelf, van, naar));
    expect(magAccountBeheren(a)).toBe(weigering === null);
    if (weigering) {
      expect(weigering.artikel).toMatch(/^art\. /);
      expect(weigering.melding.length).toBeGreaterThan(20);
    }
  });

  it('een geweigerde casusrol noemt art. 15.3 en 21.10', () => {
    const w = accountbeheerWeigering({ profiel: 'centraal', ik: { naam: 'beheer', rol: 'beheerder' }, handeling: 'toevoegen', account: { naam: 'nieuw', rol: null }, nieuweRol: 'bewerker' });
    expect(w).toMatchObject({ code: 'GEEN_TOEGANG', artikel: 'art. 15.3, 21.10' });
    expect(w?.melding).toContain('ketenregisseur');
  });
});

/** Trusting or revoking a partner's key decides where victims' data goes: only the leading role (ADR 0003, 0007). */
describe('partnersleutels vertrouwen en intrekken', () => {
  it.each(PROFIELEN.flatMap((profiel) => ROLLEN_PER_PROFIEL[profiel].map((rol) => [profiel, rol] as const)))('profiel %s, rol %s', (profiel, rol) => {
    for (const k of ['sleutels.bevestigen', 'sleutels.intrekken'] as const) {
      expect(magRolKanaal(kanalen[k], rol, profiel), k).toBe(rol === LEIDENDE_ROL[profiel]);
    }
  });

  it('bevestigen vraagt altijd de vingerafdruk zoals de partner hem voorlas', () => {
    const invoer = kanalen['sleutels.bevestigen'].invoer;
    expect(invoer.safeParse({ sleutelId: 1, hoe: 'telefonisch met de proefpartner' }).success).toBe(false);
    expect(invoer.safeParse({ sleutelId: 1, hoe: 'telefonisch met de proefpartner', vingerafdruk: '   ' }).success).toBe(false);
    expect(invoer.safeParse({ sleutelId: 1, hoe: 'telefonisch met de proefpartner', vingerafdruk: 'ABCD 0123' }).success).toBe(true);
  });
});
