import { useRef } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import CallSplitOutlinedIcon from '@mui/icons-material/CallSplitOutlined';
import PlaylistAddOutlinedIcon from '@mui/icons-material/PlaylistAddOutlined';
import { useTranslation } from 'react-i18next';
import { VERMOEDENS } from '@shared/domein/signaal';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum } from '../../opmaak';
import { Bevestiging } from '../../componenten/Bevestiging';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useBevestiging } from '../../componenten/useBevestiging';
import { useDialoog, type DialoogProps } from '../../componenten/useDialoog';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { Werkbalk } from '../../componenten/Werkbalk';
import type { TabProps } from './DossierDetail';
import type { DossierDetail } from '@shared/domein/dossier';
import { SignalenKiezen, type GekozenSignaal } from './DossierMaken';
import { Tabel } from '../../componenten/Tabel';
import { MetMarkers } from '../../componenten/Redactie';
import { useNavigatie } from '../../store/navigatie';

/** The signals of the dossier: add open ones, take one out, or split some off into a new dossier. */
export function DossierSignalen({ dossier: d, herladen }: TabProps) {
  const { t } = useTranslation();
  const mag = useMag();
  const naarSignalen = useNavigatie((s) => s.naarSignalen);
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const toevoegen = useDialoog();
  const splitsen = useDialoog();
  const eruit = useBevestiging<{ id: number; nummer: string }>();
  const beheer = mag('dossiers.signalenToevoegen') && d.fase !== 'gesloten';
  const vermoeden = (v: string) => ((VERMOEDENS as readonly string[]).includes(v) ? t(`keten.vermoedenKort.${v as 'orgaanhandel'}`) : v);

  return (
    <>
      <Werkbalk
        acties={
          beheer && (
            <>
              <Button variant="outlined" startIcon={<PlaylistAddOutlinedIcon />} onClick={() => toevoegen.openen(true)}>
                {t('keten.dossierSignalen.toevoegen')}
              </Button>
              {d.signalen.length > 1 && (
                <Button variant="outlined" startIcon={<CallSplitOutlinedIcon />} onClick={() => splitsen.openen(true)}>
                  {t('keten.dossierSignalen.splitsen')}
                </Button>
              )}
            </>
          )
        }
      />
      <Tabel<DossierDetail['signalen'][number]>
        label={t('keten.dossierSignalen.tabel')}
        dicht
        rijen={d.signalen}
        sleutel={(s) => String(s.id)}
        rijAttributen={(s) => ({ 'data-nummer': s.nummer })}
        kolommen={[
          {
            id: 'nummer',
            kop: t('keten.lijst.kolom.nummer'),
            rijkop: true,
            nowrap: true,
            sorteer: (s) => s.nummer,
            cel: (s) => (
              <Link component="button" type="button" onClick={() => naarSignalen({ soort: 'detail', id: s.id })} sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                {s.nummer}
              </Link>
            ),
          },
          { id: 'datum', kop: t('keten.lijst.kolom.datum'), nowrap: true, sorteer: (s) => s.datumTijd, cel: (s) => (s.datumTijd ? nlDatum(s.datumTijd) : t('algemeen.leeg')) },
          { id: 'bron', kop: t('keten.lijst.kolom.bron'), cel: (s) => s.bron || t('algemeen.leeg') },
          { id: 'vermoedens', kop: t('keten.lijst.kolom.vermoedens'), cel: (s) => s.vermoedens.map(vermoeden).join(', ') || t('algemeen.leeg') },
          { id: 'samenvatting', kop: t('keten.dossierSignalen.samenvatting'), sx: { whiteSpace: 'pre-wrap', maxWidth: 360 }, cel: (s) => <MetMarkers tekst={s.samenvatting} /> },
          { id: 'delen', kop: t('keten.dossierSignalen.delen'), cel: (s) => (s.delen === 'identificeerbaar' || s.delen === 'geanonimiseerd' ? t(`keten.delenKort.${s.delen}`) : s.delen) },
        ]}
        {...(beheer
          ? {
              acties: (s: DossierDetail['signalen'][number]) =>
                d.signalen.length > 1 && (
                  <Button size="small" color="error" onClick={() => eruit.vragen({ id: s.id, nummer: s.nummer })}>
                    {t('keten.dossierSignalen.eruit')}
                    <Verborgen>{s.nummer}</Verborgen>
                  </Button>
                ),
            }
          : {})}
      />

      <ToevoegenDialoog {...toevoegen.props((aantal: number) => herladen(t('keten.dossierSignalen.toegevoegd', { count: aantal })))} dossierId={d.id} />
      <SplitsDialoog {...splitsen.props((id: number) => naarDossiers({ soort: 'detail', id, tab: 'signalen' }))} dossier={d} />
      <Bevestiging
        {...eruit.bevestiging(
          (x) => roep('dossiers.signaalVerwijderen', { id: d.id, signaalId: x.id }),
          (_r, x) => void herladen(t('keten.dossierSignalen.eruitGedaan', { nummer: x.nummer })),
        )}
        titel={t('keten.dossierSignalen.eruitTitel')}
        tekst={t('keten.dossierSignalen.eruitTekst', { nummer: eruit.item?.nummer ?? '', dossier: d.nummer })}
        bevestigTekst={t('keten.dossierSignalen.eruit')}
      />
    </>
  );
}

function ToevoegenDialoog({ open, dossierId, onSluiten, onKlaar }: DialoogProps<true, [number]> & { dossierId: number }) {
  const { t } = useTranslation();
  // The chooser starts afresh (no search typed) each time the dialog opens.
  const keer = useRef(0);
  const form = useFormDialoog({
    open,
    begin: () => ({ gekozen: [] as GekozenSignaal[], keer: ++keer.current }),
    controleren: (w) => ({ signaalIds: w.gekozen.length === 0 && t('keten.dossierMaken.kiesSignaal') }),
    verzenden: (w) => roep('dossiers.signalenToevoegen', { id: dossierId, signaalIds: w.gekozen.map((g) => g.id) }),
    onKlaar: (_r, w) => onKlaar(w.gekozen.length),
  });
  return (
    <FormDialoog {...form.dialoog} titel={t('keten.dossierSignalen.toevoegenTitel')} verzendTekst={t('keten.dossierSignalen.toevoegen')} bekendeVelden={['signaalIds']} breed onSluiten={onSluiten}>
      <SignalenKiezen key={form.waarden.keer} gekozen={form.waarden.gekozen} onWijzig={(g) => form.zetten('gekozen', g)} actie={form.actie} label={t('keten.dossierSignalen.openSignalen')} />
    </FormDialoog>
  );
}

function SplitsDialoog({ open, dossier: d, onSluiten, onKlaar }: DialoogProps<true, [number]> & { dossier: TabProps['dossier'] }) {
  const { t } = useTranslation();
  const form = useFormDialoog({
    open,
    begin: () => ({ gekozen: [] as number[], titel: '' }),
    controleren: (w) => ({ signaalIds: w.gekozen.length === 0 && t('keten.dossierMaken.kiesSignaal') }),
    verzenden: (w) => roep('dossiers.splitsen', { id: d.id, signaalIds: w.gekozen, titel: w.titel }),
    onKlaar: (r) => onKlaar(r.id),
  });
  const { gekozen } = form.waarden;
  const melding = form.actie.veldfout('signaalIds');
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('keten.dossierSignalen.splitsenTitel', { nummer: d.nummer })}
      uitleg={t('keten.dossierSignalen.splitsenUitleg')}
      verzendTekst={t('keten.dossierSignalen.splitsen')}
      bekendeVelden={['signaalIds', 'titel']}
      onSluiten={onSluiten}
    >
      <FormControl component="fieldset" error={Boolean(melding)}>
        <FormLabel component="legend">{t('keten.dossierSignalen.naarNieuw')}</FormLabel>
        <FormGroup>
          {d.signalen.map((s) => (
            <FormControlLabel
              key={s.id}
              control={<Checkbox checked={gekozen.includes(s.id)} onChange={(e) => form.zetten('gekozen', e.target.checked ? [...gekozen, s.id] : gekozen.filter((x) => x !== s.id))} />}
              label={`${s.nummer} · ${s.bron}`}
            />
          ))}
        </FormGroup>
        {melding && <FormHelperText>{melding}</FormHelperText>}
      </FormControl>
      <Veld {...form.veld('titel')} label={t('keten.dossierMaken.titelVeld')} hulp={t('keten.dossierMaken.titelHulp')} required autoComplete="off" />
    </FormDialoog>
  );
}
