import { useCallback, useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslation } from 'react-i18next';
import { type Besluit, type OverlegDetail } from '@shared/domein/overleg';
import type { Partner } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { naarIsoDatum, nlDatum } from '../../opmaak';
import { FoutMelding } from '../../componenten/FoutMelding';
import { PaginaKop } from '../../componenten/PaginaKop';
import { useActie } from '../../componenten/useActie';
import { SoortLabel } from './kenmerken';
import { StatusDialoog } from './StatusDialoog';
import { Voortgang } from './vergadermodus/Voortgang';
import { Sneltoetsen } from './vergadermodus/Sneltoetsen';
import { Puntscherm } from './vergadermodus/Puntscherm';
import { Puntenlijst } from './vergadermodus/Puntenlijst';
import { useNotulen } from './vergadermodus/useNotulen';
import { useNavigatie } from '../../store/navigatie';

/**
 * Meeting mode: one screen per agenda item, driven from the keyboard. Notes and kwalificatie are
 * saved as they are typed (debounced `overleg.notuleren`), so closing the app loses nothing; the
 * decision itself is recorded with "Besluit vastleggen" (art. 12.11).
 */
export function Vergadermodus({ id }: { id: number }) {
  const { t } = useTranslation();
  const naarBoven = useNavigatie((s) => s.terug);
  const laadActie = useActie();
  const besluitActie = useActie();
  const notulen = useNotulen();
  const { opslaan, alles } = notulen;
  const [detail, setDetail] = useState<OverlegDetail | null>(null);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [index, setIndex] = useState(0);
  const [succes, setSucces] = useState<string | null>(null);
  const [afsluiten, setAfsluiten] = useState(false);
  const [afgesloten, setAfgesloten] = useState<{ melding: string } | null>(null);
  const kopRef = useRef<HTMLHeadingElement>(null);
  const eersteKeer = useRef(true);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const d = await uitvoeren(() => roep('overleg.detail', { id, weergaveVoorPartnerId: null }));
    if (!d) return null;
    setDetail(d);
    // Start at the first undecided item, once.
    if (eersteKeer.current) {
      eersteKeer.current = false;
      const eerste = d.punten.findIndex((p) => p.status === 'open');
      setIndex(eerste < 0 ? 0 : eerste);
    }
    return d;
  }, [uitvoeren, id]);

  useEffect(() => {
    void laden();
    void roep('partners.lijst', {}).then((r) => r.ok && setPartners(r.waarde));
  }, [laden]);

  const punten = detail?.punten ?? [];
  const huidig = punten[Math.min(index, Math.max(punten.length - 1, 0))];

  const gaNaar = useCallback(
    (nieuw: number) => {
      if (nieuw < 0 || nieuw >= punten.length || nieuw === index) return;
      if (huidig) void opslaan(huidig.id);
      besluitActie.wissen();
      setSucces(null);
      setIndex(nieuw);
    },
    [punten.length, index, huidig, opslaan, besluitActie],
  );

  // The item's heading takes the focus, so a screen reader announces the new item.
  const huidigId = huidig?.id;
  useEffect(() => {
    kopRef.current?.focus({ preventScroll: false });
  }, [index, huidigId]);

  const vastleggen = useCallback(async () => {
    if (!huidig || !detail || huidig.status !== 'open') return;
    const c = notulen.concept(huidig);
    await opslaan(huidig.id);
    const interventies = c.besluit === 'interventies' ? c.interventies : [];
    const lokaal: Record<string, string | false> = { besluit: c.besluit === '' && t('overleg.vergadering.kiesBesluit') };
    interventies.forEach((r, i) => {
      lokaal[`interventies.${i}.deadline`] = r.deadline.trim() !== '' && !naarIsoDatum(r.deadline) && t('datum.ongeldig');
    });
    const r = await besluitActie.uitvoeren(
      () =>
        roep('overleg.besluiten', {
          puntId: huidig.id,
          kwalificatie: c.kwalificatie,
          besluit: c.besluit === '' ? null : c.besluit,
          notities: c.notities,
          interventies: interventies.map((r) => ({ partnerId: r.partnerId === '' ? null : r.partnerId, omschrijving: r.omschrijving.trim(), deadline: naarIsoDatum(r.deadline) })),
          // Art. 21.6: only a weighing typed here is sent; an untouched field keeps the dossier's own.
          ...((c.besluit === 'interventies' || c.besluit === 'emm') && c.belangenafweging !== undefined ? { belangenafweging: c.belangenafweging } : {}),
        }),
      lokaal,
    );
    if (r) {
      notulen.vergeet(huidig.id);
      setSucces(t('overleg.vergadering.vastgelegd', { titel: huidig.titel, besluit: t(`overleg.besluiten.${c.besluit as Besluit}`) }));
      await laden();
    }
  }, [huidig, detail, opslaan, notulen, besluitActie, laden, t]);

  // Alt+→ / Alt+← between items, Ctrl+Enter records the decision.
  useEffect(() => {
    const toets = (e: KeyboardEvent) => {
      if (afsluiten) return;
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        e.preventDefault();
        gaNaar(index + (e.key === 'ArrowRight' ? 1 : -1));
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        void vastleggen();
      }
    };
    window.addEventListener('keydown', toets);
    return () => window.removeEventListener('keydown', toets);
  }, [gaNaar, index, vastleggen, afsluiten]);

  if (!detail) {
    return (
      <>
        {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
        {!laadActie.fout && (
          <Box role="status" sx={{ maxWidth: 480 }}>
            <Typography sx={{ mb: 1 }}>{t('overleg.detail.laden')}</Typography>
            <LinearProgress aria-hidden />
          </Box>
        )}
      </>
    );
  }

  const besloten = punten.filter((p) => p.status === 'besproken').length;
  const titel = t('overleg.vergadering.titel', { soort: t(`overleg.soort.${detail.soort}`), datum: nlDatum(detail.datum) });
  const terug = () => {
    alles();
    naarBoven();
  };

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={terug} sx={{ mb: 1.5 }}>
        {t('overleg.vergadering.terug')}
      </Button>
      <PaginaKop
        titel={titel}
        focus={false}
        intro={
          <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
            <SoortLabel soort={detail.soort} />
            <span>{t('overleg.vergadering.intro')}</span>
          </Box>
        }
        acties={
          detail.status === 'agenda-vastgesteld' && (
            <Button variant="outlined" onClick={() => setAfsluiten(true)}>
              {t('overleg.vergadering.afsluiten')}
            </Button>
          )
        }
      />
      {afgesloten && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} data-testid="afgesloten">
          {afgesloten.melding}
        </Alert>
      )}
      {detail.status !== 'agenda-vastgesteld' && !afgesloten && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('overleg.vergadering.nietGaande', { status: t(`overleg.status.${detail.status}`) })}
        </Alert>
      )}
      <Voortgang huidig={index + 1} totaal={punten.length} besloten={besloten} />
      <Sneltoetsen gaande={detail.status === 'agenda-vastgesteld'} />
      {punten.length === 0 ? (
        <Alert severity="info">{t('overleg.agenda.leeg')}</Alert>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '260px 1fr' }, gap: 2, alignItems: 'start' }}>
          <Puntenlijst punten={punten} index={index} onKies={gaNaar} />
          {huidig && (
            <Puntscherm
              key={huidig.id}
              detail={detail}
              punt={huidig}
              nummer={index + 1}
              concept={notulen.concept(huidig)}
              opslag={notulen.opslag(huidig.id)}
              opslagFout={notulen.opslagFout}
              partners={partners}
              besluitActie={besluitActie}
              succes={succes}
              kopRef={kopRef}
              onSucces={setSucces}
              onWijzig={(deel) => notulen.wijzig(huidig, deel)}
              onNotuleer={(deel) => notulen.notuleer(huidig, deel)}
              onOpnieuw={() => notulen.opnieuw(huidig.id)}
              onVastleggen={() => void vastleggen()}
              onVorige={index > 0 ? () => gaNaar(index - 1) : null}
              onVolgende={index < punten.length - 1 ? () => gaNaar(index + 1) : null}
            />
          )}
        </Box>
      )}
      <StatusDialoog
        detail={detail}
        status={afsluiten ? 'gehouden' : null}
        onSluiten={() => setAfsluiten(false)}
        onKlaar={(melding) => {
          setAfsluiten(false);
          setAfgesloten({ melding });
          void laden();
        }}
      />
    </>
  );
}
