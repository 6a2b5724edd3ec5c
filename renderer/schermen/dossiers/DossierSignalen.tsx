import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import CallSplitOutlinedIcon from '@mui/icons-material/CallSplitOutlined';
import PlaylistAddOutlinedIcon from '@mui/icons-material/PlaylistAddOutlined';
import { useTranslation } from 'react-i18next';
import { VERMOEDENS } from '../../../shared/domein/signaal';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum } from '../../opmaak';
import { Bevestiging } from '../../componenten/Bevestiging';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import type { TabProps } from './DossierDetail';
import type { DossierDetail } from '../../../shared/domein/dossier';
import { SignalenKiezen, type GekozenSignaal } from './DossierMaken';
import { Tabel } from '../../componenten/Tabel';
import { useNavigatie } from '../../store/navigatie';

/** The signals of the dossier: add open ones, take one out, or split some off into a new dossier. */
export function DossierSignalen({ dossier: d, herladen }: TabProps) {
  const { t } = useTranslation();
  const mag = useMag();
  const naarSignalen = useNavigatie((s) => s.naarSignalen);
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const verwijderActie = useActie();
  const [toevoegen, setToevoegen] = useState(false);
  const [splitsen, setSplitsen] = useState(false);
  const [eruit, setEruit] = useState<{ id: number; nummer: string } | null>(null);
  const beheer = mag('dossiers.signalenToevoegen') && d.fase !== 'gesloten';
  const vermoeden = (v: string) => ((VERMOEDENS as readonly string[]).includes(v) ? t(`keten.vermoedenKort.${v as 'orgaanhandel'}`) : v);

  return (
    <>
      {beheer && (
        <Box sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap' }}>
          <Button variant="outlined" startIcon={<PlaylistAddOutlinedIcon />} onClick={() => setToevoegen(true)}>
            {t('keten.dossierSignalen.toevoegen')}
          </Button>
          {d.signalen.length > 1 && (
            <Button variant="outlined" startIcon={<CallSplitOutlinedIcon />} onClick={() => setSplitsen(true)}>
              {t('keten.dossierSignalen.splitsen')}
            </Button>
          )}
        </Box>
      )}
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
          { id: 'samenvatting', kop: t('keten.dossierSignalen.samenvatting'), sx: { whiteSpace: 'pre-wrap', maxWidth: 360 }, cel: (s) => s.samenvatting },
          { id: 'delen', kop: t('keten.dossierSignalen.delen'), cel: (s) => (s.delen === 'identificeerbaar' || s.delen === 'geanonimiseerd' ? t(`keten.delenKort.${s.delen}`) : s.delen) },
        ]}
        {...(beheer
          ? {
              acties: (s: DossierDetail['signalen'][number]) =>
                d.signalen.length > 1 && (
                  <Button size="small" color="error" onClick={() => setEruit({ id: s.id, nummer: s.nummer })}>
                    {t('keten.dossierSignalen.eruit')}
                    <Verborgen>{s.nummer}</Verborgen>
                  </Button>
                ),
            }
          : {})}
      />

      <ToevoegenDialoog
        open={toevoegen}
        dossierId={d.id}
        onSluiten={() => setToevoegen(false)}
        onKlaar={(aantal) => {
          setToevoegen(false);
          void herladen(t('keten.dossierSignalen.toegevoegd', { count: aantal }));
        }}
      />
      <SplitsDialoog
        open={splitsen}
        dossier={d}
        onSluiten={() => setSplitsen(false)}
        onKlaar={(id) => {
          setSplitsen(false);
          naarDossiers({ soort: 'detail', id, tab: 'signalen' });
        }}
      />
      <Bevestiging
        open={eruit !== null}
        titel={t('keten.dossierSignalen.eruitTitel')}
        tekst={t('keten.dossierSignalen.eruitTekst', { nummer: eruit?.nummer ?? '', dossier: d.nummer })}
        bevestigTekst={t('keten.dossierSignalen.eruit')}
        actie={verwijderActie}
        onSluiten={() => setEruit(null)}
        onBevestigen={async () => {
          if (!eruit) return;
          const r = await verwijderActie.uitvoeren(() => roep('dossiers.signaalVerwijderen', { id: d.id, signaalId: eruit.id }));
          if (r) {
            setEruit(null);
            void herladen(t('keten.dossierSignalen.eruitGedaan', { nummer: eruit.nummer }));
          }
        }}
      />
    </>
  );
}

function ToevoegenDialoog({ open, dossierId, onSluiten, onKlaar }: { open: boolean; dossierId: number; onSluiten(): void; onKlaar(aantal: number): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [gekozen, setGekozen] = useState<GekozenSignaal[]>([]);
  const [sleutel, setSleutel] = useState(0);
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setGekozen([]);
      setSleutel((k) => k + 1);
      wissen();
    }
  }, [open, wissen]);
  return (
    <FormDialoog
      open={open}
      titel={t('keten.dossierSignalen.toevoegenTitel')}
      actie={actie}
      verzendTekst={t('keten.dossierSignalen.toevoegen')}
      bekendeVelden={['signaalIds']}
      breed
      onSluiten={onSluiten}
      onVerzenden={async () => {
        const r = await actie.uitvoeren(() => roep('dossiers.signalenToevoegen', { id: dossierId, signaalIds: gekozen.map((g) => g.id) }), {
          signaalIds: gekozen.length === 0 && t('keten.dossierMaken.kiesSignaal'),
        });
        if (r) onKlaar(gekozen.length);
      }}
    >
      <SignalenKiezen key={sleutel} gekozen={gekozen} onWijzig={setGekozen} actie={actie} label={t('keten.dossierSignalen.openSignalen')} />
    </FormDialoog>
  );
}

function SplitsDialoog({ open, dossier: d, onSluiten, onKlaar }: { open: boolean; dossier: TabProps['dossier']; onSluiten(): void; onKlaar(id: number): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [gekozen, setGekozen] = useState<number[]>([]);
  const [titel, setTitel] = useState('');
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setGekozen([]);
      setTitel('');
      wissen();
    }
  }, [open, wissen]);
  const melding = actie.veldfout('signaalIds');
  return (
    <FormDialoog
      open={open}
      titel={t('keten.dossierSignalen.splitsenTitel', { nummer: d.nummer })}
      uitleg={<Typography variant="body2" color="text.secondary">{t('keten.dossierSignalen.splitsenUitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('keten.dossierSignalen.splitsen')}
      bekendeVelden={['signaalIds', 'titel']}
      onSluiten={onSluiten}
      onVerzenden={async () => {
        const r = await actie.uitvoeren(() => roep('dossiers.splitsen', { id: d.id, signaalIds: gekozen, titel }), {
          signaalIds: gekozen.length === 0 && t('keten.dossierMaken.kiesSignaal'),
        });
        if (r) onKlaar(r.id);
      }}
    >
      <FormControl component="fieldset" error={Boolean(melding)}>
        <FormLabel component="legend">{t('keten.dossierSignalen.naarNieuw')}</FormLabel>
        <FormGroup>
          {d.signalen.map((s) => (
            <FormControlLabel
              key={s.id}
              control={<Checkbox checked={gekozen.includes(s.id)} onChange={(e) => setGekozen(e.target.checked ? [...gekozen, s.id] : gekozen.filter((x) => x !== s.id))} />}
              label={`${s.nummer} · ${s.bron}`}
            />
          ))}
        </FormGroup>
        {melding && <FormHelperText>{melding}</FormHelperText>}
      </FormControl>
      <Veld actie={actie} pad="titel" label={t('keten.dossierMaken.titelVeld')} value={titel} onChange={(e) => setTitel(e.target.value)} hulp={t('keten.dossierMaken.titelHulp')} required autoComplete="off" />
    </FormDialoog>
  );
}
