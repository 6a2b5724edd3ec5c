/**
 * The duty of confidentiality (art. 21.2) that every account acknowledges before it sees case data
 * (issue 11 §3; docs/beslissingen/0043-geheimhouding-bij-eerste-aanmelding.md). The text is the
 * covenant's own, quoted word for word, with a plain-Dutch reading under it. It is not translated: what
 * is acknowledged is this Dutch text, as the covenant is Dutch. Whenever the text changes, its
 * `versie` goes up by one, and every account acknowledges again.
 */
import { z } from '../zod-nl';

export const geheimhoudingstekstSchema = z.object({
  versie: z.number().int().positive(),
  /** The covenant's article, word for word. */
  artikel: z.string(),
  citaat: z.string(),
  /** What it means for the user, in plain Dutch, without adding to the covenant. */
  uitleg: z.array(z.string()),
});
export type Geheimhoudingstekst = z.infer<typeof geheimhoudingstekstSchema>;

export const GEHEIMHOUDINGSTEKST: Geheimhoudingstekst = {
  versie: 1,
  artikel: 'art. 21.2',
  citaat:
    'Voor zover de Convenantpartijen daartoe niet al verplicht zijn, leggen zij aan die medewerkers die inzage hebben of - in overeenstemming met het bepaalde in dit Convenant - op andere wijze persoonsgegevens verkrijgen uit de ketensamenwerking mensenhandel, een plicht tot geheimhouding op. Deze plicht strekt tot geheimhouding van de persoonsgegevens waarvan de medewerkers kennis nemen, behoudens voor zover enig wettelijk voorschrift hen tot mededeling verplicht of uit hun taak de noodzaak tot mededeling voortvloeit.',
  uitleg: [
    'In dit bestand ziet u gegevens over personen uit de ketensamenwerking mensenhandel. Die gegevens zijn vertrouwelijk (art. 21.1).',
    'U houdt geheim wat u over personen te weten komt: u vertelt het niet door, ook niet aan collega’s die er niet bij horen.',
    'Alleen als een wet u verplicht iets te melden, of als uw taak het nodig maakt, geeft u het door.',
  ],
};

/** When an account last acknowledged, which version of the text, and whether that is the current one. */
export const geheimhoudingsbevestigingSchema = z.object({ versie: z.number().int(), tijd: z.string(), actueel: z.boolean() });
export type Geheimhoudingsbevestiging = z.infer<typeof geheimhoudingsbevestigingSchema>;
