import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import FingerprintIcon from '@mui/icons-material/Fingerprint';
import { useTranslation } from 'react-i18next';
import { FoutMelding } from '../../componenten/FoutMelding';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Succes } from '../../componenten/Succes';
import { FormulierContext } from './formulierVelden';
import { sorteerPartners, useCatalogus, usePartners } from '../../componenten/naslag';
import { FaseEnDelen } from './formulier/FaseEnDelen';
import { Foutenlijst } from './formulier/Foutenlijst';
import { Herkomst } from './formulier/Herkomst';
import { Indicatoren } from './formulier/Indicatoren';
import { Ingediend } from './formulier/Ingediend';
import { Knoppenbalk } from './formulier/Knoppenbalk';
import { Onderdelen } from './formulier/Onderdelen';
import { Omstandigheden } from './formulier/Omstandigheden';
import { Personen } from './formulier/Personen';
import { Samenvatting } from './formulier/Samenvatting';
import { useSignaalFormulier } from './formulier/useSignaalFormulier';
import { Vermoeden } from './formulier/Vermoeden';
import { Vragen } from './formulier/Vragen';
import { normaalPad } from './formulierVelden';
import { useNavigatie } from '../../store/navigatie';

/** Room above a section the index leads to, and above the index itself: the app bar (64 px) and a margin. */
const KOP_RUIMTE = 80;

/**
 * Signalen → new or edit: every field of the Format casus (bijlage), in its sections (formulier/). A
 * draft saves without checks; submitting checks the whole form (backend) and answers with the signals
 * that may be about the same person (art. 7.2).
 */
export function SignaalFormulier({ id: beginId }: { id?: number }) {
  const { t } = useTranslation();
  const naarSignalen = useNavigatie((s) => s.naarSignalen);
  const partners = usePartners();
  const catalogus = useCatalogus();
  const s = useSignaalFormulier(beginId);
  const { id, nummer, bezig, fout, veldfouten } = s;

  const titel = nummer ? t('keten.formulier.titelBewerken', { nummer }) : t('keten.formulier.titelNieuw');

  if (s.uitkomst) return <Ingediend uitkomst={s.uitkomst} gewijzigd={s.bestaandIngediend} />;

  const terug = () => naarSignalen(id ? { soort: 'detail', id } : { soort: 'overzicht', tab: 'lijst' });
  const partnerOpties = sorteerPartners(partners ?? []).map((p) => ({ waarde: p.id, label: p.naam }));
  // Fields, not messages: the same count as the summary's heading (Foutenlijst).
  const aantalFouten = new Set(veldfouten.map((v) => normaalPad(v.pad))).size;
  const naarFouten = () => {
    const el = document.getElementById('formulier-fouten');
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={terug} sx={{ mb: 1.5 }}>
        {id ? t('keten.formulier.terugNaarSignaal') : t('keten.terugNaarSignalen')}
      </Button>
      <PaginaKop titel={titel} intro={t('keten.formulier.intro')} />
      {s.laadFout && <FoutMelding fout={s.laadFout} />}
      {!s.geladen && !s.laadFout && (
        <Box role="status" sx={{ maxWidth: 480 }}>
          <Typography sx={{ mb: 1 }}>{t('keten.laden')}</Typography>
          <LinearProgress aria-hidden />
        </Box>
      )}
      {s.geladen && (
        <FormulierContext.Provider value={s.context}>
          {/* The index beside the form on a wide screen, above it on a narrow one; it stays in view while the form scrolls. */}
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 230px' }, gap: 3, alignItems: 'start' }}>
          <Box sx={{ order: { xs: 0, lg: 1 }, position: { lg: 'sticky' }, top: { lg: KOP_RUIMTE } }}>
            <Onderdelen formRef={s.formRef} veldfouten={veldfouten} />
          </Box>
          <Box
            component="form"
            ref={s.formRef}
            noValidate
            aria-label={titel}
            sx={{ '& section, & #formulier-fouten': { scrollMarginTop: KOP_RUIMTE } }}
            onSubmit={(e) => {
              e.preventDefault();
              if (!bezig) void s.opslaan(true);
            }}
          >
            <Alert severity="info" icon={<FingerprintIcon />} sx={{ mb: 2 }}>
              {t('keten.formulier.uitlegIdentificerend')} {t('keten.formulier.uitlegVerplicht')}
              {beginId && <> {t('keten.formulier.bewerkenGelogd')}</>}
            </Alert>
            <Succes tekst={s.succes} onSluiten={() => s.setSucces(null)} />
            {fout && (
              <Box sx={{ mb: 2 }} id="formulier-fouten" tabIndex={-1}>
                <FoutMelding fout={fout} bekendeVelden={veldfouten.map((v) => v.pad)} />
                {veldfouten.length > 0 && <Foutenlijst fouten={veldfouten} />}
              </Box>
            )}
            <Herkomst partnerOpties={partnerOpties} />
            <Personen flags={s.flags} />
            <Samenvatting />
            <Vermoeden />
            <Vragen />
            <Omstandigheden />
            <Indicatoren catalogus={catalogus} bestaandeIndicatoren={s.bestaandeIndicatoren} />
            <FaseEnDelen />
            <Knoppenbalk status={s.status} bezig={bezig} aantalFouten={fout ? aantalFouten : 0} onConcept={() => void s.opslaan(false)} onTerug={terug} onNaarFouten={naarFouten} />
          </Box>
          </Box>
        </FormulierContext.Provider>
      )}
    </>
  );
}
