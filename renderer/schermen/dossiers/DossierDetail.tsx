import { useCallback, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import UndoOutlinedIcon from '@mui/icons-material/UndoOutlined';
import { useTranslation } from 'react-i18next';
import { DOSSIERFASEN, type DossierDetail as Detail, type Dossierfase } from '../../../shared/domein/dossier';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum } from '../../opmaak';
import { FormDialoog } from '../../componenten/FormDialoog';
import { FoutMelding } from '../../componenten/FoutMelding';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { usePartners } from '../signalen/naslag';
import { Tabbladen } from '../signalen/Tabbladen';
import { FaseChip } from './FaseChip';
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
export function DossierDetail({ id, tab: beginTab }: { id: number; tab: DossierTab }) {
  const { t } = useTranslation();
  const mag = useMag();
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  usePartners();
  const laadActie = useActie();
  const [d, setD] = useState<Detail | null>(null);
  const [vorm, setVorm] = useState<'geanonimiseerd' | 'identificeerbaar'>('geanonimiseerd');
  const [tab, setTab] = useState<DossierTab>(beginTab);
  const [succes, setSucces] = useState<string | null>(null);
  const [naarFase, setNaarFase] = useState<Dossierfase | null>(null);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const r = await uitvoeren(() => roep('dossiers.detail', { id, vorm }));
    if (r) setD(r);
  }, [uitvoeren, id, vorm]);
  useEffect(() => {
    void laden();
  }, [laden]);

  const herladen = useCallback(
    async (melding?: string) => {
      setSucces(melding ?? null);
      await laden();
    },
    [laden],
  );

  const terug = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => naarDossiers({ soort: 'lijst' })} sx={{ mb: 1.5 }}>
      {t('keten.dossier.terug')}
    </Button>
  );
  if (!d) {
    return (
      <>
        {terug}
        {laadActie.fout ? (
          <FoutMelding fout={laadActie.fout} />
        ) : (
          <Box role="status" sx={{ maxWidth: 480 }}>
            <Typography sx={{ mb: 1 }}>{t('keten.laden')}</Typography>
            <LinearProgress aria-hidden />
          </Box>
        )}
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
              <Button key={f} variant={terugStap ? 'outlined' : 'contained'} startIcon={terugStap ? <UndoOutlinedIcon /> : <ArrowForwardIcon />} onClick={() => setNaarFase(f)}>
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
      <Succes tekst={succes} onSluiten={() => setSucces(null)} />
      {laadActie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={laadActie.fout} onSluiten={laadActie.wissen} />
        </Box>
      )}
      <Tabbladen<DossierTab>
        label={t('keten.dossier.tabs')}
        waarde={tab}
        tabs={tabs}
        onWissel={(w) => {
          setSucces(null);
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
      <FaseDialoog dossier={d} naar={naarFase} onSluiten={() => setNaarFase(null)} onKlaar={(m) => { setNaarFase(null); void herladen(m); }} />
    </>
  );
}

/** A step in the process of art. 10.1, with the reason recorded in the timeline. */
function FaseDialoog({ dossier, naar: open, onSluiten, onKlaar }: { dossier: Detail; naar: Dossierfase | null; onSluiten(): void; onKlaar(melding: string): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const naar = useLaatste(open);
  const [toelichting, setToelichting] = useState('');
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setToelichting('');
      wissen();
    }
  }, [open, wissen]);
  if (!naar) return null;
  const fase = t(`keten.dossierfase.${naar}`).toLowerCase();
  return (
    <FormDialoog
      open={open !== null}
      titel={t('keten.dossier.faseTitel', { fase })}
      uitleg={<Typography variant="body2" color="text.secondary">{t('keten.dossier.faseUitleg', { van: t(`keten.dossierfase.${dossier.fase}`).toLowerCase(), naar: fase })}</Typography>}
      actie={actie}
      verzendTekst={t('keten.dossier.faseZetten')}
      bekendeVelden={['toelichting']}
      onSluiten={onSluiten}
      onVerzenden={async () => {
        const r = await actie.uitvoeren(() => roep('dossiers.faseWijzigen', { id: dossier.id, naar, toelichting }));
        if (r) onKlaar(t('keten.dossier.faseGezet', { fase }));
      }}
    >
      <Veld actie={actie} pad="toelichting" label={t('keten.dossier.toelichting')} value={toelichting} onChange={(e) => setToelichting(e.target.value)} multiline minRows={2} autoFocus />
    </FormDialoog>
  );
}
