/** Partner detail → accession (art. 4): request, the parties' consent, joining or refusal. */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail as Detail } from '@shared/domein/partner';
import type { Resultaat } from '@shared/fouten';
import { roep } from '../../../api/client';
import { useMag } from '../../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../../opmaak';
import { Sectie } from '../../../componenten/Sectie';
import { Tabel } from '../../../componenten/Tabel';
import { FoutMelding } from '../../../componenten/FoutMelding';
import { DatumVeld } from '../../../componenten/DatumVeld';
import { useActie, type Actie } from '../../../componenten/useActie';
import { Verborgen } from '../../../componenten/Verborgen';
import { DatumActie } from './DatumActie';

/** A party of the covenant and whether it has consented to the candidate's accession. */
type Partij = { id: number; code: string; naam: string; instemming: Detail['instemmingen'][number] | null };

export function Toetreding({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail, melding: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const verzoekActie = useActie();
  const instemActie = useActie();
  const toetredActie = useActie();
  const [verzoekDatum, setVerzoekDatum] = useState(vandaagNl());
  const [instemDatum, setInstemDatum] = useState(vandaagNl());
  const [toetreedDatum, setToetreedDatum] = useState(vandaagNl());
  const [bezigMet, setBezigMet] = useState<number | null>(null);

  /** Date fields are checked here, so the backend only ever sees JJJJ-MM-DD. */
  const metDatum = async (actie: Actie, tekst: string, aanroep: (iso: string) => Promise<Resultaat<Detail>>) => {
    const iso = naarIsoDatum(tekst);
    return actie.uitvoeren(() => aanroep(iso ?? ''), { datum: !iso && t('datum.ongeldig') });
  };

  const verzoek = async () => {
    const d = await metDatum(verzoekActie, verzoekDatum, (datum) => roep('partners.toetredingAanvragen', { id: p.id, datum }));
    if (d) onBijgewerkt(d, t('partner.verzoekVastgelegd'));
  };
  const instemmen = async (partij: { id: number; naam: string }) => {
    setBezigMet(partij.id);
    try {
      const d = await metDatum(instemActie, instemDatum, (datum) => roep('partners.instemmingVastleggen', { kandidaatId: p.id, partijId: partij.id, datum }));
      if (d) onBijgewerkt(d, t('partner.instemmingVastgelegd', { naam: partij.naam }));
    } finally {
      setBezigMet(null);
    }
  };
  const toetreden = async () => {
    const d = await metDatum(toetredActie, toetreedDatum, (datum) => roep('partners.toetredingVastleggen', { id: p.id, datum }));
    if (d) onBijgewerkt(d, t('partner.toetredingVastgelegd', { naam: d.naam }));
  };

  const beheren = mag('partners.toetredingVastleggen');
  const rijen: Partij[] = [
    ...p.instemmingen.map((i) => ({ id: i.partijId, code: i.partijCode, naam: i.partijNaam, instemming: i })),
    ...p.ontbrekendeInstemmingen.map((o) => ({ id: o.id, code: o.code, naam: o.naam, instemming: null })),
  ].sort((a, b) => a.code.localeCompare(b.code));
  const aantalPartijen = rijen.length;

  return (
    <Sectie titel={t('partner.toetreding')} uitleg={p.toetredingAangevraagdOp ? t('partner.toetredingUitleg') : t('partner.suggestieUitleg')}>
      {!p.toetredingAangevraagdOp ? (
        beheren && (
          <DatumActie actie={verzoekActie} label={t('partner.verzoekDatum')} knop={t('partner.verzoekVastleggen')} datum={verzoekDatum} onDatum={setVerzoekDatum} onVerzenden={() => void verzoek()} />
        )
      ) : (
        <>
          <Typography variant="h3" component="h3" sx={{ mb: 0.5 }} id="instemmingen-kop">
            {t('partner.instemmingen')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="instemmingen-stand">
            {t('partner.instemmingenStand', { aantal: p.instemmingen.length, totaal: aantalPartijen })}
          </Typography>
          {beheren && p.ontbrekendeInstemmingen.length > 0 && (
            <Box sx={{ mb: 2 }}>
              <DatumVeld label={t('partner.instemmingDatum')} value={instemDatum} onChange={(e) => setInstemDatum(e.target.value)} fout={instemActie.veldfout('datum')} sx={{ maxWidth: 260 }} />
            </Box>
          )}
          {instemActie.fout && (
            <Box sx={{ mb: 2 }}>
              <FoutMelding fout={instemActie.fout} bekendeVelden={['datum']} />
            </Box>
          )}
          <Tabel<Partij>
            label={t('partner.instemmingen')}
            dicht
            sx={{ mb: 3 }}
            rijen={rijen}
            sleutel={(r) => String(r.id)}
            rijAttributen={(r) => ({ 'data-partij': r.code })}
            kolommen={[
              { id: 'code', kop: t('partner.code'), code: true, cel: (r) => r.code },
              { id: 'partij', kop: t('partner.partij'), rijkop: true, cel: (r) => r.naam },
              {
                id: 'instemming',
                kop: t('partner.instemming'),
                cel: (r) =>
                  r.instemming ? (
                    <Chip
                      size="small"
                      color="success"
                      label={t('partner.ingestemdOp', { datum: nlDatum(r.instemming.datum) })}
                      title={t('partner.vastgelegdDoor', { naam: r.instemming.vastgelegdDoor })}
                    />
                  ) : (
                    <Chip size="small" variant="outlined" color="warning" label={t('partner.ontbreekt')} />
                  ),
              },
            ]}
            {...(beheren
              ? {
                  acties: (r: Partij) =>
                    !r.instemming && (
                      <Button size="small" variant="outlined" disabled={bezigMet !== null} onClick={() => void instemmen(r)}>
                        {bezigMet === r.id ? t('algemeen.bezig') : t('partner.instemmingVastleggen')}
                        <Verborgen>{t('partner.voorPartij', { naam: r.naam })}</Verborgen>
                      </Button>
                    ),
                }
              : {})}
          />
          {beheren && (
            <>
              <Typography variant="h3" component="h3" sx={{ mb: 1.5 }}>
                {t('partner.toetredingVastleggen')}
              </Typography>
              {p.ontbrekendeInstemmingen.length === 0 && (
                <Alert severity="success" sx={{ mb: 2 }}>
                  {t('partner.alleIngestemd')}
                </Alert>
              )}
              <DatumActie actie={toetredActie} label={t('partner.toetredingDatum')} knop={t('partner.toetredingVastleggen')} datum={toetreedDatum} onDatum={setToetreedDatum} onVerzenden={() => void toetreden()} />
            </>
          )}
        </>
      )}
    </Sectie>
  );
}
