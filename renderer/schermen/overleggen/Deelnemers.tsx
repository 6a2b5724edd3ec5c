import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import SchoolOutlinedIcon from '@mui/icons-material/SchoolOutlined';
import { useTranslation } from 'react-i18next';
import type { Resultaat } from '@shared/fouten';
import type { OverlegDetail } from '@shared/domein/overleg';
import type { Partner } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { ActieFout } from '../../componenten/ActieFout';
import { Sectie } from '../../componenten/Sectie';
import { Veld } from '../../componenten/Veld';
import { Actieknop } from '../../componenten/Actieknop';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { Tabel } from '../../componenten/Tabel';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { useDialoog } from '../../componenten/useDialoog';

type Deelnemer = OverlegDetail['deelnemers'][number];

const naamVan = (d: Deelnemer) => (d.naam ? `${d.naam} (${d.organisatie})` : d.organisatie);

/** Attendees (art. 13.1, 14.2), presence, and invited experts under the duty of confidentiality (art. 21.3). */
export function Deelnemers({ detail, partners, onGewijzigd }: { detail: OverlegDetail; partners: Partner[]; onGewijzigd(): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const partner = useDialoog();
  const deskundige = useDialoog();
  const tekenen = useDialoog<Deelnemer>();
  const [correctie, setCorrectie] = useState<string | null>(null);
  const corrigeren = useDialoog();
  // After the meeting the list is a record (ADR 0033): changes only as an audited correction with a reason.
  const vast = detail.status === 'gehouden' || detail.status === 'verslag-vastgesteld';
  const beheren = mag('overleg.deelnemerBijwerken') && (!vast || correctie !== null);
  const aanwezig = detail.deelnemers.filter((d) => d.aanwezig === true).length;

  const bijwerken = async (d: Deelnemer, wijziging: { aanwezig?: boolean; verwijderen?: boolean }) => {
    const r = await actie.uitvoeren(() => roep('overleg.deelnemerBijwerken', { deelnemerId: d.id, ...wijziging, ...(correctie ? { correctie } : {}) }));
    if (r) onGewijzigd();
  };

  return (
    <Sectie
      titel={t('overleg.deelnemers.titel')}
      uitleg={t('overleg.deelnemers.uitleg')}
      acties={
        !vast && (
        <>
          <Actieknop recht="overleg.deelnemerToevoegen" icoon={<PersonAddAlt1OutlinedIcon />} tekst={t('overleg.deelnemers.partnerToevoegen')} onClick={() => partner.openen()} />
          <Actieknop recht="overleg.deelnemerToevoegen" icoon={<SchoolOutlinedIcon />} tekst={t('overleg.deelnemers.deskundigeUitnodigen')} onClick={() => deskundige.openen()} />
        </>
        )
      }
    >
      {vast && (
        <Alert
          severity="info"
          sx={{ mb: 1.5 }}
          data-testid="deelnemers-vast"
          action={
            mag('overleg.deelnemerBijwerken') &&
            correctie === null && (
              <Button color="inherit" size="small" onClick={() => corrigeren.openen()}>
                {t('overleg.deelnemers.corrigeren')}
              </Button>
            )
          }
        >
          {correctie === null ? t('overleg.deelnemers.vast') : t('overleg.deelnemers.inCorrectie', { reden: correctie })}
        </Alert>
      )}
      <ActieFout actie={actie} />
      <Typography variant="body2" role="status" sx={{ mb: 1 }} data-testid="aanwezigheid">
        {t('overleg.deelnemers.aantal', { aanwezig, totaal: detail.deelnemers.length })}
      </Typography>
      <Tabel<Deelnemer>
        label={t('overleg.deelnemers.titel')}
        dicht
        rijen={detail.deelnemers}
        sleutel={(d) => String(d.id)}
        rijAttributen={(d) => ({ 'data-deelnemer': d.id })}
        kolommen={[
          { id: 'naam', kop: t('overleg.deelnemers.deelnemer'), rijkop: true, sx: { fontWeight: 500 }, cel: naamVan },
          { id: 'hoedanigheid', kop: t('overleg.deelnemers.hoedanigheid'), cel: (d) => (d.deskundige ? t('overleg.deelnemers.deskundige') : t('overleg.deelnemers.partner')) },
          {
            id: 'geheimhouding',
            kop: t('overleg.deelnemers.geheimhouding'),
            cel: (d) =>
              !d.deskundige ? (
                t('overleg.deelnemers.convenant')
              ) : d.geheimhoudingGetekendOp ? (
                t('overleg.deelnemers.getekendOp', { datum: nlDatum(d.geheimhoudingGetekendOp) })
              ) : beheren ? (
                <Actieknop klein kleur="warning" tekst={t('overleg.deelnemers.tekenenVastleggen')} wie={naamVan(d)} onClick={() => tekenen.openen(d)} />
              ) : (
                t('overleg.deelnemers.nietGetekend')
              ),
          },
          {
            id: 'aanwezig',
            kop: t('overleg.deelnemers.aanwezig'),
            sx: { py: 0, pl: 1 },
            cel: (d) => (
              <Checkbox
                checked={d.aanwezig === true}
                disabled={!beheren || actie.bezig}
                onChange={(e) => void bijwerken(d, { aanwezig: e.target.checked })}
                slotProps={{ input: { 'aria-label': t('overleg.deelnemers.aanwezigVan', { naam: naamVan(d) }) } }}
              />
            ),
          },
        ]}
        rijKnoppen={[beheren && { tekst: t('algemeen.verwijderen'), variant: 'text', uit: actie.bezig, wie: naamVan, onClick: (d) => void bijwerken(d, { verwijderen: true }) }]}
      />
      <PartnerDialoog open={partner.open} detail={detail} partners={partners} onSluiten={partner.sluiten} onKlaar={partner.klaar(onGewijzigd)} />
      <DeskundigeDialoog open={deskundige.open} overlegId={detail.id} onSluiten={deskundige.sluiten} onKlaar={deskundige.klaar(onGewijzigd)} />
      <TekenDialoog deelnemer={tekenen.item} onSluiten={tekenen.sluiten} onKlaar={tekenen.klaar(onGewijzigd)} />
      <CorrectieDialoog open={corrigeren.open} onSluiten={corrigeren.sluiten} onKlaar={corrigeren.klaar((reden: string) => setCorrectie(reden))} />
    </Sectie>
  );
}

function PartnerDialoog({ open, detail, partners, onSluiten, onKlaar }: { open: boolean; detail: OverlegDetail; partners: Partner[]; onSluiten(): void; onKlaar(): void }) {
  const { t } = useTranslation();
  const d = useFormDialoog({
    open,
    begin: () => ({ partnerId: '' as number | '' }),
    controleren: (w) => ({ partnerId: w.partnerId === '' && t('overleg.deelnemers.kiesPartner') }),
    verzenden: (w) => roep('overleg.deelnemerToevoegen', { overlegId: detail.id, partnerId: w.partnerId || undefined }),
    onKlaar: () => onKlaar(),
  });
  // Parties and the two recipients (art. 13.2, 21.4); whoever already attends is not offered twice.
  const keuze = partners.filter((p) => (p.rol === 'partij' || p.rol === 'ontvanger') && p.status !== 'uitgetreden' && !detail.deelnemers.some((x) => x.partnerId === p.id));
  return (
    <FormDialoog {...d.dialoog} titel={t('overleg.deelnemers.partnerToevoegen')} verzendTekst={t('algemeen.toevoegen')} bekendeVelden={['partnerId']} onSluiten={onSluiten}>
      <Keuzeveld actie={d.actie} pad="partnerId" label={t('overleg.deelnemers.partner')} value={d.waarden.partnerId} onChange={(e) => d.zetten('partnerId', Number(e.target.value))} autoFocus required opties={keuze.map((p) => ({ waarde: p.id, label: p.naam }))} />
    </FormDialoog>
  );
}

function DeskundigeDialoog({ open, overlegId, onSluiten, onKlaar }: { open: boolean; overlegId: number; onSluiten(): void; onKlaar(): void }) {
  const { t } = useTranslation();
  const d = useFormDialoog({
    open,
    begin: () => ({ naam: '', organisatie: '', getekend: false, datum: vandaagNl() }),
    controleren: (w) => ({
      naam: !w.naam.trim() && t('fout.verplicht'),
      organisatie: !w.organisatie.trim() && t('fout.verplicht'),
      datum: w.getekend && !naarIsoDatum(w.datum) && t('datum.ongeldig'),
    }),
    verzenden: async (w): Promise<Resultaat<unknown>> => {
      const toegevoegd = await roep('overleg.deelnemerToevoegen', { overlegId, naam: w.naam.trim(), organisatie: w.organisatie.trim(), deskundige: true });
      if (!toegevoegd.ok || !w.getekend) return toegevoegd;
      return roep('overleg.deelnemerBijwerken', { deelnemerId: toegevoegd.waarde.id, geheimhoudingGetekendOp: naarIsoDatum(w.datum)! });
    },
    onKlaar: () => onKlaar(),
  });
  const w = d.waarden;
  return (
    <FormDialoog
      {...d.dialoog}
      titel={t('overleg.deelnemers.deskundigeUitnodigen')}
      uitleg={
        <Typography variant="body2" color="text.secondary">
          {t('overleg.deelnemers.deskundigeUitleg')}
        </Typography>
      }
      verzendTekst={t('overleg.deelnemers.uitnodigen')}
      bekendeVelden={['naam', 'organisatie', 'datum']}
      onSluiten={onSluiten}
    >
      <Veld {...d.veld('naam')} label={t('overleg.deelnemers.naam')} autoFocus required autoComplete="off" />
      <Veld {...d.veld('organisatie')} label={t('overleg.deelnemers.organisatie')} required autoComplete="off" />
      <FormControlLabel control={<Checkbox checked={w.getekend} onChange={(e) => d.zetten('getekend', e.target.checked)} />} label={t('overleg.deelnemers.heeftGetekend')} />
      {w.getekend && <DatumVeld name="datum" label={t('overleg.deelnemers.getekendDatum')} value={w.datum} onChange={(e) => d.zetten('datum', e.target.value)} fout={d.actie.veldfout('datum')} required />}
    </FormDialoog>
  );
}

function TekenDialoog({ deelnemer, onSluiten, onKlaar }: { deelnemer: Deelnemer | null; onSluiten(): void; onKlaar(): void }) {
  const { t } = useTranslation();
  const laatste = useLaatste(deelnemer);
  const d = useFormDialoog({
    open: deelnemer,
    begin: () => ({ datum: vandaagNl() }),
    controleren: (w) => ({ datum: !naarIsoDatum(w.datum) && t('datum.ongeldig') }),
    // The backend resets presence when it is left out of the update; send it along unchanged.
    verzenden: (w) => roep('overleg.deelnemerBijwerken', { deelnemerId: deelnemer?.id ?? 0, geheimhoudingGetekendOp: naarIsoDatum(w.datum)!, aanwezig: deelnemer?.aanwezig ?? null }),
    onKlaar: () => onKlaar(),
  });
  return (
    <FormDialoog
      {...d.dialoog}
      titel={t('overleg.deelnemers.tekenTitel', { naam: laatste ? naamVan(laatste) : '' })}
      uitleg={
        <Typography variant="body2" color="text.secondary">
          {t('overleg.deelnemers.tekenUitleg')}
        </Typography>
      }
      verzendTekst={t('overleg.deelnemers.tekenenVastleggen')}
      bekendeVelden={['datum', 'geheimhoudingGetekendOp']}
      onSluiten={onSluiten}
    >
      <DatumVeld name="datum" label={t('overleg.deelnemers.getekendDatum')} value={d.waarden.datum} onChange={(e) => d.zetten('datum', e.target.value)} fout={d.actie.veldfout('datum') ?? d.actie.veldfout('geheimhoudingGetekendOp')} autoFocus required />
    </FormDialoog>
  );
}

/** The reason for correcting a held meeting's attendance; every change made under it is audited with it. */
function CorrectieDialoog({ open, onSluiten, onKlaar }: { open: boolean; onSluiten(): void; onKlaar(reden: string): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [reden, setReden] = useState('');
  const verzenden = () => {
    if (reden.trim().length < 5) {
      void actie.uitvoeren(async () => ({ ok: true, waarde: null }), { correctie: t('overleg.deelnemers.correctieTeKort') });
      return;
    }
    onKlaar(reden.trim());
    setReden('');
  };
  return (
    <FormDialoog open={open} titel={t('overleg.deelnemers.corrigeren')} actie={actie} verzendTekst={t('overleg.deelnemers.corrigeren')} bekendeVelden={['correctie']} onSluiten={onSluiten} onVerzenden={verzenden}>
      <Veld actie={actie} pad="correctie" label={t('overleg.deelnemers.correctieReden')} value={reden} onChange={(e) => setReden(e.target.value)} autoFocus required multiline minRows={2} />
    </FormDialoog>
  );
}
