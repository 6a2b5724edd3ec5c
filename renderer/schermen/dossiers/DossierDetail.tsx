import { useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import UndoOutlinedIcon from '@mui/icons-material/UndoOutlined';
import { useTranslation } from 'react-i18next';
import { DOSSIERFASEN, type DossierDetail as Detail, type Dossierfase } from '@shared/domein/dossier';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum } from '../../opmaak';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Laadstatus } from '../../componenten/Laadstatus';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Succes } from '../../componenten/Succes';
import { TerugKnop } from '../../componenten/TerugKnop';
import { Veld } from '../../componenten/Veld';
import { useDialoog, type DialoogProps } from '../../componenten/useDialoog';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';
import { usePartners } from '../../componenten/naslag';
import { FaseChip } from '../../componenten/FaseChip';
import { Tabbladen } from '../signalen/Tabbladen';
import { Betrokkenen, Tijdlijn, Verstrekkingen } from './Overzichten';
import { DossierSignalen } from './DossierSignalen';
import { Navragen } from './Navragen';
import { BuitenOverdracht } from './BuitenOverdracht';
import { Toestemmingen } from './Toestemmingen';
import { Matrix } from './Matrix';
import { Spoed } from './Spoed';
import { type DossierTab, useNavigatie } from '../../store/navigatie';

export interface TabProps {
  dossier: Detail;
  /** Reloads the dossier and says what was done. */
  herladen(melding?: string): Promise<void>;
}

/**
 * Dossiers → one dossier: its process step with the allowed next steps (art. 10.1), and the tabs
 * with what was recorded about it. Persons are anonymised until the user asks (logged).
 */
export function DossierDetail({ id, tab: beginTab, vanOverdracht = false }: { id: number; tab: DossierTab; vanOverdracht?: boolean }) {
  const { t } = useTranslation();
  const mag = useMag();
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const naar = useNavigatie((s) => s.naar);
  usePartners();
  const [vorm, setVorm] = useState<'geanonimiseerd' | 'identificeerbaar'>('geanonimiseerd');
  const [tab, setTab] = useState<DossierTab>(beginTab);
  const succes = useSucces();
  const naarFase = useDialoog<Dossierfase>();
  const detail = useLaden(() => roep('dossiers.detail', { id, vorm }), [id, vorm]);
  const d = detail.data;
  const { herladen: laden } = detail;
  const { tonen, onSluiten: succesWeg } = succes;

  const herladen = useCallback(
    async (melding?: string) => {
      // The confirmation appears only once the screen shows what the action changed.
      if (!melding) succesWeg();
      await laden();
      if (melding) tonen(melding);
    },
    [laden, tonen, succesWeg],
  );

  // From the handover wizard ("Kiezen wat nodig is"), back leads to that wizard, not to the list.
  const terug = vanOverdracht ? (
    <TerugKnop tekst={t('overdrachtTerug.naarWizard')} onTerug={() => naar({ naam: 'overdrachten', wizardDossierId: id })} />
  ) : (
    <TerugKnop tekst={t('keten.dossier.terug')} onTerug={() => naarDossiers({ soort: 'lijst' })} />
  );
  if (!d) {
    return (
      <>
        {terug}
        <Laadstatus laden={detail} />
      </>
    );
  }

  const index = DOSSIERFASEN.indexOf(d.fase);
  const tabs: Array<{ waarde: DossierTab; label: string }> = [
    { waarde: 'tijdlijn', label: t('keten.dossier.tab.tijdlijn') },
    { waarde: 'signalen', label: t('keten.dossier.tab.signalen', { aantal: d.signalen.length }) },
    { waarde: 'betrokkenen', label: t('keten.dossier.tab.betrokkenen', { aantal: d.betrokkenen.length }) },
    { waarde: 'navraag', label: t('keten.dossier.tab.navraag', { aantal: d.navragen.length }) },
    { waarde: 'toestemmingen', label: t('keten.dossier.tab.toestemmingen', { aantal: d.toestemmingen.length }) },
    { waarde: 'matrix', label: t('keten.dossier.tab.matrix') },
    { waarde: 'verstrekkingen', label: t('keten.dossier.tab.verstrekkingen', { aantal: d.verstrekkingen.length }) },
    { waarde: 'spoed', label: t('keten.dossier.tab.spoed', { aantal: d.spoed.length }) },
    ...(mag('overdracht.buitenApp.lijst') ? [{ waarde: 'overdracht' as const, label: t('buiten.tab') }] : []),
  ];
  const props: TabProps = { dossier: d, herladen };

  return (
    <>
      {terug}
      <PaginaKop
        titel={t('keten.dossier.titel', { nummer: d.nummer, titel: d.titel })}
        intro={
          <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
            <FaseChip fase={d.fase} />
            <span>{t('keten.dossier.aangemaakt', { datum: nlDatum(d.aangemaakt) })}</span>
            {d.geslotenOp && <span>{t('keten.dossier.geslotenOp', { datum: nlDatum(d.geslotenOp) })}</span>}
          </Box>
        }
        acties={
          mag('dossiers.faseWijzigen') &&
          d.volgendeFasen.map((f) => {
            const terugStap = DOSSIERFASEN.indexOf(f) < index;
            return (
              <Button key={f} variant={terugStap ? 'outlined' : 'contained'} startIcon={terugStap ? <UndoOutlinedIcon /> : <ArrowForwardIcon />} onClick={() => naarFase.openen(f)}>
                {t(terugStap ? 'keten.dossier.terugNaar' : 'keten.dossier.naar', { fase: t(`keten.dossierfase.${f}`).toLowerCase() })}
              </Button>
            );
          })
        }
      />
      <Box component="ol" aria-label={t('keten.dossier.proces')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, mb: 3, listStyle: 'none' }}>
        {DOSSIERFASEN.filter((f) => f !== 'gesloten').map((f, i) => (
          <Box
            component="li"
            key={f}
            {...(f === d.fase ? { 'aria-current': 'step' as const } : {})}
            sx={{
              px: 1.5,
              py: 0.5,
              fontSize: '0.8rem',
              borderRadius: 1,
              border: 1,
              borderColor: f === d.fase ? 'primary.main' : 'divider',
              bgcolor: f === d.fase ? 'primary.main' : i < index ? '#e3eaf3' : 'background.paper',
              color: f === d.fase ? 'primary.contrastText' : 'text.primary',
              fontWeight: f === d.fase ? 700 : 400,
            }}
          >
            {i + 1}. {t(`keten.dossierfase.${f}`)}
          </Box>
        ))}
      </Box>
      <Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />
      <Laadstatus laden={detail} />
      <Tabbladen<DossierTab>
        label={t('keten.dossier.tabs')}
        waarde={tab}
        tabs={tabs}
        onWissel={(w) => {
          succes.onSluiten();
          setTab(w);
        }}
      >
        {tab === 'tijdlijn' && <Tijdlijn {...props} />}
        {tab === 'signalen' && <DossierSignalen {...props} />}
        {tab === 'betrokkenen' && <Betrokkenen {...props} vorm={vorm} onVorm={setVorm} />}
        {tab === 'navraag' && <Navragen {...props} />}
        {tab === 'toestemmingen' && <Toestemmingen {...props} />}
        {tab === 'matrix' && <Matrix {...props} />}
        {tab === 'verstrekkingen' && <Verstrekkingen {...props} />}
        {tab === 'spoed' && <Spoed {...props} />}
        {tab === 'overdracht' && <BuitenOverdracht {...props} />}
      </Tabbladen>
      <FaseDialoog {...naarFase.props(herladen)} dossier={d} />
    </>
  );
}

/** A step in the process of art. 10.1, with the reason recorded in the timeline. */
function FaseDialoog({ dossier, open, onSluiten, onKlaar }: DialoogProps<Dossierfase, [string]> & { dossier: Detail }) {
  const { t } = useTranslation();
  const naar = useLaatste(open);
  const fase = naar ? t(`keten.dossierfase.${naar}`).toLowerCase() : '';
  const form = useFormDialoog({
    open,
    begin: () => ({ toelichting: '' }),
    verzenden: (w) => roep('dossiers.faseWijzigen', { id: dossier.id, naar: naar ?? dossier.fase, toelichting: w.toelichting }),
    onKlaar: () => onKlaar(t('keten.dossier.faseGezet', { fase })),
  });
  if (!naar) return null;
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('keten.dossier.faseTitel', { fase })}
      uitleg={t('keten.dossier.faseUitleg', { van: t(`keten.dossierfase.${dossier.fase}`).toLowerCase(), naar: fase })}
      verzendTekst={t('keten.dossier.faseZetten')}
      bekendeVelden={['toelichting']}
      onSluiten={onSluiten}
    >
      <Veld {...form.veld('toelichting')} label={t('keten.dossier.toelichting')} multiline minRows={2} autoFocus />
    </FormDialoog>
  );
}
