/**
 * The router behind every adapter (docs/ontwerp.md §4): it validates input against the contract, checks the
 * caller's session and role, runs the handler, validates the output and turns every failure into
 * `{ ok: false, fout }`. Electron IPC, the HTTP bridge and the CLI call `aanroepen` and nothing else.
 */
import { z } from 'zod';
import { isKanaalNaam, kanalen, magRolKanaal, VOOR_GEHEIMHOUDING, type KanaalNaam } from '@shared/api';
import { KetenFout, veldfoutenUitZod, type Resultaat } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { Sessiebeheer, type SessieOpties } from './sessie';
import { beschadigdFout, isBeschadigd } from './bestand/verbinding';
import { handlers } from './kanalen';
import type { Handler } from './kanalen/handler';

export type { Handler, Handlers } from './kanalen/handler';

export type RouterOpties = SessieOpties;

export interface Router {
  aanroepen(kanaal: string, invoer: unknown): Promise<Resultaat<unknown>>;
  /** Locks and closes whatever is open (app quit, bridge stop, end of a CLI command). */
  afsluiten(): Promise<void>;
  readonly sessie: Sessiebeheer;
}

/**
 * A channel's description inside a sentence: only its first letter lowered, so acronyms (RIEC, OM,
 * PDF) keep their capitals, and a capital "Eén" becomes "één" (both accents in lower case), not "eén".
 */
export function alsZinsdeel(omschrijving: string): string {
  if (omschrijving.startsWith('Eén')) return `één${omschrijving.slice(3)}`;
  const [eerste = '', tweede = ''] = omschrijving;
  if (tweede && tweede === tweede.toUpperCase() && tweede !== tweede.toLowerCase()) return omschrijving;
  return eerste.toLowerCase() + omschrijving.slice(1);
}

export function maakRouter(opties: RouterOpties): Router {
  const sessie = new Sessiebeheer(opties);

  async function aanroepen(kanaalNaam: string, ruweInvoer: unknown): Promise<Resultaat<unknown>> {
    try {
      if (!isKanaalNaam(kanaalNaam)) throw new KetenFout('ONBEKEND_KANAAL', melding('api.onbekendKanaal', { kanaalNaam }));
      const k = kanalen[kanaalNaam];
      await sessie.vergrendelBijInactiviteit();
      if (k.toegang !== 'open') {
        const b = sessie.aangemeld();
        if (!magRolKanaal(k, b.gebruiker.rol, b.instellingen.profiel)) {
          await b.audit('toegang.geweigerd', `kanaal:${kanaalNaam}`, { rol: b.gebruiker.rol });
          const elders = k.profielen && !k.profielen.includes(b.instellingen.profiel);
          const weigering = elders
            ? melding('toegang.anderProfiel', { profiel: b.instellingen.profiel, handeling: alsZinsdeel(k.omschrijving) })
            : melding('toegang.rolMagNiet', { rol: b.gebruiker.rol, handeling: alsZinsdeel(k.omschrijving) });
          throw new KetenFout('GEEN_TOEGANG', weigering, {
            ...(kanaalNaam.startsWith('audit.') || kanaalNaam.startsWith('rechten.') ? { artikel: 'art. 12.22' } : { artikel: 'art. 15.3' }),
          });
        }
        // Art. 21.2: no case data before the account has acknowledged the duty of confidentiality (ADR 0043).
        if (!VOOR_GEHEIMHOUDING.has(kanaalNaam) && (await sessie.geheimhoudingOpen())) {
          const artikel = sessie.geheimhoudingstekst.artikel;
          await b.audit('toegang.geweigerd', `kanaal:${kanaalNaam}`, { rol: b.gebruiker.rol, reden: 'geheimhouding', artikel });
          throw new KetenFout('GEHEIMHOUDING_NIET_BEVESTIGD', melding('geheimhouding.eerstBevestigen', { handeling: alsZinsdeel(k.omschrijving) }), { artikel });
        }
        sessie.activiteit();
      }
      const geparst = k.invoer.safeParse(ruweInvoer ?? {});
      if (!geparst.success) {
        throw new KetenFout('ONGELDIGE_INVOER', melding('invoer.zieVelden'), { velden: veldfoutenUitZod(geparst.error) });
      }
      const handler = handlers[kanaalNaam] as Handler<KanaalNaam>;
      const uitkomst = await handler(geparst.data as never, sessie);
      // Only what the contract declares leaves the backend; unknown fields are stripped here.
      return { ok: true, waarde: k.uitvoer.parse(uitkomst) };
    } catch (err) {
      if (err instanceof KetenFout) return { ok: false, fout: err.naarFout() };
      if (err instanceof z.ZodError) {
        return { ok: false, fout: new KetenFout('INTERNE_FOUT', melding('api.contract')).naarFout() };
      }
      if (isBeschadigd(err)) {
        process.stderr.write(`ketenbestand: beschadigde pagina gelezen in ${kanaalNaam}\n`);
        return { ok: false, fout: beschadigdFout().naarFout() };
      }
      // Never echo an unknown error to the page: it might carry data. Only its kind goes to stderr.
      process.stderr.write(`ketenbestand: interne fout in ${kanaalNaam}: ${(err as Error)?.name ?? 'onbekend'}\n`);
      if (process.env.KETENBESTAND_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
      return { ok: false, fout: new KetenFout('INTERNE_FOUT', melding('api.intern')).naarFout() };
    }
  }

  return { aanroepen, afsluiten: () => sessie.stoppen(), sessie };
}
