/**
 * The slot for the actions that act on a request's confirmed persons — the inzage document (art. 25.3),
 * carrying out a correction (26), the verzet block (27.2). Helper "inzage" fills this file; the detail
 * screen renders it between the decision and the answer, so neither needs to edit the other's file.
 */
import type { VerzoekDetail } from '../../../shared/domein/rechten';

export function VerzoekActies(_p: { verzoek: VerzoekDetail; herladen: () => void }) {
  return null;
}
