import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { OVERLEGSOORTEN, type OverlegRij, type Overlegsoort } from '@shared/domein/overleg';
import type { Fout } from '@shared/fouten';
import { roep } from '../../api/client';
import { naarIsoDatum, nlDatum } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { MetDatums } from '../../componenten/MetDatums';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { isTijd } from './kenmerken';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import type { TFunction } from 'i18next';

export type PlanUitkomst = { datum: string; waarschuwingen: Array<{ artikel: string; melding: string }> };

/** What the screen says after planning or moving: the date, and the articles of any warning. */
export function planMelding(t: TFunction, u: PlanUitkomst, verplaatst: boolean): string {
  const sleutel = verplaatst ? 'overleg.plan.verplaatst' : 'overleg.plan.gepland';
  const artikelen = [...new Set(u.waarschuwingen.map((w) => w.artikel))].join(', ');
  return `${t(sleutel, { datum: nlDatum(u.datum) })}${artikelen ? ` ${t('overleg.plan.metWaarschuwing', { artikelen })}` : ''}`;
}

/**
 * Plan a meeting, or move one. A date that breaks a planning rule (art. 11.4, 11.7, 12.8, 12.28) is
 * refused with CONVENANTREGEL; the warning shows with its article and the user may send it again
 * as "Toch plannen", after which the warning stays on the meeting.
 */
export function PlanDialoog({ open, verplaatsen, onSluiten, onKlaar }: { open: boolean; verplaatsen: OverlegRij | null; onSluiten(): void; onKlaar(u: PlanUitkomst): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [w, setW] = useState({ soort: 'casusoverleg' as Overlegsoort, datum: '', tijd: '10:00', locatie: '' });
  const [waarschuwing, setWaarschuwing] = useState<Fout | null>(null);
  const { wissen } = actie;

  useEffect(() => {
    if (!open) return;
    setW(verplaatsen ? { soort: verplaatsen.soort, datum: nlDatum(verplaatsen.datum), tijd: verplaatsen.tijd, locatie: verplaatsen.locatie } : { soort: 'casusoverleg', datum: '', tijd: '10:00', locatie: '' });
    setWaarschuwing(null);
    wissen();
  }, [open, verplaatsen, wissen]);

  const wijzig = (deel: Partial<typeof w>) => {
    setW({ ...w, ...deel });
    // Another date or kind: the earlier warning no longer applies.
    if (deel.datum !== undefined || deel.soort !== undefined) setWaarschuwing(null);
  };

  const verzenden = async () => {
    const datum = naarIsoDatum(w.datum);
    const bevestigd = waarschuwing !== null;
    const r = await actie.uitvoeren<{ waarschuwingen: PlanUitkomst['waarschuwingen'] } | null>(
      async () => {
        const antwoord = verplaatsen
          ? await roep('overleg.verplaatsen', { id: verplaatsen.id, datum: datum!, tijd: w.tijd.trim(), waarschuwingenBevestigd: bevestigd })
          : await roep('overleg.plannen', { soort: w.soort, datum: datum!, tijd: w.tijd.trim(), locatie: w.locatie.trim(), waarschuwingenBevestigd: bevestigd });
        if (!antwoord.ok && antwoord.fout.code === 'CONVENANTREGEL' && !bevestigd) {
          setWaarschuwing(antwoord.fout);
          return { ok: true as const, waarde: null };
        }
        return antwoord;
      },
      { datum: !datum && t('datum.ongeldig'), tijd: !isTijd(w.tijd) && t('overleg.plan.tijdOngeldig') },
    );
    if (r) onKlaar({ datum: datum!, waarschuwingen: r.waarschuwingen });
  };

  const titel = verplaatsen ? t('overleg.plan.verplaatsenTitel', { soort: t(`overleg.soort.${verplaatsen.soort}`), datum: nlDatum(verplaatsen.datum) }) : t('overleg.plan.titel');
  const knop = waarschuwing ? (verplaatsen ? t('overleg.plan.tochVerplaatsen') : t('overleg.plan.tochPlannen')) : verplaatsen ? t('overleg.plan.verplaatsen') : t('overleg.plan.plannen');

  return (
    <FormDialoog
      open={open}
      titel={titel}
      uitleg={
        <Typography variant="body2" color="text.secondary">
          {t('overleg.plan.uitleg')}
        </Typography>
      }
      actie={actie}
      verzendTekst={knop}
      bekendeVelden={['soort', 'datum', 'tijd', 'locatie']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      {waarschuwing && (
        <Alert severity="warning" data-testid="planwaarschuwing" data-artikel={waarschuwing.artikel ?? ''}>
          <AlertTitle>{t('overleg.plan.waarschuwingTitel', { artikel: waarschuwing.artikel ?? '' })}</AlertTitle>
          <MetDatums tekst={waarschuwing.velden?.find((v) => v.pad === 'datum')?.melding ?? waarschuwing.melding} />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {verplaatsen ? t('overleg.plan.tochVerplaatsenUitleg') : t('overleg.plan.tochUitleg')}
          </Typography>
        </Alert>
      )}
      {!verplaatsen && (
        <Keuzeveld actie={actie} pad="soort" label={t('overleg.plan.soort')} value={w.soort} onChange={(e) => wijzig({ soort: e.target.value as Overlegsoort })} autoFocus required opties={OVERLEGSOORTEN.map((s) => ({ waarde: s, label: t(`overleg.soort.${s}`) }))} />
      )}
      <DatumVeld
        name="datum"
        label={verplaatsen ? t('overleg.plan.nieuweDatum') : t('overleg.plan.datum')}
        value={w.datum}
        onChange={(e) => wijzig({ datum: e.target.value })}
        fout={actie.veldfout('datum')}
        required
        autoFocus={Boolean(verplaatsen)}
      />
      <Veld actie={actie} pad="tijd" label={t('overleg.plan.tijd')} hulp={t('overleg.plan.tijdHulp')} value={w.tijd} onChange={(e) => wijzig({ tijd: e.target.value })} required autoComplete="off" slotProps={{ htmlInput: { maxLength: 5, inputMode: 'numeric' } }} />
      {!verplaatsen && <Veld actie={actie} pad="locatie" label={t('overleg.plan.locatie')} value={w.locatie} onChange={(e) => wijzig({ locatie: e.target.value })} autoComplete="off" />}
    </FormDialoog>
  );
}
