import type { geheimhoudingNl } from './geheimhouding.nl';
import type { Vorm } from '../vorm';

/** English texts of the confidentiality step; the acknowledged text itself stays the covenant's Dutch. */
export const geheimhoudingEn: Vorm<typeof geheimhoudingNl> = {
  titel: 'Duty of confidentiality',
  intro: 'Before you see any data in this file, you read the duty of confidentiality from the covenant and confirm that you keep to it. Every account does this once, and again when the text changes. The text is the covenant’s own and is shown in Dutch.',
  artikelKop: 'Article 21.2 of the covenant',
  uitlegKop: 'What this means for you',
  vinkje: 'I have read this and keep to it',
  vinkjeNodig: 'First tick that you have read the text and keep to it.',
  knop: 'Confirm and continue',
  vergrendelen: 'Not now: lock',
  vastlegging: 'Version {{versie}} of the text. Your confirmation is recorded with date and time in the file and in the audit log.',
  kolom: 'Confidentiality (art. 21.2)',
  bevestigdOp: 'Confirmed on {{datum}}',
  oudeVersie: 'Version {{versie}} confirmed on {{datum}}; not yet the new text',
  nietBevestigd: 'Not yet confirmed',
};
