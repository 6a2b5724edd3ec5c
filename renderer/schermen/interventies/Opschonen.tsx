import { useCallback, useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import DeleteForeverOutlinedIcon from '@mui/icons-material/DeleteForeverOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import type { Resultaat } from '@shared/fouten';
import { codelijstWoord, codeWoord, maandWoord, taalVan, type Taal } from '@shared/meldingen/codewoorden';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum } from '../../opmaak';
import { Bevestiging } from '../../componenten/Bevestiging';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Sectie } from '../../componenten/Sectie';
import { Tabel } from '../../componenten/Tabel';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { useLaden } from '../../componenten/useLaden';
import { useNavigatie } from '../../store/navigatie';

type Plan = Uitvoer<'opschonen.plan'>;
type Kandidaat = Uitvoer<'opschonen.kandidaten'>[number];

/**
 * The purge after a decision (art. 16.6–16.8): a preview of what remains (the interventions to
 * follow), what goes, and the anonymised analysis records that are kept (art. 19, 22.6); then, for
 * the ketenregisseur only, the irreversible purge itself.
 */
/** A cell of the analysis record in words: months, forms of exploitation and sources as a reader says them (ADR 0037). */
function analyseWoord(k: (typeof ANALYSE_KOLOMMEN)[number], a: Plan['analyse'][number], taal: Taal): string {
  if (k === 'maand') return maandWoord(a.maand, taal);
  if (k === 'soortUitbuiting') return codelijstWoord(a.soortUitbuiting, taal);
  if (k === 'kwalificatie') return a.kwalificatie;
  return codeWoord(a[k], taal);
}

const ANALYSE_KOLOMMEN = ['maand', 'soortUitbuiting', 'kwalificatie', 'leeftijdsband', 'geslacht', 'nationaliteitsgroep', 'bronsoort', 'uitkomst'] as const;

/**
 * The candidates, from the backend: dossiers decided "geen actie", and dossiers with a recorded
 * handover (by bundle or outside the app) that still hold signals. A dossier past its meeting
 * without a recorded handover is no candidate (the overview flags it instead).
 */
const kandidatenLaden = (): Promise<Resultaat<Kandidaat[]>> => roep('opschonen.kandidaten', {});

export function Opschonen() {
  const { t, i18n } = useTranslation();
  const taal = taalVan(i18n.language);
  const mag = useMag();
  const voorkeur = useNavigatie((s) => (s.pagina.naam === 'overleggen' ? s.pagina.opschonenDossierId : null));
  const planActie = useActie();
  const uitvoerActie = useActie();
  const [gekozen, setGekozen] = useState<Kandidaat | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const [klaar, setKlaar] = useState<{ nummer: string; plan: Plan } | null>(null);
  const { uitvoeren: planUitvoeren } = planActie;
  const laatst = useLaatste(gekozen);
  const kandidaten = useLaden(kandidatenLaden, []);

  const bekijken = useCallback(
    async (k: Kandidaat) => {
      setGekozen(k);
      setPlan(null);
      const p = await planUitvoeren(() => roep('opschonen.plan', { dossierId: k.id, reden: k.reden }));
      if (p) setPlan(p);
    },
    [planUitvoeren],
  );

  // Opened from the meeting's decision or the dashboard: show that dossier's preview once, on the
  // first list that holds it (not again after a later reload).
  const { data: alle } = kandidaten;
  const getoond = useRef<number | null>(null);
  useEffect(() => {
    const k = alle?.find((x) => x.id === voorkeur);
    if (k && getoond.current !== k.id) {
      getoond.current = k.id;
      void bekijken(k);
    }
  }, [alle, voorkeur, bekijken]);

  const opschonen = async () => {
    if (!gekozen) return;
    const r = await uitvoerActie.uitvoeren(() => roep('opschonen.uitvoeren', { dossierId: gekozen.id, reden: gekozen.reden }));
    if (r) {
      setBevestigen(false);
      setKlaar({ nummer: gekozen.nummer, plan: r });
      setGekozen(null);
      setPlan(null);
      void kandidaten.herladen();
    }
  };

  return (
    <>
      {klaar && (
        <Alert severity="success" role="status" onClose={() => setKlaar(null)} sx={{ mb: 2 }} data-testid="opgeschoond">
          {t('overleg.opschonen.klaar', { nummer: klaar.nummer, count: klaar.plan.analyse.length })}
        </Alert>
      )}
      <Sectie titel={t('overleg.opschonen.titel')} uitleg={t('overleg.opschonen.uitleg')}>
        <Tabel<Kandidaat>
          label={t('overleg.opschonen.tabel')}
          dicht
          laden={kandidaten}
          sleutel={(k) => String(k.id)}
          leeg={t('overleg.opschonen.geen')}
          geselecteerd={(k) => gekozen?.id === k.id}
          rijAttributen={(k) => ({ 'data-dossier': k.nummer })}
          kolommen={[
            { id: 'dossier', kop: t('overleg.opschonen.dossier'), rijkop: true, cel: (k) => `${k.nummer} ${k.titel}` },
            { id: 'reden', kop: t('overleg.opschonen.reden'), cel: (k) => (k.gronden.length ? <Gronden gronden={k.gronden} /> : t(`overleg.opschonen.redenen.${k.reden}`)) },
            { id: 'sinds', kop: t('overleg.opschonen.sinds'), cel: (k) => (k.sinds ? nlDatum(k.sinds) : t('algemeen.leeg')) },
          ]}
          acties={(k) => (
            <Button size="small" onClick={() => void bekijken(k)}>
              {t('overleg.opschonen.bekijken')}
              <Verborgen>{k.nummer}</Verborgen>
            </Button>
          )}
        />
      </Sectie>
      {planActie.fout && <FoutMelding fout={planActie.fout} />}
      {gekozen && plan && (
        <Sectie titel={t('overleg.opschonen.voorbeeldTitel', { nummer: plan.dossierNummer })} uitleg={t(`overleg.opschonen.voorbeeldUitleg.${gekozen.reden}`)}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3, mb: 3 }}>
            <Box>
              <Typography variant="h3" sx={{ mb: 1 }}>
                {t('overleg.opschonen.blijft')}
              </Typography>
              {plan.blijft.interventies.length === 0 ? (
                <Typography variant="body2">{t('overleg.opschonen.geenInterventies')}</Typography>
              ) : (
                <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }} data-testid="blijft">
                  {plan.blijft.interventies.map((iv) => (
                    <li key={`${iv.partner}-${iv.omschrijving}`}>
                      {t('overleg.besluit.interventieRegel', { partner: iv.partner, omschrijving: iv.omschrijving, deadline: nlDatum(iv.deadline) })} ({codeWoord(iv.status, taal)})
                    </li>
                  ))}
                </Box>
              )}
            </Box>
            <Box>
              <Typography variant="h3" sx={{ mb: 1 }}>
                {t('overleg.opschonen.verdwijnt')}
              </Typography>
              <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }} data-testid="verdwijnt">
                {(['signalen', 'personen', 'navragen', 'toestemmingen', 'notities'] as const).map((k) => (
                  <li key={k}>{t(`overleg.opschonen.aantallen.${k}`, { count: plan.verdwijnt[k] })}</li>
                ))}
              </Box>
            </Box>
          </Box>
          <Typography variant="h3" sx={{ mb: 1 }}>
            {t('overleg.opschonen.analyse', { count: plan.analyse.length })}
          </Typography>
          <Tabel<Plan['analyse'][number]>
            label={t('overleg.opschonen.analyseTabel')}
            dicht
            sx={{ mb: 3 }}
            rijen={plan.analyse}
            sleutel={(a) => String(plan.analyse.indexOf(a))}
            kolommen={ANALYSE_KOLOMMEN.map((k) => ({
              id: k,
              kop: t(`overleg.opschonen.kolom.${k}`),
              nowrap: k === 'maand',
              cel: (a) => analyseWoord(k, a, taal) || t('algemeen.leeg'),
            }))}
          />
          <Alert severity="error" variant="outlined" sx={{ mb: 2 }}>
            <AlertTitle>{t('overleg.opschonen.onomkeerbaarTitel')}</AlertTitle>
            {t(`overleg.opschonen.onomkeerbaar.${gekozen.reden}`)}
          </Alert>
          {plan.gronden.length > 0 && (
            <Box sx={{ mb: 2 }} data-testid="gronden">
              <Typography variant="h3" sx={{ mb: 1 }}>
                {t('buiten.grondenTitel')}
              </Typography>
              <Gronden gronden={plan.gronden} />
            </Box>
          )}
          {plan.weigering ? (
            <Alert severity="warning" data-testid="weigering">
              {plan.weigering.melding}
            </Alert>
          ) : mag('opschonen.uitvoeren') ? (
            <Button
              variant="contained"
              color="error"
              startIcon={<DeleteForeverOutlinedIcon />}
              onClick={() => {
                uitvoerActie.wissen();
                setBevestigen(true);
              }}
            >
              {t('overleg.opschonen.knop')}
              <Verborgen>{plan.dossierNummer}</Verborgen>
            </Button>
          ) : (
            <Alert severity="info">{t('overleg.opschonen.alleenRegisseur')}</Alert>
          )}
        </Sectie>
      )}
      <Bevestiging
        open={bevestigen}
        titel={t('overleg.opschonen.bevestigTitel', { nummer: laatst?.nummer ?? '' })}
        tekst={t(`overleg.opschonen.bevestigTekst.${laatst?.reden ?? 'geen-actie'}`, { count: plan?.analyse.length ?? 0 })}
        bevestigTekst={t('overleg.opschonen.knop')}
        actie={uitvoerActie}
        onSluiten={() => setBevestigen(false)}
        onBevestigen={() => void opschonen()}
      />
    </>
  );
}

/** What a purge after handover rests on: each recorded handover, by bundle or outside the app, in words. */
export function Gronden({ gronden }: { gronden: Plan['gronden'] }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
      {gronden.map((g, i) => (
        <li key={i}>
          {g.soort === 'bundel'
            ? t('buiten.grond.bundel', { datum: nlDatum(g.tijd) })
            : t('buiten.grond.buiten-app', { partner: g.partner ?? '', datum: nlDatum(g.tijd), kanaal: g.kanaal ? t(`buiten.kanalen.${g.kanaal as 'overleg'}`) : '' })}
        </li>
      ))}
    </Box>
  );
}
