import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import VerifiedOutlinedIcon from '@mui/icons-material/VerifiedOutlined';
import { useTranslation } from 'react-i18next';
import type { Invoer, Uitvoer } from '@shared/api';
import type { AuditRegel, AuditVerificatie } from '@shared/domein/audit';
import { auditActie, auditDetails, auditGroep, auditOnderwerp, GEEN_NAMEN, hexWoord, persoonWoord, taalVan, type Auditnamen, type Taal } from '@shared/meldingen/codewoorden';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { dagBeginUtc, naarIsoDatum, nlDatumTijd, volgendeDag } from '../../opmaak';
import { Gegevenslijst } from '../../componenten/Gegevenslijst';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { MapVeld } from '../../componenten/MapVeld';
import { Succes } from '../../componenten/Succes';
import { useSucces } from '../../componenten/useSucces';
import { useNavigatie } from '../../store/navigatie';
import { BezigKnop } from '../../componenten/BezigKnop';
import { PaginaFormulier } from '../../componenten/PaginaFormulier';
import { Pagina } from '../../componenten/Pagina';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { DatumVeld } from '../../componenten/DatumVeld';
import { useActie } from '../../componenten/useActie';
import { Tabel } from '../../componenten/Tabel';
import { Verborgen } from '../../componenten/Verborgen';

const PAGINA = 25;

type Filter = Omit<Invoer<'audit.lijst'>, 'limiet' | 'voor'>;

/** The details of an entry in words, on one line (the table); the detail view lists them. */
const detailsKort = (r: AuditRegel, taal: Taal, namen: Auditnamen): string =>
  auditDetails(r.details, taal, namen)
    .map((d) => `${d.label}: ${d.waarde}`)
    .join(' · ');

/** One entry in words: what was done, by whom, about what, with every detail named (ADR 0037). */
function AuditDetail({ regel, namen, taal, onSluiten }: { regel: AuditRegel | null; namen: Auditnamen; taal: Taal; onSluiten(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={regel !== null} onClose={onSluiten} aria-labelledby="auditdetail-titel" maxWidth="sm" fullWidth>
      {regel && (
        <>
          <DialogTitle id="auditdetail-titel">{auditActie(regel.actie, taal)}</DialogTitle>
          <DialogContent>
            <Gegevenslijst
              dicht
              regels={[
                { sleutel: 'tijd', label: t('audit.tijd'), waarde: nlDatumTijd(regel.tijd) },
                { sleutel: 'persoon', label: t('audit.persoon'), waarde: t('audit.persoonAccount', { naam: persoonWoord(regel.gebruiker, namen), account: regel.gebruiker }) },
                { sleutel: 'onderwerp', label: t('audit.onderwerp'), waarde: auditOnderwerp(regel.onderwerp, taal, namen) },
                ...auditDetails(regel.details, taal, namen).map((d, i) => ({ sleutel: `d${i}`, label: d.label, waarde: d.waarde })),
                { sleutel: 'volgnr', label: t('audit.volgnrLang'), waarde: regel.volgnr },
                { sleutel: 'hash', label: t('audit.controlegetal'), waarde: <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>{hexWoord(regel.hash)}</Box> },
              ]}
            />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {t('audit.controlegetalUitleg')}
            </Typography>
          </DialogContent>
          <DialogActions>
            <Button onClick={onSluiten} autoFocus>
              {t('algemeen.sluiten')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}

/** Export of the selection as CSV or PDF, for the privacy-medewerker (art. 12.22); the export is audited. */
function Exporteren({ filter }: { filter: Filter }) {
  const { t } = useTranslation();
  const actie = useActie();
  const laatsteMap = useNavigatie((s) => s.laatsteMap);
  const [doelmap, setDoelmap] = useState(laatsteMap);
  const succes = useSucces();
  const exporteren = async (formaat: 'csv' | 'pdf') => {
    const r: Uitvoer<'audit.exporteren'> | undefined = await actie.uitvoeren(() => roep('audit.exporteren', { ...filter, formaat, doelmap }));
    if (r) succes.tonen(t('audit.exportKlaar', { aantal: r.aantal, pad: r.pad }));
  };
  return (
    <Sectie titel={t('audit.exportTitel')} uitleg={t('audit.exportUitleg')}>
      <Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />
      {actie.fout && <FoutMelding fout={actie.fout} />}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr auto auto' }, alignItems: 'start' }}>
        <MapVeld actie={actie} waarde={doelmap} onWaarde={setDoelmap} />
        <BezigKnop actie={actie} variant="outlined" onClick={() => void exporteren('csv')} sx={{ mt: 1 }}>
          {t('audit.exportCsv')}
        </BezigKnop>
        <BezigKnop actie={actie} variant="outlined" onClick={() => void exporteren('pdf')} sx={{ mt: 1 }}>
          {t('audit.exportPdf')}
        </BezigKnop>
      </Box>
    </Sectie>
  );
}

/** Beheer → Audit: the hash-chained log (docs/ontwerp.md §5), filtered and paged, and its verification. */
export function Audit() {
  const { t, i18n } = useTranslation();
  const taal = taalVan(i18n.language);
  const mag = useMag();
  const actie = useActie();
  const meerActie = useActie();
  const controleActie = useActie();
  const [invoer, setInvoer] = useState({ gebruiker: '', actie: '', vanaf: '', tot: '' });
  const [filter, setFilter] = useState<Filter>({});
  const [regels, setRegels] = useState<AuditRegel[] | null>(null);
  const [totaal, setTotaal] = useState(0);
  const [keuzes, setKeuzes] = useState<Pick<Uitvoer<'audit.lijst'>, 'namen' | 'personen' | 'groepen'>>({ namen: GEEN_NAMEN, personen: [], groepen: [] });
  const [open, setOpen] = useState<AuditRegel | null>(null);
  const [controle, setControle] = useState<AuditVerificatie | null>(null);
  const { uitvoeren } = actie;

  const zoeken = useCallback(
    async (f: Filter) => {
      const r = await uitvoeren(() => roep('audit.lijst', { ...f, limiet: PAGINA }));
      if (r) {
        setRegels(r.regels);
        setTotaal(r.totaal);
        setKeuzes({ namen: r.namen, personen: r.personen, groepen: r.groepen });
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
      ...(invoer.gebruiker ? { gebruiker: invoer.gebruiker } : {}),
      // a group of actions: everything whose code starts with "groep."
      ...(invoer.actie ? { actie: `${invoer.actie}.` } : {}),
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
      setKeuzes({ namen: r.namen, personen: r.personen, groepen: r.groepen });
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
            <Box component="span" sx={{ fontFamily: 'monospace' }}>
              {hexWoord(controle.kop)}
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
            <Keuzeveld
              label={t('audit.actie')}
              leeg={t('audit.alleHandelingen')}
              value={invoer.actie}
              onChange={(e) => setInvoer({ ...invoer, actie: e.target.value })}
              opties={keuzes.groepen.map((g) => ({ waarde: g, label: auditGroep(g, taal) })).sort((a, b) => a.label.localeCompare(b.label, taal))}
            />
            <Keuzeveld
              label={t('audit.persoon')}
              leeg={t('audit.iedereen')}
              value={invoer.gebruiker}
              onChange={(e) => setInvoer({ ...invoer, gebruiker: e.target.value })}
              opties={keuzes.personen.map((p) => ({ waarde: p.account, label: p.naam }))}
            />
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
              { id: 'persoon', kop: t('audit.persoon'), cel: (r) => persoonWoord(r.gebruiker, keuzes.namen) },
              { id: 'actie', kop: t('audit.actieKolom'), rijkop: true, cel: (r) => auditActie(r.actie, taal) },
              { id: 'onderwerp', kop: t('audit.onderwerp'), cel: (r) => auditOnderwerp(r.onderwerp, taal, keuzes.namen) },
              { id: 'details', kop: t('audit.details'), sx: { fontSize: '0.82rem', color: 'text.secondary', wordBreak: 'break-word', maxWidth: 380 }, cel: (r) => detailsKort(r, taal, keuzes.namen) },
            ]}
            acties={(r) => (
              <Button size="small" onClick={() => setOpen(r)}>
                {t('audit.bekijken')}
                <Verborgen>{t('audit.regelNr', { volgnr: r.volgnr })}</Verborgen>
              </Button>
            )}
          />
          <AuditDetail regel={open} namen={keuzes.namen} taal={taal} onSluiten={() => setOpen(null)} />
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
      {mag('audit.exporteren') && <Exporteren filter={filter} />}
    </Pagina>
  );
}
