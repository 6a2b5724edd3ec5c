import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import VerifiedOutlinedIcon from '@mui/icons-material/VerifiedOutlined';
import { useTranslation } from 'react-i18next';
import type { Invoer } from '../../../shared/api';
import type { AuditRegel, AuditVerificatie } from '../../../shared/domein/audit';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { dagBeginUtc, naarIsoDatum, nlDatum, nlDatumTijd, volgendeDag } from '../../opmaak';
import { BezigKnop } from '../../componenten/BezigKnop';
import { PaginaFormulier } from '../../componenten/PaginaFormulier';
import { Pagina } from '../../componenten/Pagina';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { DatumVeld } from '../../componenten/DatumVeld';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { Tabel } from '../../componenten/Tabel';

const PAGINA = 25;

type Filter = Omit<Invoer<'audit.lijst'>, 'limiet' | 'voor'>;

/** The entry's details as "sleutel: waarde", dates in Dutch notation. */
function details(d: Record<string, unknown>): string {
  const waarde = (v: unknown): string => {
    if (typeof v !== 'string') return JSON.stringify(v);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return nlDatum(v);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v)) return nlDatumTijd(v);
    return v;
  };
  return Object.entries(d)
    .map(([k, v]) => `${k}: ${waarde(v)}`)
    .join(', ');
}

/** Beheer → Audit: the hash-chained log (docs/ontwerp.md §5), filtered and paged, and its verification. */
export function Audit() {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const meerActie = useActie();
  const controleActie = useActie();
  const [invoer, setInvoer] = useState({ gebruiker: '', actie: '', vanaf: '', tot: '' });
  const [filter, setFilter] = useState<Filter>({});
  const [regels, setRegels] = useState<AuditRegel[] | null>(null);
  const [totaal, setTotaal] = useState(0);
  const [controle, setControle] = useState<AuditVerificatie | null>(null);
  const { uitvoeren } = actie;

  const zoeken = useCallback(
    async (f: Filter) => {
      const r = await uitvoeren(() => roep('audit.lijst', { ...f, limiet: PAGINA }));
      if (r) {
        setRegels(r.regels);
        setTotaal(r.totaal);
        setFilter(f);
      }
    },
    [uitvoeren],
  );

  useEffect(() => {
    void zoeken({});
  }, [zoeken]);

  const verzenden = async () => {
    const vanaf = invoer.vanaf.trim() ? naarIsoDatum(invoer.vanaf) : '';
    const tot = invoer.tot.trim() ? naarIsoDatum(invoer.tot) : '';
    if (vanaf === null || tot === null) {
      await actie.uitvoeren(async () => ({ ok: true, waarde: null }), {
        vanaf: vanaf === null && t('datum.ongeldig'),
        tot: tot === null && t('datum.ongeldig'),
      });
      return;
    }
    const f: Filter = {
      ...(invoer.gebruiker.trim() ? { gebruiker: invoer.gebruiker.trim() } : {}),
      ...(invoer.actie.trim() ? { actie: invoer.actie.trim() } : {}),
      ...(vanaf ? { vanaf: dagBeginUtc(vanaf) } : {}),
      // "tot en met" a day: everything before the start of the next day
      ...(tot ? { tot: dagBeginUtc(volgendeDag(tot)) } : {}),
    };
    await zoeken(f);
  };

  const wissen = () => {
    setInvoer({ gebruiker: '', actie: '', vanaf: '', tot: '' });
    actie.wissen();
    void zoeken({});
  };

  const meerLaden = async () => {
    const laatste = regels?.at(-1);
    if (!laatste) return;
    const r = await meerActie.uitvoeren(() => roep('audit.lijst', { ...filter, limiet: PAGINA, voor: laatste.volgnr }));
    if (r) {
      setRegels((oud) => [...(oud ?? []), ...r.regels]);
      setTotaal(r.totaal);
    }
  };

  const controleren = async () => {
    setControle(null);
    const r = await controleActie.uitvoeren(() => roep('audit.verifieren', {}));
    if (r) setControle(r);
  };

  return (
    <Pagina
      titel={t('audit.titel')}
      intro={t('audit.intro')}
      fout={controleActie.fout}
      acties={
        mag('audit.verifieren') && (
          <BezigKnop actie={controleActie} variant="contained" startIcon={<VerifiedOutlinedIcon />} onClick={() => void controleren()}>
            {t('audit.controleren')}
          </BezigKnop>
        )
      }
    >
      {controle && (
        <Alert severity={controle.geldig ? 'success' : 'error'} variant="filled" sx={{ mb: 3 }} data-testid="auditcontrole" onClose={() => setControle(null)}>
          <AlertTitle>{t('audit.controle')}</AlertTitle>
          {controle.geldig
            ? t('audit.geldig', { aantal: controle.aantal })
            : t('audit.ongeldig', { volgnr: controle.eersteFout?.volgnr ?? '?', reden: controle.eersteFout?.reden ?? '' })}
          {controle.ankers.map((a) => (
            <Box key={a.bron} sx={{ mt: 0.5 }}>
              {t('audit.anker', { bron: t(`audit.ankerBron.${a.bron}`), volgnr: a.volgnr ?? '?', tijd: a.tijd ? nlDatumTijd(a.tijd) : '?' })}: {a.code ? (a.melding ?? a.code) : t('audit.ankerKlopt')}
            </Box>
          ))}
          <Box sx={{ mt: 0.5 }}>
            {t('audit.kop')}:{' '}
            <Box component="code" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {controle.kop}
            </Box>
          </Box>
        </Alert>
      )}
      <Sectie titel={t('audit.filters')}>
        <PaginaFormulier
          label={t('audit.filters')}
          actie={actie}
          bekendeVelden={['gebruiker', 'actie', 'vanaf', 'tot']}
          knop={t('algemeen.zoeken')}
          onVerzenden={() => void verzenden()}
          extraKnoppen={
            <Button type="button" onClick={wissen}>
              {t('algemeen.wissen')}
            </Button>
          }
        >
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' } }}>
            <Veld actie={actie} pad="gebruiker" label={t('audit.gebruiker')} value={invoer.gebruiker} onChange={(e) => setInvoer({ ...invoer, gebruiker: e.target.value })} autoComplete="off" />
            <Veld actie={actie} pad="actie" label={t('audit.actie')} hulp={t('audit.actieHulp')} value={invoer.actie} onChange={(e) => setInvoer({ ...invoer, actie: e.target.value })} autoComplete="off" />
            <DatumVeld label={t('audit.vanaf')} value={invoer.vanaf} onChange={(e) => setInvoer({ ...invoer, vanaf: e.target.value })} fout={actie.veldfout('vanaf')} />
            <DatumVeld label={t('audit.tot')} value={invoer.tot} onChange={(e) => setInvoer({ ...invoer, tot: e.target.value })} fout={actie.veldfout('tot')} />
          </Box>
        </PaginaFormulier>
      </Sectie>
      {regels && (
        <>
          <Typography color="text.secondary" sx={{ mb: 1 }} role="status" data-testid="audit-aantal">
            {t('audit.aantal', { getoond: regels.length, totaal })}
          </Typography>
          <Tabel<AuditRegel>
            label={t('audit.tabel')}
            dicht
            rijen={regels}
            sleutel={(r) => String(r.volgnr)}
            leeg={t('audit.geen')}
            kolommen={[
              { id: 'volgnr', kop: t('audit.volgnr'), cel: (r) => r.volgnr },
              { id: 'tijd', kop: t('audit.tijd'), nowrap: true, cel: (r) => nlDatumTijd(r.tijd) },
              { id: 'gebruiker', kop: t('audit.gebruiker'), cel: (r) => r.gebruiker },
              { id: 'actie', kop: t('audit.actieKolom'), sx: { fontFamily: 'monospace', fontSize: '0.82rem' }, cel: (r) => r.actie },
              { id: 'onderwerp', kop: t('audit.onderwerp'), sx: { fontFamily: 'monospace', fontSize: '0.82rem' }, cel: (r) => r.onderwerp },
              { id: 'details', kop: t('audit.details'), sx: { fontSize: '0.82rem', color: 'text.secondary', wordBreak: 'break-word', maxWidth: 360 }, cel: (r) => details(r.details) },
            ]}
          />
          {meerActie.fout && (
            <Box sx={{ mt: 2 }}>
              <FoutMelding fout={meerActie.fout} />
            </Box>
          )}
          {regels.length < totaal && (
            <Box sx={{ mt: 2 }}>
              <BezigKnop actie={meerActie} variant="outlined" onClick={() => void meerLaden()}>
                {t('audit.meer')}
              </BezigKnop>
            </Box>
          )}
        </>
      )}
    </Pagina>
  );
}
