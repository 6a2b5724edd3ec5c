/**
 * What an agenda or decision list holds when it is printed (docs/ontwerp.md §3 "Overleggen"). The document is built
 * for one recipient: what the policy engine withheld from that recipient is already gone and is only
 * named, with its article, in `afgeschermd` (art. 9.4, 18.2, 21.5, 21.8). `ontvanger` null is the chair's
 * full version. Dates are JJJJ-MM-DD; the PDF writes them the Dutch way.
 */
import type { Overlegsoort } from './planner';

export interface OverlegDocument {
  soort: 'agenda' | 'besluitenlijst';
  /** "College van B&W van de gemeente Voorbeeldstad" (art. 20.3) */
  penvoerder: string;
  /** The chain's name: "Ketensamenwerking Mensenhandel Regio Voorbeeld" */
  bestandsnaam: string;
  overleg: { soort: Overlegsoort; datum: string; tijd: string; locatie: string; voorzitter: string };
  /** Whose view this is; null = volledige versie voor de voorzitter. */
  ontvanger: { naam: string; organisatie: string } | null;
  deelnemers: Array<{
    naam: string;
    organisatie: string;
    /** null or absent: not (yet) recorded — an agenda is printed before the meeting. */
    aanwezig?: boolean | null;
    /** An invited expert (art. 13.3, 12.29), who signs the duty of confidentiality (art. 21.3). */
    deskundige?: boolean;
    /** When the confidentiality statement was signed (JJJJ-MM-DD or ISO), null when not. */
    geheimhoudingGetekend?: string | null;
  }>;
  punten: Array<{
    nummer: number;
    titel: string;
    soort: 'dossier' | 'signaal' | 'spoed';
    samenvatting: string;
    aantalSignalen: number;
    bronnen: string[];
    indicatoren: string[];
    voorgesteldePartners: string[];
    /** What is withheld from this recipient, with article: "2 signalen van de Belastingdienst (art. 18.2)". */
    afgeschermd: string[];
    kwalificatie?: string;
    besluit?: string;
    interventies?: Array<{ partner: string; omschrijving: string; deadline: string }>;
    notities?: string;
  }>;
  /** The audit chain's head hash (docs/ontwerp.md §5), printed small in the footer. */
  auditKop: string;
  /** ISO date-time */
  gegenereerdOp: string;
}
