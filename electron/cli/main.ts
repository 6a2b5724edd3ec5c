/**
 * The `ketenbestand` command line (docs/ontwerp.md §10). Every command goes through the same router as the
 * UI; this file only parses arguments, reads the passphrase and prints. Exit 0 on success, 1 on a
 * refused or failed operation (one Dutch line on stderr with the error code), 2 on wrong usage.
 */
import path from 'node:path';
import { maakRouter, type Router } from '../backend/api';
import { kanalen, kanaalNamen, type Sessie } from '@shared/api';
import type { Fout } from '@shared/fouten';
import { z } from 'zod';
import { leesWachtwoord, wachtwoordenUitOmgeving, type WachtwoordVariabele } from './wachtwoord';
import type { Bewaarplan, Bewaaruitkomst } from '@shared/domein/bewaring';
import { HULP, bewaarplanTekst, bewaaruitkomstTekst, demoSamenvatting, herstelsleutelBlok, opdrachtNaarKanaal, type Opties, ontleed, GebruiksFout } from './opdrachten';
import { standaardWerkmap } from '../backend/werkmap';

class MisluktFout extends Error {
  constructor(readonly fout: Fout) {
    super(fout.melding);
  }
}

async function roep(router: Router, kanaal: string, invoer: unknown): Promise<unknown> {
  const r = await router.aanroepen(kanaal, invoer);
  if (!r.ok) {
    // Art. 21.2: say how to do it here, where there is no screen to show the step.
    if (r.fout.code === 'GEHEIMHOUDING_NIET_BEVESTIGD') throw new MisluktFout({ ...r.fout, melding: `${r.fout.melding} Lees de tekst met \`ketenbestand geheimhouding\` en bevestig met \`ketenbestand geheimhouding bevestigen\`.` });
    throw new MisluktFout(r.fout);
  }
  return r.waarde;
}

function afdrukken(waarde: unknown, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(waarde, null, 2)}\n`);
    return;
  }
  if (Array.isArray(waarde)) {
    for (const rij of waarde) process.stdout.write(`${leesbaar(rij)}\n`);
    return;
  }
  process.stdout.write(`${leesbaar(waarde)}\n`);
}

function leesbaar(w: unknown): string {
  if (w === null || typeof w !== 'object') return String(w);
  return Object.entries(w as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('  ');
}

/** Read once at the start, and removed from the environment then (see `wachtwoordenUitOmgeving`). */
let uitOmgeving: Partial<Record<WachtwoordVariabele, string>> = {};
const getypt: Partial<Record<WachtwoordVariabele, string>> = {};

async function wachtwoord(omgeving: WachtwoordVariabele, vraag: string): Promise<string> {
  const bekend = uitOmgeving[omgeving] ?? getypt[omgeving];
  if (bekend) return bekend;
  if (!process.stdin.isTTY) throw new GebruiksFout(`Geen wachtwoord: zet ${omgeving} of gebruik een terminal.`);
  getypt[omgeving] = await leesWachtwoord(vraag);
  return getypt[omgeving];
}

async function uitvoeren(o: Opties): Promise<unknown> {
  if (o.opdracht === 'api' && o.lijst) {
    return kanaalNamen.map((naam) => ({
      kanaal: naam,
      toegang: kanalen[naam].toegang,
      omschrijving: kanalen[naam].omschrijving,
      invoer: z.toJSONSchema(kanalen[naam].invoer, { io: 'input', unrepresentable: 'any' }),
    }));
  }
  const bestand = o.bestand ? path.resolve(o.bestand) : undefined;
  // The demo goes where the app looks (ADR 0019), not into whatever folder the command runs in.
  const werkmap = o.werkmap ? path.resolve(o.werkmap) : o.opdracht === 'demo' ? standaardWerkmap() : bestand ? path.dirname(bestand) : process.cwd();
  const router = maakRouter({ werkmap });
  try {
    if (o.opdracht === 'demo') {
      return await roep(router, 'bestand.demo', {});
    }
    if (!bestand) throw new GebruiksFout('Geef het bestand op met --bestand MAP.');
    if (!o.gebruiker) throw new GebruiksFout('Geef de gebruiker op met --gebruiker NAAM.');
    if (o.opdracht === 'init') {
      return await roep(router, 'bestand.maken', {
        map: bestand,
        naam: o.waarden.naam,
        penvoerder: o.waarden.penvoerder ?? o.waarden.naam,
        profiel: o.waarden.profiel ?? 'centraal',
        gebruiker: o.gebruiker,
        weergavenaam: o.waarden.weergavenaam ?? o.gebruiker,
        wachtwoord: await wachtwoord('KETENBESTAND_WACHTWOORD', 'Wachtwoord voor het nieuwe bestand: '),
      });
    }
    if (o.opdracht === 'herstel' && o.args.length === 0) {
      if (!o.waarden.bron) throw new GebruiksFout('Geef de backup op met --bron MAP.');
      const ww = await wachtwoord('KETENBESTAND_WACHTWOORD', 'Wachtwoord: ');
      // Over a bestand that opens, a restore needs a session on it (ADR 0012); when it does not open
      // (or the folder is empty) the backend takes the disaster path with the backup's account.
      const gekozen = await router.aanroepen('bestand.openen', { map: bestand });
      if (gekozen.ok) {
        const aangemeld = await router.aanroepen('sessie.aanmelden', { gebruiker: o.gebruiker, wachtwoord: ww });
        if (!aangemeld.ok && !['BESTAND_ONLEESBAAR', 'SLEUTELS_ONTBREKEN'].includes(aangemeld.fout.code)) throw new MisluktFout(aangemeld.fout);
      }
      const uitkomst = await router.aanroepen('bestand.herstellen', {
        bron: path.resolve(o.waarden.bron),
        map: bestand,
        gebruiker: o.gebruiker,
        wachtwoord: ww,
        verliesBevestigd: o.bevestig,
      });
      if (!uitkomst.ok) {
        const fout = uitkomst.fout.code === 'BEVESTIGING_NODIG' ? { ...uitkomst.fout, melding: `${uitkomst.fout.melding} Herhaal de opdracht met --bevestig.` } : uitkomst.fout;
        throw new MisluktFout(fout);
      }
      return o.json ? uitkomst.waarde : (uitkomst.waarde as { melding: string }).melding;
    }
    if (o.opdracht === 'herstelsleutel') {
      const [sub] = o.args;
      if (sub === 'gebruiken') {
        // Nobody is signed in: the person forgot the passphrase. The code is the credential.
        const code = await wachtwoord('KETENBESTAND_HERSTELSLEUTEL', 'Herstelsleutel (8 groepen van 6 cijfers): ');
        const nieuw = await wachtwoord('KETENBESTAND_NIEUW_WACHTWOORD', `Nieuw wachtwoord voor ${o.gebruiker}: `);
        await roep(router, 'bestand.openen', { map: bestand });
        return await roep(router, 'herstelsleutel.gebruiken', { map: bestand, code, gebruiker: o.gebruiker, nieuwWachtwoord: nieuw });
      }
      if (sub === 'vervangen') {
        const eigen = await wachtwoord('KETENBESTAND_WACHTWOORD', 'Wachtwoord: ');
        await roep(router, 'bestand.openen', { map: bestand });
        await roep(router, 'sessie.aanmelden', { gebruiker: o.gebruiker, wachtwoord: eigen });
        return await roep(router, 'herstelsleutel.vervangen', { wachtwoord: eigen });
      }
      throw new GebruiksFout('herstelsleutel gebruiken | herstelsleutel vervangen');
    }
    if (o.opdracht === 'geheimhouding') {
      // Art. 21.2 (ADR 0043): the CLI's own first-login step. Without `bevestigen` it shows the text.
      const [sub] = o.args;
      if (sub !== undefined && sub !== 'bevestigen') throw new GebruiksFout('geheimhouding | geheimhouding bevestigen');
      await roep(router, 'bestand.openen', { map: bestand });
      const aangemeld = (await roep(router, 'sessie.aanmelden', { gebruiker: o.gebruiker, wachtwoord: await wachtwoord('KETENBESTAND_WACHTWOORD', 'Wachtwoord: ') })) as Sessie;
      const tekst = aangemeld.geheimhouding;
      if (!tekst) return o.json ? { bevestigd: true } : `${o.gebruiker} heeft de geheimhoudingsplicht (art. 21.2) al bevestigd.`;
      const weergave = [`Geheimhoudingsplicht, versie ${tekst.versie}`, '', `Artikel 21.2 van het convenant: "${tekst.citaat}"`, '', ...tekst.uitleg.map((z) => `- ${z}`)].join('\n');
      if (sub !== 'bevestigen') return o.json ? tekst : `${weergave}\n\nBevestig met: ketenbestand geheimhouding bevestigen (Ik heb dit gelezen en houd mij eraan).`;
      await roep(router, 'geheimhouding.bevestigen', { versie: tekst.versie });
      return o.json ? { bevestigd: true, versie: tekst.versie } : `${weergave}\n\nBevestigd door ${o.gebruiker}: ik heb dit gelezen en houd mij eraan.`;
    }
    const { kanaal, invoer, nieuwWachtwoord, huidigWachtwoord } = opdrachtNaarKanaal(o);
    const volledigeInvoer = nieuwWachtwoord
      ? { ...invoer, [nieuwWachtwoord]: await wachtwoord('KETENBESTAND_NIEUW_WACHTWOORD', 'Nieuw wachtwoord: ') }
      : invoer;
    await roep(router, 'bestand.openen', { map: bestand });
    const aanmeldwachtwoord = await wachtwoord('KETENBESTAND_WACHTWOORD', 'Wachtwoord: ');
    const sessie = (await roep(router, 'sessie.aanmelden', { gebruiker: o.gebruiker, wachtwoord: aanmeldwachtwoord })) as { waarschuwing?: Fout | null };
    // The anchor check at unlock (ADR 0011) does not refuse, but the user must hear it.
    if (sessie.waarschuwing) process.stderr.write(`WAARSCHUWING ${sessie.waarschuwing.code}: ${sessie.waarschuwing.melding}\n`);
    if (huidigWachtwoord) volledigeInvoer[huidigWachtwoord] = aanmeldwachtwoord;
    const uitkomst = await roep(router, kanaal, volledigeInvoer);
    // Signing in ran the retention sweep already (ADR 0020): `opschonen` says what that removed too.
    if (o.opdracht === 'opschonen') return { ...(uitkomst as object), bijAanmelden: ((await roep(router, 'bewaring.status', {})) as { laatste: unknown }).laatste };
    return uitkomst;
  } finally {
    await router.afsluiten();
  }
}

export async function cli(argv: string[]): Promise<number> {
  uitOmgeving = wachtwoordenUitOmgeving();
  let opties: Opties;
  try {
    opties = ontleed(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\nZie: ketenbestand --help\n`);
    return 2;
  }
  if (opties.opdracht === 'help') {
    process.stdout.write(HULP);
    return 0;
  }
  try {
    const uitkomst = await uitvoeren(opties);
    const code = !opties.json && uitkomst && typeof uitkomst === 'object' ? (uitkomst as { herstelsleutel?: unknown }).herstelsleutel : undefined;
    if (typeof code === 'string') {
      const { herstelsleutel: _code, ...rest } = uitkomst as Record<string, unknown>;
      void _code;
      const melding =
        opties.opdracht !== 'herstelsleutel'
          ? rest
          : opties.args[0] === 'gebruiken'
            ? `Nieuw wachtwoord ingesteld voor ${opties.gebruiker}; elk account krijgt er bij de volgende aanmelding een melding van. De gebruikte herstelsleutel werkt niet meer.`
            : 'De herstelsleutel is vervangen; de vorige werkt niet meer.';
      afdrukken(melding, false);
      process.stdout.write(herstelsleutelBlok(code));
    } else if (opties.opdracht === 'demo' && !opties.json) process.stdout.write(demoSamenvatting(uitkomst as Parameters<typeof demoSamenvatting>[0]));
    else if (opties.opdracht === 'opschonen' && !opties.json) {
      const { bijAanmelden, ...rest } = uitkomst as { bijAanmelden: Bewaaruitkomst | null };
      const aanmelding = bijAanmelden?.totaal ? `Bij het aanmelden ${bewaaruitkomstTekst(bijAanmelden).replace(/^Verwijderd/, 'verwijderd')}` : '';
      process.stdout.write(aanmelding + (opties.uitvoeren ? bewaaruitkomstTekst(rest as Bewaaruitkomst) : bewaarplanTekst(rest as Bewaarplan)));
    }
    else afdrukken(uitkomst, opties.json);
    // A broken audit chain is a failed check, not a successful answer.
    const verificatie = uitkomst as { geldig?: boolean; eersteFout?: { volgnr: number; reden: string; code?: string } | null };
    if (opties.opdracht === 'audit' && verificatie.geldig === false) {
      process.stderr.write(`${verificatie.eersteFout?.code ?? 'AUDIT_GEBROKEN'} (regel ${verificatie.eersteFout?.volgnr ?? '?'}): ${verificatie.eersteFout?.reden ?? 'de keten klopt niet'}\n`);
      return 1;
    }
    // Likewise a damaged bestand: the check ran, but what it found is a failure.
    const controle = uitkomst as { heel?: boolean; paginas?: number[] };
    if (opties.opdracht === 'controleren' && controle.heel === false) {
      process.stderr.write(`BESTAND_BESCHADIGD: het bestand is beschadigd${controle.paginas?.length ? ` (${controle.paginas.length} pagina('s) kloppen niet met hun controlecode)` : ''}; herstel het uit een backup.\n`);
      return 1;
    }
    return 0;
  } catch (err) {
    if (err instanceof GebruiksFout) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (err instanceof MisluktFout) {
      const f = err.fout;
      const velden = f.velden?.length ? ` (${f.velden.map((v) => `${v.pad}: ${v.melding}`).join('; ')})` : '';
      process.stderr.write(`${f.code}: ${f.melding}${f.artikel ? ` [${f.artikel}]` : ''}${velden}\n`);
      return 1;
    }
    process.stderr.write(`INTERNE_FOUT: ${(err as Error).message}\n`);
    return 1;
  }
}

// `ketenbestand … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await cli(process.argv.slice(2));
