import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import FingerprintIcon from '@mui/icons-material/Fingerprint';
import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import {
  controleerVolledig,
  formatCasusSchema,
  kenmerken,
  MAX_SAMENVATTING_REGELS,
  MAX_SAMENVATTING_TEKENS,
  SEKSUELE_VORMEN,
  SOORTEN_FACILITEERDER,
  VERMOEDENS,
  type FormatCasus,
} from '../../../shared/domein/signaal';
import type { Fout, Veldfout } from '../../../shared/fouten';
import { vandaag } from '../../../shared/datum';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { naarIsoDatum, nlDatum } from '../../opmaak';
import { FoutMelding } from '../../componenten/FoutMelding';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { Succes } from '../../componenten/Succes';
import { FormulierContext, Datum, Keuze, Knoppen, Tekst, Velden, leesPad, normaalPad, useJaNee, zetPad } from './formulierVelden';
import { MatchKaarten } from './MatchKaarten';
import { useKetenNavigatie } from './navigatie';
import { faseNaam, sorteerPartners, useCatalogus, useFaseLabels, usePartners } from './naslag';

type Opgeslagen = Uitvoer<'signalen.opslaan'>;

const DATUMVELDEN = ['melder.datum', 'slachtoffer.geboortedatum', 'pleger.geboortedatum', 'faciliteerder.geboortedatum'] as const;
type Rol = 'slachtoffer' | 'pleger' | 'faciliteerder';
const OMGEVING = ['partner', 'familie', 'vriendenKennissen', 'collegasKlasgenoten', 'professionals', 'werkOpleiding', 'sportVerenigingsleven', 'overigen'] as const;

const nuTijd = () => new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date());

function nieuwFormulier(): { f: FormatCasus; datums: Record<string, string> } {
  const f = formatCasusSchema.parse({});
  f.melder.datum = vandaag();
  return { f, datums: { datum: nlDatum(vandaag()), tijd: nuTijd(), 'melder.datum': nlDatum(vandaag()) } };
}

function uitBestaand(f: FormatCasus): Record<string, string> {
  const d: Record<string, string> = {
    datum: f.datumTijd ? nlDatum(f.datumTijd) : '',
    tijd: f.datumTijd ? f.datumTijd.slice(11, 16) : '',
  };
  for (const pad of DATUMVELDEN) {
    const w = leesPad(f, pad) as string;
    d[pad] = w ? nlDatum(w) : '';
  }
  return d;
}

/** "UU:MM" from what was typed ("9:05", "0905"), or null. */
function tijdVan(tekst: string): string | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(tekst.trim());
  if (!m) return null;
  const [u, mi] = [Number(m[1]), Number(m[2])];
  if (u > 23 || mi > 59) return null;
  return `${String(u).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

/**
 * Signalen → new or edit: every field of the Format casus (bijlage), in its sections. A draft saves
 * without checks; submitting checks the whole form (backend) and answers with the signals that may
 * be about the same person (art. 7.2).
 */
export function SignaalFormulier({ id: beginId }: { id?: number }) {
  const { t } = useTranslation();
  const mag = useMag();
  const naarSignalen = useKetenNavigatie((s) => s.naarSignalen);
  const partners = usePartners();
  const catalogus = useCatalogus();
  const faseLabels = useFaseLabels();
  const jaNee = useJaNee();

  const [id, setId] = useState<number | undefined>(beginId);
  const [nummer, setNummer] = useState<string | null>(null);
  const [status, setStatus] = useState<'concept' | 'ingediend' | null>(beginId ? null : 'concept');
  const [{ f, datums }, setStaat] = useState(nieuwFormulier);
  const [laadFout, setLaadFout] = useState<Fout | null>(null);
  const [geladen, setGeladen] = useState(!beginId);
  const [bestaandeIndicatoren, setBestaandeIndicatoren] = useState<number[]>([]);

  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Fout | null>(null);
  const [veldfouten, setVeldfouten] = useState<Veldfout[]>([]);
  const [succes, setSucces] = useState<string | null>(null);
  const [uitkomst, setUitkomst] = useState<Opgeslagen | null>(null);
  const [bestaandIngediend, setBestaandIngediend] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusVraag, setFocusVraag] = useState(0);

  // Editing needs the identifying form; the backend logs that view (art. 6.2, 9.5).
  useEffect(() => {
    if (!beginId) return;
    let weg = false;
    void roep('signalen.detail', { id: beginId, vorm: 'identificeerbaar' }).then((r) => {
      if (weg) return;
      if (!r.ok) {
        setLaadFout(r.fout);
        return;
      }
      setStaat({ f: r.waarde.formulier, datums: uitBestaand(r.waarde.formulier) });
      setNummer(r.waarde.nummer);
      setStatus(r.waarde.status);
      setBestaandeIndicatoren(r.waarde.formulier.indicatoren);
      setGeladen(true);
    });
    return () => {
      weg = true;
    };
  }, [beginId]);

  const zet = useCallback((pad: string, waarde: unknown) => setStaat((s) => ({ ...s, f: zetPad(s.f, pad, waarde) })), []);
  const zetDatum = useCallback((pad: string, tekst: string) => setStaat((s) => ({ ...s, datums: { ...s.datums, [pad]: tekst } })), []);
  const foutVoor = useCallback((pad: string) => veldfouten.find((v) => normaalPad(v.pad) === pad)?.melding, [veldfouten]);
  const context = useMemo(() => ({ f, zet, fout: foutVoor, datums, zetDatum }), [f, zet, foutVoor, datums, zetDatum]);

  /** The form with its typed dates turned into JJJJ-MM-DD; dates that are not dates become local messages. */
  const samenstellen = (): { formulier: FormatCasus; lokaal: Veldfout[] } => {
    const lokaal: Veldfout[] = [];
    let formulier = f;
    const datum = datums.datum?.trim() ?? '';
    const tijd = datums.tijd?.trim() ?? '';
    const isoDatum = datum ? naarIsoDatum(datum) : '';
    const hhmm = tijd ? tijdVan(tijd) : '';
    if (isoDatum === null) lokaal.push({ pad: 'datumTijd', melding: t('datum.ongeldig') });
    else if (hhmm === null) lokaal.push({ pad: 'datumTijd', melding: t('keten.formulier.tijdOngeldig') });
    else if (!isoDatum && hhmm) lokaal.push({ pad: 'datumTijd', melding: t('keten.formulier.datumBijTijd') });
    else formulier = { ...formulier, datumTijd: isoDatum ? `${isoDatum}T${hhmm || '00:00'}` : '' };
    for (const pad of DATUMVELDEN) {
      const tekst = datums[pad]?.trim() ?? '';
      const iso = tekst ? naarIsoDatum(tekst) : '';
      if (iso === null) lokaal.push({ pad, melding: t('datum.ongeldig') });
      else formulier = zetPad(formulier, pad, iso);
    }
    return { formulier, lokaal };
  };

  // What the form says about the victim, live: minor (art. 5.4, 8.4) and youth prostitution (footnote 13).
  const flags = useMemo(() => {
    const gd = datums['slachtoffer.geboortedatum'] ? naarIsoDatum(datums['slachtoffer.geboortedatum']) : '';
    const dt = datums.datum ? naarIsoDatum(datums.datum) : '';
    if (gd && gd > vandaag()) return { minderjarig: false, jeugdprostitutie: false, leeftijd: null };
    return kenmerken({ ...f, datumTijd: dt ? `${dt}T00:00` : '', slachtoffer: { ...f.slachtoffer, geboortedatum: gd ?? '' } });
  }, [f, datums]);

  // After a refusal: the first field in error gets the focus and comes into view.
  useEffect(() => {
    if (focusVraag === 0 || !formRef.current) return;
    const paden = new Set(veldfouten.map((v) => normaalPad(v.pad)));
    const eerste = [...formRef.current.querySelectorAll<HTMLElement>('[data-pad]')].find((el) => paden.has(el.dataset.pad ?? ''));
    const doel = eerste?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, [role=combobox], [tabindex]:not([tabindex="-1"])');
    if (doel) {
      doel.focus({ preventScroll: true });
      doel.scrollIntoView({ block: 'center' });
    } else document.getElementById('formulier-fouten')?.focus();
  }, [focusVraag, veldfouten]);

  const opslaan = async (indienen: boolean) => {
    setSucces(null);
    const { formulier, lokaal } = samenstellen();
    if (lokaal.length) {
      setFout({ code: 'ONGELDIGE_INVOER', melding: t('fout.velden') });
      setVeldfouten(lokaal);
      setFocusVraag((n) => n + 1);
      return;
    }
    setBezig(true);
    try {
      const r = await roep('signalen.opslaan', { ...(id ? { id } : {}), formulier, indienen });
      if (r.ok) {
        setFout(null);
        setVeldfouten([]);
        setId(r.waarde.id);
        setNummer(r.waarde.nummer);
        setStatus(r.waarde.status);
        if (r.waarde.status === 'ingediend') {
          setBestaandIngediend(status === 'ingediend');
          setUitkomst(r.waarde);
        }
        else setSucces(t('keten.formulier.conceptOpgeslagen', { nummer: r.waarde.nummer }));
        return;
      }
      let velden = r.fout.velden ?? [];
      // The backend checks the schema first and completeness only after; so that one attempt shows
      // every problem, the same shared completeness check runs here when the schema refused.
      if (indienen && r.fout.code === 'ONGELDIGE_INVOER') {
        const bekend = new Set(velden.map((v) => normaalPad(v.pad)));
        velden = [...velden, ...controleerVolledig(formulier).filter((v) => !bekend.has(normaalPad(v.pad)))];
      }
      setFout(r.fout);
      setVeldfouten(velden);
      setFocusVraag((n) => n + 1);
    } finally {
      setBezig(false);
    }
  };

  const titel = nummer ? t('keten.formulier.titelBewerken', { nummer }) : t('keten.formulier.titelNieuw');

  if (uitkomst) return <Ingediend uitkomst={uitkomst} gewijzigd={bestaandIngediend} />;

  const terug = () => naarSignalen(id ? { soort: 'detail', id } : { soort: 'overzicht', tab: 'lijst' });
  const partnerOpties = sorteerPartners(partners ?? []).map((p) => ({ waarde: p.id, label: p.naam }));
  const samenvattingRegels = f.samenvatting === '' ? 0 : f.samenvatting.split(/\r?\n/).length;
  const teVeelRegels = samenvattingRegels > MAX_SAMENVATTING_REGELS || f.samenvatting.length > MAX_SAMENVATTING_TEKENS;
  const seksueel = f.vermoedens.includes('seksuele-uitbuiting');
  const economisch = f.vermoedens.includes('sociaal-economische-uitbuiting');
  const vermoedenFout = foutVoor('vermoedens');
  const vormFout = foutVoor('seksueleVormen');
  const indicatorFout = foutVoor('indicatoren');
  const bekendePaden = veldfouten.map((v) => v.pad);

  const vinkVermoeden = (v: (typeof VERMOEDENS)[number], aan: boolean) => {
    const nieuw = aan ? [...f.vermoedens, v] : f.vermoedens.filter((x) => x !== v);
    zet('vermoedens', VERMOEDENS.filter((x) => nieuw.includes(x)));
    if (v === 'seksuele-uitbuiting' && !aan) zet('seksueleVormen', []);
  };

  const personalia = (rol: Rol) => (
    <Velden>
      {rol === 'faciliteerder' && (
        <Keuze pad="faciliteerder.soort" label={t('keten.veld.soortFaciliteerder')} leegLabel={t('keten.formulier.geenKeuze')} opties={SOORTEN_FACILITEERDER.map((s) => ({ waarde: s, label: t(`keten.faciliteerder.${s}`) }))} />
      )}
      <Tekst pad={`${rol}.naam`} label={t('keten.veld.naam')} />
      <Datum pad={`${rol}.geboortedatum`} label={t('keten.veld.geboortedatum')} />
      <Keuze pad={`${rol}.geslacht`} label={t('keten.veld.geslacht')} opties={(['vrouw', 'man', 'anders', 'onbekend'] as const).map((g) => ({ waarde: g, label: t(`keten.geslacht.${g}`) }))} />
      <Tekst pad={`${rol}.adres`} label={t('keten.veld.adres')} />
      <Tekst pad={`${rol}.woonplaats`} label={t('keten.veld.woonplaats')} />
      <Tekst pad={`${rol}.nationaliteit`} label={t('keten.veld.nationaliteit')} />
      <Tekst pad={`${rol}.verblijfstatus`} label={t('keten.veld.verblijfstatus')} />
      {rol !== 'faciliteerder' && <Tekst pad={`${rol}.woonsituatie`} label={t('keten.veld.woonsituatie')} />}
    </Velden>
  );

  const omgeving = (groep: 'omgevingSlachtoffer' | 'omgevingPleger') => (
    <Velden>
      {OMGEVING.map((v) => (
        <Tekst key={v} pad={`${groep}.${v}`} label={t(`keten.omgeving.${v}`)} multiline rijen={1} />
      ))}
    </Velden>
  );

  const actieveIndicatoren = (catalogus ?? []).map((c) => ({ ...c, indicatoren: c.indicatoren.filter((i) => i.actief || bestaandeIndicatoren.includes(i.id)) })).filter((c) => c.indicatoren.length > 0);

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={terug} sx={{ mb: 1.5 }}>
        {id ? t('keten.formulier.terugNaarSignaal') : t('keten.terugNaarSignalen')}
      </Button>
      <PaginaKop titel={titel} intro={t('keten.formulier.intro')} />
      {laadFout && <FoutMelding fout={laadFout} />}
      {!geladen && !laadFout && (
        <Box role="status" sx={{ maxWidth: 480 }}>
          <Typography sx={{ mb: 1 }}>{t('keten.laden')}</Typography>
          <LinearProgress aria-hidden />
        </Box>
      )}
      {geladen && (
        <FormulierContext.Provider value={context}>
          <Box
            component="form"
            ref={formRef}
            noValidate
            aria-label={titel}
            onSubmit={(e) => {
              e.preventDefault();
              if (!bezig) void opslaan(true);
            }}
          >
            <Alert severity="info" icon={<FingerprintIcon />} sx={{ mb: 2 }}>
              {t('keten.formulier.uitlegIdentificerend')} {t('keten.formulier.uitlegVerplicht')}
              {beginId && <> {t('keten.formulier.bewerkenGelogd')}</>}
            </Alert>
            <Succes tekst={succes} onSluiten={() => setSucces(null)} />
            {fout && (
              <Box sx={{ mb: 2 }} id="formulier-fouten" tabIndex={-1}>
                <FoutMelding fout={fout} bekendeVelden={bekendePaden} />
                {veldfouten.length > 0 && <Foutenlijst fouten={veldfouten} />}
              </Box>
            )}

            <Sectie titel={t('keten.sectie.melder')} uitleg={t('keten.sectie.melderUitleg')}>
              <Velden>
                <Tekst pad="melder.contactpersoon" label={t('keten.veld.contactpersoon')} required />
                <Keuze pad="melder.partnerId" label={t('keten.veld.organisatie')} leegLabel={t('keten.formulier.geenKeuze')} opties={partnerOpties} />
                <Tekst pad="melder.telefoon" label={t('keten.veld.telefoon')} />
                <Datum pad="melder.datum" label={t('keten.veld.datumIngevuld')} />
              </Velden>
            </Sectie>

            <Sectie titel={t('keten.sectie.bron')} uitleg={t('keten.sectie.bronUitleg')}>
              <Velden>
                <Box data-pad="datumTijd" sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 130px', gap: 1.5, alignItems: 'start' }}>
                  <Datum pad="datum" label={t('keten.veld.datumSignaal')} required />
                  <TextField
                    label={t('keten.veld.tijd')}
                    value={datums.tijd ?? ''}
                    onChange={(e) => zetDatum('tijd', e.target.value)}
                    placeholder="uu:mm"
                    helperText={t('keten.formulier.tijdHulp')}
                    required
                    error={Boolean(foutVoor('datumTijd'))}
                    slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 5 } }}
                  />
                  {foutVoor('datumTijd') && (
                    <FormHelperText error sx={{ gridColumn: '1 / -1', mt: -1 }}>
                      {foutVoor('datumTijd')}
                    </FormHelperText>
                  )}
                </Box>
                <Keuze pad="bron.partnerId" label={t('keten.veld.bronOrganisatie')} leegLabel={t('keten.formulier.geenKeuze')} opties={partnerOpties} required />
                <Tekst pad="bron.naam" label={t('keten.veld.bronNaam')} required hulp={t('keten.formulier.bronNaamHulp')} />
                <Tekst pad="bron.telefoon" label={t('keten.veld.telefoon')} />
              </Velden>
            </Sectie>

            <Sectie titel={t('keten.sectie.slachtoffer')}>
              {(flags.minderjarig || flags.jeugdprostitutie) && (
                <Alert severity="error" sx={{ mb: 2 }} data-testid="minderjarig-melding">
                  <AlertTitle>{flags.minderjarig ? t('keten.formulier.minderjarigTitel', { leeftijd: flags.leeftijd ?? '' }) : t('keten.formulier.jeugdprostitutieTitel')}</AlertTitle>
                  {flags.minderjarig && t('keten.formulier.minderjarigTekst')} {flags.jeugdprostitutie && t('keten.formulier.jeugdprostitutieTekst')}
                </Alert>
              )}
              {personalia('slachtoffer')}
            </Sectie>
            <Sectie titel={t('keten.sectie.pleger')}>{personalia('pleger')}</Sectie>
            <Sectie titel={t('keten.sectie.faciliteerder')}>{personalia('faciliteerder')}</Sectie>
            <Sectie titel={t('keten.sectie.omgevingSlachtoffer')} uitleg={t('keten.sectie.indienBekend')}>
              {omgeving('omgevingSlachtoffer')}
            </Sectie>
            <Sectie titel={t('keten.sectie.omgevingPleger')} uitleg={t('keten.sectie.indienBekend')}>
              {omgeving('omgevingPleger')}
            </Sectie>

            <Sectie titel={t('keten.sectie.samenvatting')} uitleg={t('keten.sectie.samenvattingUitleg')}>
              <Box data-pad="samenvatting">
                <TextField
                  name="samenvatting"
                  label={t('keten.veld.samenvatting')}
                  value={f.samenvatting}
                  onChange={(e) => zet('samenvatting', e.target.value)}
                  multiline
                  minRows={5}
                  fullWidth
                  required
                  error={Boolean(foutVoor('samenvatting')) || teVeelRegels}
                  helperText={
                    <>
                      {foutVoor('samenvatting') && (
                        <Box component="span" sx={{ display: 'block' }}>
                          {foutVoor('samenvatting')}
                        </Box>
                      )}
                      <Box component="span" data-testid="regelteller" sx={{ display: 'block', fontWeight: teVeelRegels ? 700 : 400 }}>
                        {t('keten.formulier.regelteller', { regels: samenvattingRegels, max: MAX_SAMENVATTING_REGELS, tekens: f.samenvatting.length, maxTekens: MAX_SAMENVATTING_TEKENS })}
                      </Box>
                    </>
                  }
                />
              </Box>
            </Sectie>

            <Sectie titel={t('keten.sectie.vermoeden')} uitleg={t('keten.sectie.vermoedenUitleg')}>
              <FormControl component="fieldset" error={Boolean(vermoedenFout || vormFout)} data-pad="vermoedens" required>
                <FormLabel component="legend">{t('keten.veld.vermoeden')}</FormLabel>
                <FormGroup>
                  <FormControlLabel control={<Checkbox checked={seksueel} onChange={(e) => vinkVermoeden('seksuele-uitbuiting', e.target.checked)} />} label={t('keten.vermoeden.seksuele-uitbuiting')} />
                  {seksueel && (
                    <Box data-pad="seksueleVormen" sx={{ pl: 4, borderLeft: 2, borderColor: 'divider', ml: 1.5 }}>
                      <FormControl component="fieldset" error={Boolean(vormFout)}>
                        <FormLabel component="legend" sx={{ fontSize: '0.875rem' }}>
                          {t('keten.veld.seksueleVorm')}
                        </FormLabel>
                        <FormGroup>
                          {SEKSUELE_VORMEN.map((v) => (
                            <FormControlLabel
                              key={v}
                              control={
                                <Checkbox
                                  size="small"
                                  checked={f.seksueleVormen.includes(v)}
                                  onChange={(e) => zet('seksueleVormen', SEKSUELE_VORMEN.filter((x) => (x === v ? e.target.checked : f.seksueleVormen.includes(x))))}
                                />
                              }
                              label={t(`keten.seksueleVorm.${v}`)}
                            />
                          ))}
                        </FormGroup>
                        {vormFout && <FormHelperText>{vormFout}</FormHelperText>}
                      </FormControl>
                    </Box>
                  )}
                  <FormControlLabel control={<Checkbox checked={economisch} onChange={(e) => vinkVermoeden('sociaal-economische-uitbuiting', e.target.checked)} />} label={t('keten.vermoeden.sociaal-economische-uitbuiting')} />
                  <FormControlLabel
                    control={<Checkbox checked={f.vermoedens.includes('orgaanhandel')} onChange={(e) => vinkVermoeden('orgaanhandel', e.target.checked)} slotProps={{ input: { 'aria-describedby': 'orgaanhandel-uitleg' } }} />}
                    label={t('keten.vermoeden.orgaanhandel')}
                  />
                  <FormHelperText id="orgaanhandel-uitleg" sx={{ ml: 4, mt: -0.5 }} error={false}>
                    {t('keten.formulier.orgaanhandelUitleg')}
                  </FormHelperText>
                </FormGroup>
                {vermoedenFout && (
                  <Box sx={{ mt: 1 }}>
                    {veldfouten
                      .filter((v) => normaalPad(v.pad) === 'vermoedens')
                      .map((v) => (
                        <FormHelperText key={v.melding}>{v.melding}</FormHelperText>
                      ))}
                  </Box>
                )}
              </FormControl>
            </Sectie>

            {seksueel && (
              <Sectie titel={t('keten.sectie.vraag1')} uitleg={t('keten.sectie.vraag1Uitleg')}>
                <Velden>
                  <Knoppen pad="vraag1.zitInProstitutie" label={t('keten.vraag1.zitInProstitutie')} opties={jaNee} breed />
                  {f.vraag1.zitInProstitutie !== 'nee' && (
                    <>
                      <Typography variant="h3" sx={{ gridColumn: '1 / -1', mb: -1 }}>
                        {t('keten.vraag1.zoJa')}
                      </Typography>
                      <Tekst pad="vraag1.sindsWanneer" label={t('keten.vraag1.sindsWanneer')} />
                      <Tekst pad="vraag1.waar" label={t('keten.vraag1.waar')} />
                      <Tekst pad="vraag1.watVoorProstitutie" label={t('keten.vraag1.watVoorProstitutie')} hulp={t('keten.vraag1.watVoorProstitutieHulp')} />
                      <Tekst pad="vraag1.wieOpDeHoogte" label={t('keten.vraag1.wieOpDeHoogte')} />
                    </>
                  )}
                  {f.vraag1.zitInProstitutie !== 'ja' && (
                    <>
                      <Typography variant="h3" sx={{ gridColumn: '1 / -1', mb: -1 }}>
                        {t('keten.vraag1.zoNee')}
                      </Typography>
                      <Knoppen pad="vraag1.dreigtInProstitutie" label={t('keten.vraag1.dreigtInProstitutie')} opties={jaNee} />
                      <Tekst pad="vraag1.waaruitBlijktDat" label={t('keten.vraag1.waaruitBlijktDat')} multiline />
                    </>
                  )}
                </Velden>
              </Sectie>
            )}

            {economisch && (
              <Sectie titel={t('keten.sectie.vraag2')}>
                <Velden>
                  <Tekst pad="vraag2.hoeUitgebuit" label={t('keten.vraag2.hoeUitgebuit')} multiline />
                  <Tekst pad="vraag2.waaruitBlijktDat" label={t('keten.vraag2.waaruitBlijktDat')} multiline />
                  <Tekst pad="vraag2.sindsWanneer" label={t('keten.vraag2.sindsWanneer')} />
                  <Tekst pad="vraag2.waar" label={t('keten.vraag2.waar')} />
                  <Tekst pad="vraag2.watVoorWerk" label={t('keten.vraag2.watVoorWerk')} />
                  <Tekst pad="vraag2.wieOpDeHoogte" label={t('keten.vraag2.wieOpDeHoogte')} />
                  <Tekst pad="vraag2.overigeBijzonderheden" label={t('keten.vraag2.overigeBijzonderheden')} multiline breed />
                </Velden>
              </Sectie>
            )}

            <Sectie titel={t('keten.sectie.dwang')}>
              <Velden>
                <Knoppen pad="dwang.isErSprake" label={t('keten.dwang.isErSprake')} opties={jaNee} breed />
                <Tekst pad="dwang.waaruitBlijkt" label={t('keten.dwang.waaruitBlijkt')} multiline />
                <Knoppen
                  pad="dwang.eenOfMeerderePersonen"
                  label={t('keten.dwang.eenOfMeerderePersonen')}
                  opties={(['een', 'meerdere', 'onbekend'] as const).map((w) => ({ waarde: w, label: t(`keten.dwang.personen.${w}`) }))}
                />
                <Tekst pad="dwang.andereFactoren" label={t('keten.dwang.andereFactoren')} multiline />
                <Tekst pad="dwang.vindtSlachtofferZelf" label={t('keten.dwang.vindtSlachtofferZelf')} multiline breed />
              </Velden>
            </Sectie>

            <Sectie titel={t('keten.sectie.handhaving')} uitleg={t('keten.sectie.handhavingUitleg')}>
              <Velden>
                <Knoppen pad="handhaving.strafbareFeiten" label={t('keten.handhaving.strafbareFeiten')} opties={jaNee} breed />
                <Tekst pad="handhaving.welkeEnDoorWie" label={t('keten.handhaving.welkeEnDoorWie')} multiline />
                <Tekst pad="handhaving.waaruitBlijkt" label={t('keten.handhaving.waaruitBlijkt')} multiline />
              </Velden>
            </Sectie>

            <Sectie titel={t('keten.sectie.hulpverlening')}>
              <Velden>
                <Knoppen pad="hulpverlening.wordtHulpGeboden" label={t('keten.hulpverlening.wordtHulpGeboden')} opties={jaNee} breed />
                <Tekst pad="hulpverlening.welkeHulp" label={t('keten.hulpverlening.welkeHulp')} multiline />
                <Tekst pad="hulpverlening.welkeInstanties" label={t('keten.hulpverlening.welkeInstanties')} multiline />
                <Tekst pad="hulpverlening.vervolgacties" label={t('keten.hulpverlening.vervolgacties')} multiline breed />
              </Velden>
            </Sectie>

            <Sectie titel={t('keten.sectie.indicatoren')} uitleg={t('keten.sectie.indicatorenUitleg')}>
              <Box data-pad="indicatoren">
                {indicatorFout && (
                  <Alert severity="error" sx={{ mb: 2 }}>
                    {veldfouten
                      .filter((v) => normaalPad(v.pad) === 'indicatoren')
                      .map((v) => v.melding)
                      .join(' · ')}
                  </Alert>
                )}
                <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
                  {actieveIndicatoren.map((c) => (
                    <FormControl key={c.id} component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1 }}>
                      <FormLabel component="legend" sx={{ px: 0.5, fontWeight: 600, color: 'text.primary' }}>
                        {c.naam}
                      </FormLabel>
                      <FormGroup>
                        {c.indicatoren.map((i) => (
                          <FormControlLabel
                            key={i.id}
                            sx={{ alignItems: 'flex-start', my: 0.25 }}
                            control={
                              <Checkbox
                                size="small"
                                sx={{ pt: 0.25 }}
                                checked={f.indicatoren.includes(i.id)}
                                onChange={(e) => zet('indicatoren', e.target.checked ? [...f.indicatoren, i.id] : f.indicatoren.filter((x) => x !== i.id))}
                              />
                            }
                            label={
                              <Typography variant="body2" component="span" sx={{ color: i.actief ? 'text.primary' : 'text.secondary' }}>
                                {i.tekst}
                                {!i.actief && ` (${t('keten.catalogus.ingetrokken')})`}
                              </Typography>
                            }
                          />
                        ))}
                      </FormGroup>
                    </FormControl>
                  ))}
                </Box>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} role="status">
                  {t('keten.formulier.indicatorenGekozen', { count: f.indicatoren.length })}
                </Typography>
              </Box>
            </Sectie>

            <Sectie titel={t('keten.sectie.faseEnDelen')}>
              <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
                <FormControl component="fieldset" error={Boolean(foutVoor('fase'))} data-pad="fase" required>
                  <FormLabel component="legend" id="fase-legenda">
                    {t('keten.veld.fase')}
                  </FormLabel>
                  <RadioGroup name="fase" aria-labelledby="fase-legenda" value={f.fase === null ? '' : String(f.fase)} onChange={(e) => zet('fase', Number(e.target.value))}>
                    {faseLabels.map((_l, i) => (
                      <FormControlLabel key={i} value={String(i + 1)} control={<Radio size="small" />} label={faseNaam(faseLabels, i + 1)} />
                    ))}
                  </RadioGroup>
                  <FormHelperText>{foutVoor('fase') ?? t('keten.formulier.faseHulp')}</FormHelperText>
                </FormControl>
                <FormControl component="fieldset" data-pad="delen">
                  <FormLabel component="legend" id="delen-legenda">
                    {t('keten.veld.delen')}
                  </FormLabel>
                  <RadioGroup name="delen" aria-labelledby="delen-legenda" value={f.delen} onChange={(e) => zet('delen', e.target.value)}>
                    <FormControlLabel value="geanonimiseerd" control={<Radio size="small" />} label={t('keten.delen.geanonimiseerd')} />
                    <FormControlLabel value="identificeerbaar" control={<Radio size="small" />} label={t('keten.delen.identificeerbaar')} />
                  </RadioGroup>
                  <FormHelperText>{t('keten.formulier.delenHulp')}</FormHelperText>
                </FormControl>
              </Box>
            </Sectie>

            <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
              {status !== 'ingediend' && (
                <Button variant="outlined" startIcon={<SaveOutlinedIcon />} disabled={bezig || !mag('signalen.opslaan')} onClick={() => void opslaan(false)}>
                  {t('keten.formulier.concept')}
                </Button>
              )}
              <Button type="submit" variant="contained" startIcon={<SendOutlinedIcon />} disabled={bezig || !mag('signalen.opslaan')}>
                {bezig ? t('algemeen.bezig') : status === 'ingediend' ? t('keten.formulier.wijzigingenOpslaan') : t('keten.formulier.indienen')}
              </Button>
              <Button onClick={terug} disabled={bezig}>
                {t('algemeen.annuleren')}
              </Button>
              <Typography variant="body2" color="text.secondary" sx={{ ml: { md: 'auto' } }}>
                {status === 'ingediend' ? t('keten.formulier.ingediendUitleg') : t('keten.formulier.knoppenUitleg')}
              </Typography>
            </Paper>
          </Box>
        </FormulierContext.Provider>
      )}
    </>
  );
}

/** The list of field messages at the top, each a link to its field (a long form needs the summary). */
function Foutenlijst({ fouten }: { fouten: Veldfout[] }) {
  const { t } = useTranslation();
  const naarVeld = (pad: string) => {
    const el = document.querySelector<HTMLElement>(`[data-pad="${CSS.escape(normaalPad(pad))}"]`);
    const doel = el?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, [role=combobox]');
    doel?.focus({ preventScroll: true });
    (doel ?? el)?.scrollIntoView({ block: 'center' });
  };
  return (
    <Paper variant="outlined" sx={{ mt: 1, p: 1.5, borderColor: 'error.main' }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('keten.formulier.foutenlijst', { count: new Set(fouten.map((v) => normaalPad(v.pad))).size })}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {fouten.map((v) => (
          <li key={`${v.pad}|${v.melding}`}>
            <Link component="button" type="button" variant="body2" onClick={() => naarVeld(v.pad)} sx={{ textAlign: 'left' }}>
              {v.melding}
            </Link>
          </li>
        ))}
      </Box>
    </Paper>
  );
}

/** After submitting: the number, and the signals that may be about the same person (art. 7.2). */
function Ingediend({ uitkomst, gewijzigd }: { uitkomst: Opgeslagen; gewijzigd: boolean }) {
  const { t } = useTranslation();
  const naarSignalen = useKetenNavigatie((s) => s.naarSignalen);
  return (
    <>
      <PaginaKop titel={t(gewijzigd ? 'keten.ingediend.titelGewijzigd' : 'keten.ingediend.titel', { nummer: uitkomst.nummer })} />
      <Alert severity="success" role="status" sx={{ mb: 3 }}>
        {t(gewijzigd ? 'keten.ingediend.tekstGewijzigd' : 'keten.ingediend.tekst', { nummer: uitkomst.nummer })}
      </Alert>
      <Sectie
        titel={t('keten.match.kop')}
        uitleg={uitkomst.kandidaten.length ? t('keten.match.uitleg') : undefined}
        acties={
          <>
            <Button variant="outlined" onClick={() => naarSignalen({ soort: 'detail', id: uitkomst.id })}>
              {t('keten.ingediend.bekijken')}
            </Button>
            <Button onClick={() => naarSignalen({ soort: 'nieuw' })}>{t('keten.ingediend.nieuw')}</Button>
            <Button onClick={() => naarSignalen({ soort: 'overzicht', tab: 'lijst' })}>{t('keten.terugNaarSignalen')}</Button>
          </>
        }
      >
        {uitkomst.kandidaten.length ? <MatchKaarten kandidaten={uitkomst.kandidaten} /> : <Typography>{t('keten.match.geen')}</Typography>}
      </Sectie>
    </>
  );
}
