import { useEffect, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslation } from 'react-i18next';
import { codelijstWoord, taalVan, type Taal } from '@shared/meldingen/codewoorden';
import type { Bestandsinfo, Uitvoer } from '@shared/api';
import type { Gebruiker } from '@shared/domein/gebruiker';
import type { Interventie } from '@shared/domein/overleg';
import type { Fout } from '@shared/fouten';
import { roep } from '../api/client';
import { useMag } from '../api/toegang';
import { useNavigatie } from '../store/navigatie';
import { nlDatum } from '../opmaak';
import { FoutMelding } from '../componenten/FoutMelding';
import { PaginaKop } from '../componenten/PaginaKop';
import { Sectie } from '../componenten/Sectie';
import { Verborgen } from '../componenten/Verborgen';
import { BewaarTegel } from './bewaring/BewaarTegel';
import { OverzichtGrafieken } from './rapportage/OverzichtGrafieken';
import { OverlegStatus, SoortLabel, WaarschuwingTekens, weekdagKort } from './overleggen/kenmerken';

type Dashboard = Uitvoer<'dashboard.overzicht'>;

/** The start page after sign-in: what needs attention in the chain, and which bestand this is. */
export function Overzicht({ gebruiker, info }: { gebruiker: Gebruiker; info: Bestandsinfo }) {
  const { t } = useTranslation();
  const mag = useMag();
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const magDashboard = mag('dashboard.overzicht');

  useEffect(() => {
    if (!magDashboard) return;
    let actueel = true;
    void roep('dashboard.overzicht', {}).then((r) => {
      if (!actueel) return;
      if (r.ok) setDashboard(r.waarde);
      else setFout(r.fout);
    });
    return () => {
      actueel = false;
    };
  }, [magDashboard]);

  const regels: Array<[string, string]> = [
    [t('overzicht.naam'), info.naam],
    [t('overzicht.penvoerder'), info.penvoerder],
    [t('overzicht.profiel'), t(`profielen.${info.profiel}`)],
    [t('overzicht.uwRol'), t(`rollen.${gebruiker.rol}`)],
    [t('overzicht.vergrendelNa'), t('overzicht.minuten', { count: info.vergrendelNaMinuten })],
    [t('overzicht.map'), info.map],
    [t('overzicht.schemaversie'), String(info.schemaversie)],
  ];
  return (
    <>
      <PaginaKop titel={t('overzicht.titel')} intro={t('overzicht.welkom', { naam: gebruiker.weergavenaam })} />
      {fout && (
        <Box sx={{ mb: 3 }}>
          <FoutMelding fout={fout} />
        </Box>
      )}
      {dashboard && <Widgets d={dashboard} rol={gebruiker.rol} />}
      {mag('rapportage.overzicht') && <OverzichtGrafieken />}
      {mag('bewaring.plan') && <BewaarTegel />}
      <Sectie titel={t('overzicht.bestand')}>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(180px, max-content) 1fr' }, columnGap: 3, rowGap: 1.25, m: 0 }}>
          {regels.map(([term, waarde]) => (
            <Box key={term} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ fontWeight: 600 }}>
                {term}
              </Typography>
              <Typography component="dd" sx={{ m: 0, wordBreak: 'break-word' }}>
                {waarde}
              </Typography>
            </Box>
          ))}
        </Box>
      </Sectie>
    </>
  );
}

function Widget({ titel, aantal, naar, naarTekst, children, testid }: { titel: string; aantal: number; naar: (() => void) | null; naarTekst: string; children: ReactNode; testid: string }) {
  const { t } = useTranslation();
  const id = `widget-${testid}`;
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid={testid}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography variant="h2" id={id} sx={{ fontSize: '1.05rem' }}>
          {titel}
        </Typography>
        <Chip size="small" label={t('overleg.dashboard.aantal', { count: aantal })} color={aantal > 0 ? 'primary' : 'default'} variant={aantal > 0 ? 'filled' : 'outlined'} />
      </Box>
      <Box sx={{ flexGrow: 1 }}>{children}</Box>
      {naar && (
        <Box>
          <Button size="small" endIcon={<ArrowForwardIcon />} onClick={naar}>
            {naarTekst}
          </Button>
        </Box>
      )}
    </Paper>
  );
}

function Leeg({ tekst }: { tekst: string }) {
  return (
    <Typography variant="body2" color="text.secondary">
      {tekst}
    </Typography>
  );
}

function Interventieregels({ lijst, teLaat }: { lijst: Interventie[]; teLaat: boolean }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.75 }}>
      {lijst.slice(0, 6).map((iv) => (
        <Box component="li" key={iv.id} sx={{ typography: 'body2' }}>
          <Box component="span" sx={{ fontWeight: 600, color: teLaat ? 'error.main' : 'text.primary', whiteSpace: 'nowrap' }}>
            {nlDatum(iv.deadline)}
          </Box>{' '}
          {iv.partner.naam} — {iv.omschrijving} <Box component="span" sx={{ color: 'text.secondary' }}>({iv.dossierNummer})</Box>
        </Box>
      ))}
      {lijst.length > 6 && <Leeg tekst={t('overleg.dashboard.meer', { count: lijst.length - 6 })} />}
    </Box>
  );
}

/** The zorgcoördinator's first tile: the next zorgoverleg and the signals still open on it (art. 14; issue 11 §7). */
function VolgendZorgoverleg({ d, taal }: { d: Dashboard; taal: Taal }) {
  const { t } = useTranslation();
  const naarOverleggen = useNavigatie((s) => s.naarOverleggen);
  const z = d.volgendZorgoverleg;
  const naar = z ? () => naarOverleggen({ naam: 'overleg', id: z.id }, { jaar: Number(z.datum.slice(0, 4)) }) : () => naarOverleggen({ naam: 'tab', tab: 'kalender' });
  return (
    <Widget titel={t('overleg.dashboard.zorgoverleg')} aantal={z?.openSignalen.length ?? 0} naar={naar} naarTekst={t('overleg.dashboard.naarZorgoverleg')} testid="volgend-zorgoverleg">
      {!z ? (
        <Leeg tekst={t('overleg.dashboard.geenZorgoverleg')} />
      ) : (
        <>
          <Typography sx={{ fontWeight: 600 }}>
            {weekdagKort(z.datum)} {nlDatum(z.datum)}
          </Typography>
          {z.openSignalen.length === 0 ? (
            <Leeg tekst={t('overleg.dashboard.geenOpenSignalen')} />
          ) : (
            <Box component="ul" aria-label={t('overleg.dashboard.openSignalen')} sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}>
              {z.openSignalen.map((s) => (
                <Box component="li" key={s.id} sx={{ typography: 'body2' }}>
                  <strong>{s.nummer}</strong> · {codelijstWoord(s.vermoedens, taal) || t('algemeen.leeg')}
                  {s.fase !== null && ` · ${t('overleg.dashboard.fase', { fase: s.fase })}`}
                </Box>
              ))}
            </Box>
          )}
        </>
      )}
    </Widget>
  );
}

/** Each widget links to the screen where the work is done. */
function Widgets({ d, rol }: { d: Dashboard; rol: string }) {
  const { t, i18n } = useTranslation();
  const zorg = rol === 'zorgcoordinator' || rol === 'assistent-zorgcoordinator';
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const naarOverleggen = useNavigatie((s) => s.naarOverleggen);
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const interventies = mag('interventies.lijst') ? () => naarOverleggen({ naam: 'tab', tab: 'interventies' }) : null;
  const opschonen = mag('opschonen.plan') ? () => naarOverleggen({ naam: 'tab', tab: 'opschonen' }) : null;
  const volgendCasus = d.volgendeOverleggen.find((o) => o.soort === 'casusoverleg');
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', xl: 'repeat(3, minmax(0, 1fr))' }, gap: 2, mb: 3 }}>
      {zorg && <VolgendZorgoverleg d={d} taal={taalVan(i18n.language)} />}
      <Widget titel={t('overleg.dashboard.overleggen')} aantal={d.volgendeOverleggen.length} naar={() => naarOverleggen({ naam: 'tab', tab: 'kalender' })} naarTekst={t('overleg.dashboard.naarOverleggen')} testid="volgende-overleggen">
        {d.volgendeOverleggen.length === 0 ? (
          <Leeg tekst={t('overleg.dashboard.geenOverleggen')} />
        ) : (
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}>
            {d.volgendeOverleggen.map((o) => (
              <Box component="li" key={o.id} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
                <Link component="button" type="button" onClick={() => naarOverleggen({ naam: 'overleg', id: o.id }, { jaar: Number(o.datum.slice(0, 4)) })} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                  {weekdagKort(o.datum)} {nlDatum(o.datum)}
                  <Verborgen>{t(`overleg.soort.${o.soort}`)}</Verborgen>
                </Link>
                <SoortLabel soort={o.soort} />
                <OverlegStatus status={o.status} />
                <WaarschuwingTekens waarschuwingen={o.waarschuwingen} />
                {o.aantalPunten > 0 && <Typography variant="body2">{t('overleg.planning.punten', { count: o.aantalPunten, open: o.openPunten })}</Typography>}
              </Box>
            ))}
          </Box>
        )}
      </Widget>
      <Widget titel={t('overleg.dashboard.teLaat')} aantal={d.interventiesTeLaat.length} naar={interventies} naarTekst={t('overleg.dashboard.naarInterventies')} testid="interventies-te-laat">
        {d.interventiesTeLaat.length === 0 ? <Leeg tekst={t('overleg.dashboard.geenTeLaat')} /> : <Interventieregels lijst={d.interventiesTeLaat} teLaat />}
      </Widget>
      <Widget titel={t('overleg.dashboard.binnenkort')} aantal={d.interventiesBinnenkort.length} naar={interventies} naarTekst={t('overleg.dashboard.naarInterventies')} testid="interventies-binnenkort">
        {d.interventiesBinnenkort.length === 0 ? <Leeg tekst={t('overleg.dashboard.geenBinnenkort')} /> : <Interventieregels lijst={d.interventiesBinnenkort} teLaat={false} />}
      </Widget>
      <Widget titel={t('overleg.dashboard.weging')} aantal={d.dossiersVoorWeging.length} naar={mag('dossiers.lijst') ? () => naar({ naam: 'dossiers' }) : null} naarTekst={t('overleg.dashboard.naarDossiers')} testid="dossiers-voor-weging">
        {d.dossiersVoorWeging.length === 0 ? (
          <Leeg tekst={t('overleg.dashboard.geenWeging')} />
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
            {d.dossiersVoorWeging.slice(0, 6).map((x) => (
              <li key={x.id}>
                {x.nummer} {x.titel}
              </li>
            ))}
            {d.dossiersVoorWeging.length > 6 && <li>{t('overleg.dashboard.meer', { count: d.dossiersVoorWeging.length - 6 })}</li>}
          </Box>
        )}
        {d.dossiersVoorWeging.length > 0 && volgendCasus && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('overleg.dashboard.wegingIn', { datum: nlDatum(volgendCasus.datum) })}
          </Typography>
        )}
      </Widget>
      <Widget
        titel={t('overleg.dashboard.spoed')}
        aantal={d.spoedTeBevestigen}
        naar={volgendCasus ? () => naarOverleggen({ naam: 'overleg', id: volgendCasus.id }, { jaar: Number(volgendCasus.datum.slice(0, 4)) }) : null}
        naarTekst={t('overleg.dashboard.naarCasusoverleg')}
        testid="spoed"
      >
        <Leeg tekst={d.spoedTeBevestigen ? t('overleg.dashboard.spoedTekst', { count: d.spoedTeBevestigen }) : t('overleg.dashboard.geenSpoed')} />
      </Widget>
      {/* Only for who can purge (the ketenregisseur and assistant): a bewerker has nothing to do here (issue 11 §7). */}
      {opschonen && (
        <Widget titel={t('overleg.dashboard.opschonen')} aantal={d.opschoningGepland.length} naar={opschonen} naarTekst={t('overleg.dashboard.naarOpschonen')} testid="opschonen">
          {d.opschoningGepland.length === 0 ? (
            <Leeg tekst={t('overleg.dashboard.geenOpschonen')} />
          ) : (
            <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.75 }}>
              {d.opschoningGepland.map((x) => (
                <Box component="li" key={x.id} sx={{ typography: 'body2' }}>
                  <Link component="button" type="button" onClick={() => naarOverleggen({ naam: 'tab', tab: 'opschonen' }, { opschonenDossierId: x.id })} sx={{ fontWeight: 600 }}>
                    {x.nummer} {x.titel}
                  </Link>{' '}
                  — {t('overleg.dashboard.opschonenSinds', { datum: nlDatum(x.sinds) })}
                </Box>
              ))}
            </Box>
          )}
        </Widget>
      )}
      {/* Art. 16.5–16.7: interventions assigned, but no handover recorded (by bundle or outside the app). */}
      <Widget titel={t('buiten.dashboard.titel')} aantal={d.zonderOverdracht.length} naar={null} naarTekst="" testid="zonder-overdracht">
        {d.zonderOverdracht.length === 0 ? (
          <Leeg tekst={t('buiten.dashboard.geen')} />
        ) : (
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.75 }}>
            {d.zonderOverdracht.map((x) => (
              <Box component="li" key={x.id} sx={{ typography: 'body2' }}>
                <Link component="button" type="button" onClick={() => naarDossiers({ soort: 'detail', id: x.id, tab: 'overdracht' })} sx={{ fontWeight: 600 }}>
                  {x.nummer} {x.titel}
                </Link>{' '}
                — {t('buiten.dashboard.regel', { count: x.interventies })}
              </Box>
            ))}
          </Box>
        )}
      </Widget>
    </Box>
  );
}
