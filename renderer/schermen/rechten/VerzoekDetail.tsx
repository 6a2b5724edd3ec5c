/**
 * One request of a person concerned (art. 24–27): what was asked and how it came in, the deadline, the
 * identity check, the persons confirmed as the requester, the decision with its grounds, carrying it
 * out, the answer and the fee. Actions on the confirmed persons (inzage document, correction, verzet
 * block) live in VerzoekActies.tsx.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { moetUitgevoerd, VERZOEKARTIKEL } from '@shared/domein/rechten';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { Pagina } from '../../componenten/Pagina';
import { Laadstatus } from '../../componenten/Laadstatus';
import { Sectie } from '../../componenten/Sectie';
import { useActie } from '../../componenten/useActie';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';
import { FoutMelding } from '../../componenten/FoutMelding';
import { nlDatum, nlDatumTijd } from '../../opmaak';
import { euro, Feiten, Termijn, useBesluitWoord } from './onderdelen';
import { PersonenSectie } from './PersonenSectie';
import { AntwoordDialoog, BesluitDialoog, IdentiteitDialoog, IntrekkenDialoog, VergoedingDialoog } from './VerzoekDialogen';
import { VerzoekActies } from './VerzoekActies';

type Dialoog = 'identiteit' | 'besluit' | 'antwoord' | 'intrekken' | 'vergoeding' | null;

export function VerzoekDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const mag = useMag();
  const terug = useNavigatie((s) => s.terug);
  const laden = useLaden(() => roep('rechten.detail', { id }), [id]);
  const succes = useSucces();
  const uitvoeren = useActie();
  const besluitWoord = useBesluitWoord();
  const [dialoog, setDialoog] = useState<Dialoog>(null);
  const v = laden.data;
  const behandelen = mag('rechten.besluiten');

  const klaar = (tekst: string) => {
    setDialoog(null);
    void succes.naHerladen(tekst, laden.herladen);
  };

  if (!v) {
    return (
      <Pagina titel={t('rechten.register.titel')}>
        <Laadstatus laden={laden} />
      </Pagina>
    );
  }

  const herladen = () => void laden.herladen();
  const pad = v.ontvangenDoor ? t('rechten.detail.padDoorgezonden', { partner: v.ontvangenDoor.naam, datum: v.doorgezondenOp ? nlDatum(v.doorgezondenOp) : '—' }) : t('rechten.detail.padPenvoerder');
  const uitTeVoeren = v.besluit !== null && moetUitgevoerd({ soort: v.soort, besluit: v.besluit });

  return (
    <Pagina
      titel={`${v.nummer} — ${t(`rechten.soort.${v.soort}`)}`}
      intro={<Termijn lopend={v.lopend} />}
      acties={<Button onClick={terug}>{t('rechten.detail.terug')}</Button>}
      succes={succes}
      fout={uitvoeren.fout}
    >
      <Sectie titel={t('rechten.detail.verzoek')}>
        <Feiten
          testid="verzoek-feiten"
          rijen={[
            [t('rechten.detail.soort'), `${t(`rechten.soort.${v.soort}`)}${v.correcties.length ? ` — ${v.correcties.map((c) => t(`rechten.correctie.${c}`)).join(', ')}` : ''}`],
            [t('rechten.detail.verzoeker'), v.verzoekerNaam],
            v.verzoekerGeboortedatum !== '' && [t('rechten.detail.geboortedatum'), nlDatum(v.verzoekerGeboortedatum)],
            v.contact !== '' && [t('rechten.detail.contact'), v.contact],
            v.omschrijving !== '' && [t('rechten.detail.omschrijving'), <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>{v.omschrijving}</Box>],
            [t('rechten.detail.ontvangen'), nlDatum(v.ontvangenOp)],
            [t('rechten.detail.pad'), pad],
            [t('rechten.detail.termijn'), <>{nlDatum(v.termijn)} — {t('rechten.detail.termijnUitleg', { artikel: VERZOEKARTIKEL[v.soort].termijn })}</>],
            [t('rechten.detail.status'), <span data-testid="verzoek-status">{t(`rechten.status.${v.status}`)}</span>],
            [t('rechten.detail.geregistreerd'), `${nlDatumTijd(v.geregistreerdOp)} — ${v.geregistreerdDoor}`],
          ]}
        />
        {behandelen && v.volgende.includes('ingetrokken') && (
          <Button sx={{ mt: 2 }} onClick={() => setDialoog('intrekken')}>
            {t('rechten.detail.intrekken')}
          </Button>
        )}
      </Sectie>

      <Sectie
        titel={t('rechten.detail.identiteit')}
        uitleg={t('rechten.detail.identiteitUitleg')}
        hoofdactie={behandelen && v.status === 'ontvangen' && { tekst: t('rechten.detail.identiteitVastleggen'), icoon: null, onClick: () => setDialoog('identiteit') }}
      >
        <Typography data-testid="identiteit">
          {v.identiteit ? t('rechten.detail.identiteitGecontroleerd', { wijze: v.identiteit.wijze, door: v.identiteit.door, op: nlDatum(v.identiteit.op) }) : t('rechten.detail.identiteitOpen')}
        </Typography>
      </Sectie>

      <PersonenSectie verzoek={v} magBehandelen={behandelen} herladen={herladen} />

      <Sectie
        titel={t('rechten.detail.besluit')}
        uitleg={t('rechten.detail.besluitUitleg')}
        hoofdactie={behandelen && v.status === 'in-behandeling' && { tekst: t('rechten.detail.besluiten'), icoon: null, onClick: () => setDialoog('besluit') }}
      >
        {v.besluit ? (
          <Box data-testid="besluit">
            <Typography sx={{ fontWeight: 500 }}>{t('rechten.detail.besloten', { besluit: besluitWoord(v.soort, v.besluit), door: v.beslotenDoor ?? '', op: v.beslotenOp ? nlDatum(v.beslotenOp) : '' })}</Typography>
            {v.gronden.length > 0 && (
              <Box component="ul" sx={{ my: 1, pl: 3 }} aria-label={t('rechten.detail.gronden')}>
                {v.gronden.map((g) => (
                  <li key={g.grond}>
                    {t(`rechten.grond.${g.grond}`)} ({g.artikel})
                  </li>
                ))}
              </Box>
            )}
            {v.motivering && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{v.motivering}</Typography>}
            {uitTeVoeren && (
              <Alert severity={v.uitgevoerdOp ? 'success' : v.lopend?.wat === 'uitvoeren' && v.lopend.teLaat ? 'error' : 'info'} sx={{ mt: 2 }}>
                {v.uitgevoerdOp
                  ? t('rechten.detail.uitgevoerd', { datum: nlDatum(v.uitgevoerdOp) })
                  : v.soort === 'verzet'
                    ? t('rechten.detail.verwerkingStaken', { datum: v.uitvoerenVoor ? nlDatum(v.uitvoerenVoor) : '' })
                    : t('rechten.detail.uitvoerenVoor', { datum: v.uitvoerenVoor ? nlDatum(v.uitvoerenVoor) : '' })}
                {!v.uitgevoerdOp && mag('rechten.uitgevoerd') && (
                  <Box sx={{ mt: 1 }}>
                    <Button
                      size="small"
                      variant="outlined"
                      disabled={uitvoeren.bezig}
                      onClick={() => void uitvoeren.uitvoeren(() => roep('rechten.uitgevoerd', { id })).then((r) => r && klaar(t('rechten.detail.opgeslagen')))}
                    >
                      {t('rechten.detail.uitgevoerdVastleggen')}
                    </Button>
                  </Box>
                )}
              </Alert>
            )}
          </Box>
        ) : (
          <Typography color="text.secondary">{t('rechten.detail.besluitNog')}</Typography>
        )}
      </Sectie>

      <VerzoekActies verzoek={v} herladen={herladen} />

      <Sectie
        titel={t('rechten.detail.antwoord')}
        hoofdactie={behandelen && v.status === 'besloten' && { tekst: t('rechten.detail.beantwoorden'), icoon: null, onClick: () => setDialoog('antwoord') }}
      >
        <Typography data-testid="antwoord">{v.beantwoordOp ? t('rechten.detail.beantwoord', { op: nlDatum(v.beantwoordOp), wijze: v.antwoordWijze }) : '—'}</Typography>
      </Sectie>

      <Sectie
        titel={t('rechten.detail.vergoeding')}
        uitleg={t('rechten.detail.vergoedingUitleg')}
        acties={
          behandelen && (
            <Button onClick={() => setDialoog('vergoeding')}>{t('rechten.detail.vergoedingVastleggen')}</Button>
          )
        }
      >
        {v.vergoedingTerugTeBetalen && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {t('rechten.detail.vergoedingTerugTeBetalen')}
          </Alert>
        )}
        <Typography data-testid="vergoeding">
          {v.vergoedingCent === 0
            ? t('rechten.detail.vergoedingGeen')
            : [
                t('rechten.detail.vergoedingBedrag', { bedrag: euro(v.vergoedingCent) }),
                v.vergoedingBetaaldOp ? t('rechten.detail.vergoedingBetaald', { datum: nlDatum(v.vergoedingBetaaldOp) }) : t('rechten.detail.vergoedingOnbetaald'),
                v.vergoedingTerugOp && t('rechten.detail.vergoedingTerug', { datum: nlDatum(v.vergoedingTerugOp) }),
              ]
                .filter(Boolean)
                .join(', ')}
        </Typography>
      </Sectie>

      {laden.fout && <FoutMelding fout={laden.fout} />}
      <IdentiteitDialoog open={dialoog === 'identiteit'} id={id} onSluiten={() => setDialoog(null)} onKlaar={() => klaar(t('rechten.detail.opgeslagen'))} />
      <BesluitDialoog open={dialoog === 'besluit'} verzoek={v} onSluiten={() => setDialoog(null)} onKlaar={() => klaar(t('rechten.detail.opgeslagen'))} />
      <AntwoordDialoog open={dialoog === 'antwoord'} id={id} onSluiten={() => setDialoog(null)} onKlaar={() => klaar(t('rechten.detail.opgeslagen'))} />
      <IntrekkenDialoog open={dialoog === 'intrekken'} id={id} onSluiten={() => setDialoog(null)} onKlaar={() => klaar(t('rechten.detail.opgeslagen'))} />
      <VergoedingDialoog open={dialoog === 'vergoeding'} verzoek={v} onSluiten={() => setDialoog(null)} onKlaar={() => klaar(t('rechten.detail.opgeslagen'))} />
    </Pagina>
  );
}
