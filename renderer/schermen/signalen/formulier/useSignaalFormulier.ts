/**
 * Signaal form → loading, editing and saving one Format casus. A draft saves without checks; submitting
 * checks the whole form (backend) and answers with the signals that may be about the same person
 * (art. 7.2). After a refusal the first field in error gets the focus.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { controleerVolledig } from '@shared/domein/signaal';
import type { Fout, Veldfout } from '@shared/fouten';
import { roep } from '../../../api/client';
import { normaalPad, zetPad } from '../formulierVelden';
import { kenmerkenVan, nieuwFormulier, samenstellen, uitBestaand, type Opgeslagen } from './staat';
import { veldTekst } from '../../../i18n/meldingen';

export function useSignaalFormulier(beginId: number | undefined) {
  const { t } = useTranslation();
  const [id, setId] = useState<number | undefined>(beginId);
  const [nummer, setNummer] = useState<string | null>(null);
  const [status, setStatus] = useState<'concept' | 'ingediend' | null>(beginId ? null : 'concept');
  const [staat, setStaat] = useState(nieuwFormulier);
  const [laadFout, setLaadFout] = useState<Fout | null>(null);
  const [geladen, setGeladen] = useState(!beginId);
  const [bestaandeIndicatoren, setBestaandeIndicatoren] = useState<number[]>([]);

  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Fout | null>(null);
  const [veldfouten, setVeldfouten] = useState<Veldfout[]>([]);
  const [succes, setSucces] = useState<string | null>(null);
  const [uitkomst, setUitkomst] = useState<Opgeslagen | null>(null);
  const [bestaandIngediend, setBestaandIngediend] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusVraag, setFocusVraag] = useState(0);

  // Editing needs the identifying form; the backend logs that view (art. 6.2, 9.5).
  useEffect(() => {
    if (!beginId) return;
    let weg = false;
    void roep('signalen.detail', { id: beginId, vorm: 'identificeerbaar' }).then((r) => {
      if (weg) return;
      if (!r.ok) {
        setLaadFout(r.fout);
        return;
      }
      setStaat({ f: r.waarde.formulier, datums: uitBestaand(r.waarde.formulier) });
      setNummer(r.waarde.nummer);
      setStatus(r.waarde.status);
      setBestaandeIndicatoren(r.waarde.formulier.indicatoren);
      setGeladen(true);
    });
    return () => {
      weg = true;
    };
  }, [beginId]);

  const { f, datums } = staat;
  const zet = useCallback((pad: string, waarde: unknown) => setStaat((s) => ({ ...s, f: zetPad(s.f, pad, waarde) })), []);
  const zetDatum = useCallback((pad: string, tekst: string) => setStaat((s) => ({ ...s, datums: { ...s.datums, [pad]: tekst } })), []);
  const foutVoor = useCallback(
    (pad: string) => {
      const v = veldfouten.find((w) => normaalPad(w.pad) === pad);
      return v ? veldTekst(v, t as never) : undefined;
    },
    [veldfouten, t],
  );
  const context = useMemo(() => ({ f, zet, fout: foutVoor, veldfouten, datums, zetDatum }), [f, zet, foutVoor, veldfouten, datums, zetDatum]);

  // What the form says about the victim, live: minor (art. 5.4, 8.4) and youth prostitution (footnote 13).
  const flags = useMemo(() => kenmerkenVan(staat), [staat]);

  // After a refusal: the first field in error gets the focus and comes into view.
  useEffect(() => {
    if (focusVraag === 0 || !formRef.current) return;
    const paden = new Set(veldfouten.map((v) => normaalPad(v.pad)));
    const eerste = [...formRef.current.querySelectorAll<HTMLElement>('[data-pad]')].find((el) => paden.has(el.dataset.pad ?? ''));
    const doel = eerste?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, [role=combobox], [tabindex]:not([tabindex="-1"])');
    if (doel) {
      doel.focus({ preventScroll: true });
      doel.scrollIntoView({ block: 'center' });
    } else document.getElementById('formulier-fouten')?.focus();
  }, [focusVraag, veldfouten]);

  const opslaan = async (indienen: boolean) => {
    setSucces(null);
    const { formulier, lokaal } = samenstellen(staat, t);
    if (lokaal.length) {
      setFout({ code: 'ONGELDIGE_INVOER', melding: t('fout.velden') });
      setVeldfouten(lokaal);
      setFocusVraag((n) => n + 1);
      return;
    }
    setBezig(true);
    try {
      const r = await roep('signalen.opslaan', { ...(id ? { id } : {}), formulier, indienen });
      if (r.ok) {
        setFout(null);
        setVeldfouten([]);
        setId(r.waarde.id);
        setNummer(r.waarde.nummer);
        setStatus(r.waarde.status);
        if (r.waarde.status === 'ingediend') {
          setBestaandIngediend(status === 'ingediend');
          setUitkomst(r.waarde);
        }
        else setSucces(t('keten.formulier.conceptOpgeslagen', { nummer: r.waarde.nummer }));
        return;
      }
      let velden = r.fout.velden ?? [];
      // The backend checks the schema first and completeness only after; so that one attempt shows
      // every problem, the same shared completeness check runs here when the schema refused.
      if (indienen && r.fout.code === 'ONGELDIGE_INVOER') {
        const bekend = new Set(velden.map((v) => normaalPad(v.pad)));
        velden = [...velden, ...controleerVolledig(formulier).filter((v) => !bekend.has(normaalPad(v.pad)))];
      }
      setFout(r.fout);
      setVeldfouten(velden);
      setFocusVraag((n) => n + 1);
    } finally {
      setBezig(false);
    }
  };

  return { id, nummer, status, laadFout, geladen, bestaandeIndicatoren, bezig, fout, veldfouten, succes, setSucces, uitkomst, bestaandIngediend, formRef, context, flags, opslaan };
}
