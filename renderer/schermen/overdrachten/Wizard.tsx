/**
 * The handover wizard (art. 16.5–16.7) for one dossier:
 * 1. per recipient what it will and will not receive, each item with the policy's decision and its
 *    article, and what still blocks the handover (no trusted key, a partner that left, …);
 * 2. one signed, encrypted bundle per acting partner, written to a folder (the USB stick);
 * 3. the purge: what remains (the interventions, the anonymised analysis records), what goes, and a
 *    confirmed, irreversible purge.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '@shared/domein/dossier';
import { roep } from '../../api/client';
import { PaginaKop } from '../../componenten/PaginaKop';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Succes } from '../../componenten/Succes';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { NieuweToestemming, type Voorinvulling } from '../dossiers/Toestemmingen';
import { Bezig } from '../../componenten/Bezig';
import { useLaden } from '../../componenten/useLaden';
import { type Voorbeeld, type Resultaat } from './wizard/typen';
import { StapWat } from './wizard/StapWat';
import { StapSchrijven } from './wizard/StapSchrijven';
import { StapOpschonen } from './wizard/StapOpschonen';
import { useNavigatie } from '../../store/navigatie';
import { useDialoog } from '../../componenten/useDialoog';

const STAPPEN = ['wat', 'schrijven', 'opschonen'] as const;
type Stap = 0 | 1 | 2;

export function Wizard({ dossierId }: { dossierId: number }) {
  const { t } = useTranslation();
  const sluitWizard = useNavigatie((s) => s.terug);
  const [stap, setStap] = useState<Stap>(0);
  const [resultaat, setResultaat] = useState<Resultaat | null>(null);
  // Recording a missing consent in place: the dossier (for the dialog's subjects) is fetched on demand.
  const dossierActie = useActie();
  const [dossier, setDossier] = useState<DossierDetail | null>(null);
  const [toestemming, setToestemming] = useState<Voorinvulling | null>(null);
  const toestemmingDialoog = useDialoog();
  const [melding, setMelding] = useState<string | null>(null);
  const laadActie = useLaden(() => roep('overdracht.voorbereiden', { dossierId }), [dossierId]);
  const voorbeeld: Voorbeeld | null = laadActie.data;
  const laden = laadActie.herladen;

  const toestemmingVastleggen = async (v: Voorinvulling) => {
    setMelding(null);
    const d = await dossierActie.uitvoeren(() => roep('dossiers.detail', { id: dossierId }));
    if (!d) return;
    setDossier(d);
    setToestemming(v);
    toestemmingDialoog.openen();
  };

  const geblokkeerd = (voorbeeld?.ontvangers ?? []).some((o) => o.blokkades.length > 0);
  const nummer = voorbeeld?.dossier.nummer ?? '';

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={sluitWizard} sx={{ mb: 1.5 }}>
        {t('overdracht.wizard.terug')}
      </Button>
      <PaginaKop titel={nummer ? t('overdracht.wizard.titel', { nummer }) : t('overdracht.wizard.titelLaden')} intro={t('overdracht.wizard.intro')} focus={Boolean(nummer) || Boolean(laadActie.fout)} />
      <Stepper activeStep={stap} alternativeLabel sx={{ mb: 3 }} aria-label={t('overdracht.wizard.stappen')}>
        {STAPPEN.map((s, i) => (
          <Step key={s} completed={i < stap || (i === 1 && resultaat !== null)}>
            <StepLabel>
              {t(`overdracht.wizard.stap.${s}`)}
              {i === stap && <Verborgen>{t('overdracht.wizard.huidigeStap')}</Verborgen>}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {laadActie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={laadActie.fout} />
        </Box>
      )}
      {dossierActie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={dossierActie.fout} />
        </Box>
      )}
      {stap === 0 && <Succes tekst={melding} onSluiten={() => setMelding(null)} />}
      {!voorbeeld && !laadActie.fout && <Bezig tekst={t('overdracht.wizard.laden')} />}
      {voorbeeld && stap === 0 && (
        <StapWat
          voorbeeld={voorbeeld}
          geblokkeerd={geblokkeerd}
          bezig={laadActie.bezig}
          toestemmingBezig={dossierActie.bezig}
          onToestemming={(v) => void toestemmingVastleggen(v)}
          onOpnieuw={() => void laden()}
          onVerder={() => setStap(1)}
        />
      )}
      {dossier && (
        <NieuweToestemming
          open={toestemmingDialoog.open}
          dossier={dossier}
          {...(toestemming ? { voorinvulling: toestemming } : {})}
          onSluiten={toestemmingDialoog.sluiten}
          onKlaar={toestemmingDialoog.klaar((m: string) => {
            setMelding(m);
            void laden();
          })}
        />
      )}
      {voorbeeld && stap === 1 && (
        <StapSchrijven
          dossierId={dossierId}
          voorbeeld={voorbeeld}
          resultaat={resultaat}
          onGeschreven={setResultaat}
          onTerug={() => setStap(0)}
          onVerder={() => setStap(2)}
        />
      )}
      {voorbeeld && stap === 2 && <StapOpschonen dossierId={dossierId} nummer={nummer} />}
    </>
  );
}
