/**
 * Inlezen (every profile): a bundle file is checked in the fixed order of docs/ontwerp.md §6 / ADR 0007 and
 * previewed; a refusal names the check that failed with the backend's Dutch message. After the
 * preview the user reads it in, and sees where the signed receipt for the sender was written.
 */
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import type { Bundelvoorbeeld } from '@shared/domein/bundel';
import type { Fout, Foutcode } from '@shared/fouten';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie, type Bestemming } from '../../store/navigatie';
import { useSessie } from '../../store/sessie';
import { nlDatumTijd } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Formulier } from '../../componenten/Formulier';
import { MetDatums } from '../../componenten/MetDatums';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { Bundellijsten } from '../overdrachten/Bundellijsten';
import { Bezig } from '../../componenten/Bezig';
import { Gegevenslijst } from '../../componenten/Gegevenslijst';
import { Geschreven } from '../../componenten/Geschreven';
import { IdentiteitOproep } from '../../componenten/IdentiteitOproep';
import { MapVeld, mapVan } from '../../componenten/MapVeld';
import { PadVeld } from '../../componenten/PadVeld';
import { Vingerafdruk } from '../../componenten/Vingerafdruk';
import { useSoortNaam } from '../../componenten/useSoortNaam';

const AANTAL_CONTROLES = 7;

/** The check (1–7) at which a refusal with this code stopped; the order of docs/ontwerp.md §6. */
const CONTROLE_VAN: Partial<Record<Foutcode, number>> = {
  BUNDEL_TE_GROOT: 1,
  BUNDEL_ONLEESBAAR: 1,
  BUNDEL_NIET_ONTSLEUTELBAAR: 2,
  BUNDEL_NIET_ONDERTEKEND: 3,
  BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD: 3,
  BUNDEL_SLEUTEL_INGETROKKEN: 3,
  BUNDEL_AFZENDER_ONJUIST: 4,
  CONVENANTREGEL: 4,
  BUNDEL_NIET_AAN_ONS: 5,
  BUNDEL_AL_INGELEZEN: 6,
  BUNDEL_FORMAAT_ONBEKEND: 7,
  BUNDEL_INHOUD_ONGELDIG: 7,
};

interface Weigering {
  fout: Fout;
  controle: number;
}

export function Inlezen() {
  const { t } = useTranslation();
  const profiel = useSessie((s) => s.sessie?.info?.profiel ?? 'centraal');
  const vernieuwen = useSessie((s) => s.vernieuwen);
  const leesActie = useActie();
  const inleesActie = useActie();
  const [pad, setPad] = useState('');
  const [voorbeeld, setVoorbeeld] = useState<Bundelvoorbeeld | null>(null);
  const [weigering, setWeigering] = useState<Weigering | null>(null);
  const [ingelezen, setIngelezen] = useState<Uitvoer<'bundels.inlezen'> | null>(null);
  const [bevestigingMap, setBevestigingMap] = useState('');
  const [versie, setVersie] = useState(0);
  const zetMap = useNavigatie((s) => s.zetMap);

  const opnieuw = () => {
    setVoorbeeld(null);
    setWeigering(null);
    setIngelezen(null);
    leesActie.wissen();
    inleesActie.wissen();
  };

  /** A refusal of a bundle check is shown as such; anything else (no such file) as a normal error. */
  const alsWeigering = (fout: Fout | null, alleenBundelcodes: boolean): boolean => {
    if (!fout) return false;
    const controle = CONTROLE_VAN[fout.code];
    if (!controle || (alleenBundelcodes && !fout.code.startsWith('BUNDEL_'))) return false;
    setWeigering({ fout, controle });
    return true;
  };

  const controleren = async () => {
    opnieuw();
    let fout: Fout | null = null;
    const v = await leesActie.uitvoeren(async () => {
      const r = await roep('bundels.lezen', { pad });
      if (!r.ok) fout = r.fout;
      return r;
    });
    if (v) {
      setVoorbeeld(v);
      setBevestigingMap(mapVan(pad));
    } else if (alsWeigering(fout, false)) {
      leesActie.wissen();
    }
    setVersie((x) => x + 1);
  };

  const inlezen = async (e: FormEvent) => {
    e.preventDefault();
    if (!voorbeeld) return;
    let fout: Fout | null = null;
    const metBevestiging = voorbeeld.soort !== 'ontvangstbevestiging';
    const r = await inleesActie.uitvoeren(async () => {
      const a = await roep('bundels.inlezen', { pad, ...(metBevestiging ? { bevestigingMap } : {}) });
      if (!a.ok) fout = a.fout;
      return a;
    });
    if (r) {
      setIngelezen(r);
      setVoorbeeld(null);
      // The stick the receipt went to is where the next bundle goes too.
      if (metBevestiging) zetMap(bevestigingMap);
      // The first statistics bundle brings Landelijk beeld into the navigation (ADR 0041, addendum).
      if (voorbeeld.soort === 'statistiek') void vernieuwen();
    } else if (alsWeigering(fout, true)) {
      setVoorbeeld(null);
      inleesActie.wissen();
    }
    setVersie((x) => x + 1);
  };

  return (
    <>
      <PaginaKop titel={t('overdracht.inlezen.titel')} intro={t('overdracht.inlezen.intro')} />
      <IdentiteitOproep />
      <Sectie titel={t('overdracht.inlezen.kiesTitel')} uitleg={t('overdracht.inlezen.kiesUitleg')}>
        <Formulier
          label={t('overdracht.inlezen.kiesTitel')}
          actie={leesActie}
          bekendeVelden={['pad']}
          onVerzenden={() => void controleren()}
          verzendTekst={t('overdracht.inlezen.controleren')}
          icoon={<FactCheckOutlinedIcon />}
          uit={inleesActie.bezig}
          bezigTekst={t('overdracht.bezig.controleren')}
          breedte={880}
          regel={
            <PadVeld
              actie={leesActie}
              pad="pad"
              soort="bestand"
              label={t('overdracht.inlezen.bestand')}
              hulp={t('overdracht.inlezen.bestandHulp')}
              waarde={pad}
              onWaarde={(p) => {
                setPad(p);
                if (voorbeeld || weigering || ingelezen) opnieuw();
              }}
              veldProps={{ required: true }}
            />
          }
        />
      </Sectie>

      {weigering && <WeigeringMelding weigering={weigering} />}

      {voorbeeld && (
        <Sectie titel={t('overdracht.inlezen.voorbeeldTitel')} uitleg={t('overdracht.inlezen.voorbeeldUitleg')}>
          <Box data-testid="voorbeeld">
            <Voorbeeld v={voorbeeld} />
          </Box>
          <Box sx={{ my: 2.5 }}>
            <Controles geslaagd={AANTAL_CONTROLES} />
          </Box>
          <Box component="form" noValidate onSubmit={inlezen} aria-label={t('overdracht.inlezen.inlezenKnop')}>
            <Stack spacing={2} sx={{ maxWidth: 720 }}>
              {inleesActie.fout && <FoutMelding fout={inleesActie.fout} bekendeVelden={['bevestigingMap']} />}
              {voorbeeld.soort !== 'ontvangstbevestiging' ? (
                <MapVeld
                  actie={inleesActie}
                  pad="bevestigingMap"
                  waarde={bevestigingMap}
                  onWaarde={setBevestigingMap}
                  label={t('overdracht.inlezen.bevestigingMap')}
                  hulp={t('overdracht.inlezen.bevestigingMapHulp', { van: voorbeeld.van.code })}
                />
              ) : (
                <Typography color="text.secondary">{t('overdracht.inlezen.geenBevestigingNodig')}</Typography>
              )}
              {inleesActie.bezig && <Bezig tekst={t('overdracht.bezig.inlezen')} />}
              <Stack direction="row" spacing={2}>
                <Button type="submit" variant="contained" startIcon={<UploadFileOutlinedIcon />} disabled={inleesActie.bezig}>
                  {inleesActie.bezig ? t('algemeen.bezig') : t('overdracht.inlezen.inlezenKnop')}
                </Button>
                <Button onClick={opnieuw} disabled={inleesActie.bezig}>
                  {t('algemeen.annuleren')}
                </Button>
              </Stack>
            </Stack>
          </Box>
        </Sectie>
      )}

      {ingelezen && <Ingelezen r={ingelezen} onNogEen={() => {
        opnieuw();
        setPad('');
      }} />}

      <Bundellijsten uitgaand={profiel !== 'centraal'} inkomend versie={versie} />
    </>
  );
}

function Voorbeeld({ v }: { v: Bundelvoorbeeld }) {
  const { t } = useTranslation();
  const soortNaam = useSoortNaam();
  return (
    <Gegevenslijst
      regels={[
        [t('overdracht.inlezen.soort'), soortNaam(v.soort)],
        [t('overdracht.inlezen.van'), `${v.van.naam} (${v.van.code})`],
        [t('overdracht.inlezen.aan'), v.aan.join(', ')],
        [t('overdracht.inlezen.aangemaakt'), nlDatumTijd(v.aangemaakt)],
        [t('overdracht.inlezen.ondertekend'), <Vingerafdruk key="v" groepen={v.ondertekenaar.vingerafdrukGroepen} />],
        [
          t('overdracht.inlezen.inhoud'),
          <Box key="i" component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="samenvatting">
            {v.samenvatting.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </Box>,
        ],
        [t('overdracht.inlezen.bundelId'), <Box key="id" component="span" sx={{ fontFamily: 'monospace', fontSize: '0.85rem' }}>{v.id}</Box>],
      ]}
    />
  );
}

/** The seven checks: passed, the one that failed, and those that never ran. */
function Controles({ geslaagd, mislukt }: { geslaagd: number; mislukt?: number }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }} id="controles-kop">
        {t('overdracht.inlezen.controlesTitel')}
      </Typography>
      <Box component="ol" aria-labelledby="controles-kop" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="controles">
        {Array.from({ length: AANTAL_CONTROLES }, (_, i) => i + 1).map((n) => {
          const staat = n <= geslaagd ? 'geslaagd' : n === mislukt ? 'mislukt' : 'nietUitgevoerd';
          return (
            <Box component="li" key={n} data-staat={staat} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25, color: staat === 'nietUitgevoerd' ? 'text.secondary' : 'text.primary', fontWeight: staat === 'mislukt' ? 600 : 400 }}>
              {staat === 'geslaagd' && <CheckCircleOutlineIcon fontSize="small" sx={{ color: 'success.main' }} aria-hidden />}
              {staat === 'mislukt' && <CancelOutlinedIcon fontSize="small" sx={{ color: 'error.main' }} aria-hidden />}
              {staat === 'nietUitgevoerd' && <RadioButtonUncheckedIcon fontSize="small" aria-hidden />}
              <span>
                {n}. {t(`overdracht.controle.c${n as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}
                <Verborgen>({t(`overdracht.inlezen.staat.${staat}`)})</Verborgen>
              </span>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

function WeigeringMelding({ weigering: w }: { weigering: Weigering }) {
  const { t } = useTranslation();
  return (
    <Sectie titel={t('overdracht.inlezen.geweigerdTitel')}>
      <Alert severity="error" sx={{ mb: 2.5 }} data-foutcode={w.fout.code} data-testid="weigering">
        <AlertTitle>{t('overdracht.inlezen.geweigerdBij', { n: w.controle, controle: t(`overdracht.controle.c${w.controle as 1 | 2 | 3 | 4 | 5 | 6 | 7}`) })}</AlertTitle>
        <MetDatums tekst={w.fout.melding} />
        {w.fout.artikel ? ` ${t('fout.artikel', { artikel: w.fout.artikel })}` : ''}
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('overdracht.inlezen.nietsIngelezen')}
        </Typography>
      </Alert>
      <Controles geslaagd={w.controle - 1} mislukt={w.controle} />
    </Sectie>
  );
}

function Ingelezen({ r, onNogEen }: { r: Uitvoer<'bundels.inlezen'>; onNogEen(): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const soortNaam = useSoortNaam();
  const verder: { pagina: Bestemming; tekst: string } | null =
    r.soort === 'overdracht' && mag('ontvangen.lijst')
      ? { pagina: { naam: 'ontvangen' }, tekst: t('overdracht.inlezen.naarOntvangen') }
      : r.soort === 'agendapakket' && mag('overleg.lijst')
        ? { pagina: { naam: 'overleggen' }, tekst: t('overdracht.inlezen.naarOverleggen') }
        : r.soort === 'terugmelding' && mag('overdracht.voorbereiden')
          ? { pagina: { naam: 'overdrachten' }, tekst: t('overdracht.inlezen.naarOverdrachten') }
          : r.soort === 'signalen' && mag('signalen.lijst')
            ? { pagina: { naam: 'signalen' }, tekst: t('overdracht.inlezen.naarSignalen') }
            : null;
  return (
    <Sectie titel={t('overdracht.inlezen.ingelezenTitel')}>
      <Alert severity="success" role="status" sx={{ mb: 2 }} data-testid="ingelezen">
        <AlertTitle>{t('overdracht.inlezen.ingelezen', { soort: soortNaam(r.soort), van: `${r.van.naam} (${r.van.code})` })}</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {r.samenvatting.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </Box>
      </Alert>
      {r.bevestiging ? (
        <Geschreven
          titel={t('overdracht.inlezen.bevestigingGeschreven')}
          bestanden={[r.bevestiging]}
          uitleg={t('overdracht.inlezen.bevestigingUitleg', { van: r.van.naam })}
          testId="bevestiging-geschreven"
        />
      ) : (
        <Typography sx={{ mb: 2 }}>{t('overdracht.inlezen.geenBevestiging')}</Typography>
      )}
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        {verder && (
          <Button variant="contained" onClick={() => naar(verder.pagina)}>
            {verder.tekst}
          </Button>
        )}
        <Button variant="outlined" onClick={onNogEen}>
          {t('overdracht.inlezen.nogEen')}
        </Button>
      </Stack>
    </Sectie>
  );
}
