import { useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import MergeTypeOutlinedIcon from '@mui/icons-material/MergeTypeOutlined';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import { useTranslation } from 'react-i18next';
import { isIdentificerend, type FormatCasus, type SignaalDetail as Detail } from '@shared/domein/signaal';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum, nlDatumTijd } from '../../opmaak';
import { Bevestiging } from '../../componenten/Bevestiging';
import { PaginaFormulier } from '../../componenten/PaginaFormulier';
import { Gegevenslijst } from '../../componenten/Gegevenslijst';
import { Laadstatus } from '../../componenten/Laadstatus';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { Succes } from '../../componenten/Succes';
import { TerugKnop } from '../../componenten/TerugKnop';
import { Veld } from '../../componenten/Veld';
import { VormMelding } from '../../componenten/VormMelding';
import { MetMarkers, RedactieOverzicht } from '../../componenten/Redactie';
import { useActie } from '../../componenten/useActie';
import { useBevestiging } from '../../componenten/useBevestiging';
import { useDialoog } from '../../componenten/useDialoog';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';
import { faseNaam, useFaseLabels, usePartners } from '../../componenten/naslag';
import { DossierMaken } from '../dossiers/DossierMaken';
import { IdMarker, leesPad } from './formulierVelden';
import { Kenmerken } from './Kenmerken';
import { MatchKaarten, type Kandidaat } from './MatchKaarten';
import { useVeldLabel } from './veldLabels';
import { useNavigatie } from '../../store/navigatie';

type Regel = { pad: string; label: string; waarde: ReactNode };

/** A definition list of a signal's fields; hidden ones say "afgeschermd", empty ones a dash. */
export function Gegevens({ regels, afgeschermd }: { regels: Regel[]; afgeschermd: readonly string[] }) {
  const { t } = useTranslation();
  if (regels.length === 0) return <Typography color="text.secondary">{t('keten.detail.nietsIngevuld')}</Typography>;
  const waarde = (r: Regel): ReactNode =>
    afgeschermd.includes(r.pad) ? (
      <Chip size="small" variant="outlined" icon={<VisibilityOffOutlinedIcon />} label={t('keten.detail.afgeschermd')} />
    ) : r.waarde === '' || r.waarde === null || r.waarde === undefined ? (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {t('algemeen.leeg')}
      </Box>
    ) : (
      <MetMarkers tekst={r.waarde} />
    );
  return (
    <Gegevenslijst
      labelbreedte="minmax(180px, 340px)"
      regels={regels.map((r) => ({
        sleutel: r.pad,
        label: (
          <>
            {r.label}
            {isIdentificerend(r.pad) && <IdMarker />}
          </>
        ),
        waarde: waarde(r),
        tekst: true,
        attributen: { 'data-veld': r.pad },
      }))}
    />
  );
}

/**
 * Signalen → one signal: anonymised first (art. 6.2, 9.5), with what is hidden named; the
 * identifying form on request, which the backend logs. The decision whether it leads to a dossier
 * (art. 16.3), its dossier, and the signals that may be about the same person.
 */
export function SignaalDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const mag = useMag();
  const naarSignalen = useNavigatie((s) => s.naarSignalen);
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const faseLabels = useFaseLabels();
  const partners = usePartners();
  const veldLabel = useVeldLabel();
  const [vorm, setVorm] = useState<'geanonimiseerd' | 'identificeerbaar'>('geanonimiseerd');
  const [kandidaten, setKandidaten] = useState<Kandidaat[] | null>(null);
  const verwijderen = useBevestiging();
  const maken = useDialoog();
  const succes = useSucces();
  const detail = useLaden(async () => {
    const r = await roep('signalen.detail', { id, vorm });
    if (r.ok && r.waarde.status === 'ingediend') {
      const k = await roep('personen.suggesties', { signaalId: id });
      setKandidaten(k.ok ? k.waarde : []);
    }
    return r;
  }, [id, vorm]);
  const d = detail.data;
  const laden = detail.herladen;

  const partnerNaam = (pid: number | null) => (pid === null ? '' : (partners?.find((p) => p.id === pid)?.naam ?? String(pid)));
  const jn = (w: string) => (['ja', 'nee', 'onbekend'].includes(w) ? t(`keten.jaNee.${w as 'ja'}`) : w);

  const terug = <TerugKnop tekst={t('keten.terugNaarSignalen')} onTerug={() => naarSignalen({ soort: 'overzicht', tab: 'lijst' })} />;
  if (!d) {
    return (
      <>
        {terug}
        <Laadstatus laden={detail} />
      </>
    );
  }

  const f = d.formulier;
  const regels = (paden: string[], weergave: (pad: string, w: unknown) => ReactNode = (_p, w) => w as ReactNode): Regel[] =>
    paden.map((pad) => ({ pad, label: veldLabel(pad, false), waarde: weergave(pad, leesPad(f, pad)) }));
  const alleenIngevuld = (rs: Regel[]) => rs.filter((r) => (r.waarde !== '' && r.waarde !== t('keten.jaNee.onbekend')) || d.afgeschermd.includes(r.pad));
  const persoon = (rol: 'slachtoffer' | 'pleger' | 'faciliteerder') =>
    alleenIngevuld(regels(
      [...(rol === 'faciliteerder' ? ['faciliteerder.soort'] : []), ...['naam', 'geboortedatum', 'geslacht', 'adres', 'woonplaats', 'nationaliteit', 'verblijfstatus'].map((v) => `${rol}.${v}`), ...(rol === 'faciliteerder' ? [] : [`${rol}.woonsituatie`])],
      (pad, w) => {
        const s = w as string;
        if (!s) return '';
        if (pad.endsWith('.geboortedatum')) return nlDatum(s);
        if (pad.endsWith('.geslacht')) return s === 'onbekend' ? '' : t(`keten.geslacht.${s as 'man'}`);
        if (pad === 'faciliteerder.soort') return t(`keten.faciliteerder.${s as 'vervoer'}`);
        return s;
      },
    ));
  const groep = (naam: keyof FormatCasus, velden: string[]) => regels(velden.map((v) => `${naam}.${v}`), (_p, w) => jn(w as string));
  const omgeving = (o: 'omgevingSlachtoffer' | 'omgevingPleger') => alleenIngevuld(groep(o, ['partner', 'familie', 'vriendenKennissen', 'collegasKlasgenoten', 'professionals', 'werkOpleiding', 'sportVerenigingsleven', 'overigen']));

  const identificeerbaar = d.vorm === 'identificeerbaar';

  return (
    <>
      {terug}
      <PaginaKop
        titel={t('keten.detail.titel', { nummer: d.nummer })}
        intro={
          <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
            <Chip size="small" color={d.status === 'concept' ? 'default' : 'primary'} label={t(`keten.status.${d.status}`)} />
            {d.fase && <Chip size="small" variant="outlined" label={t('keten.detail.fase', { fase: faseNaam(faseLabels, d.fase) })} />}
            <Chip size="small" variant="outlined" label={t('keten.detail.besluitChip', { besluit: t(`keten.besluit.${d.besluit}`) })} />
            <Kenmerken rij={d} groot />
          </Box>
        }
        acties={
          <>
            {mag('signalen.opslaan') && (
              <Button variant="outlined" startIcon={<EditOutlinedIcon />} onClick={() => naarSignalen({ soort: 'bewerken', id })}>
                {t('keten.detail.bewerken')}
              </Button>
            )}
            {d.status === 'concept' && mag('signalen.conceptVerwijderen') && (
              <Button color="error" onClick={() => verwijderen.vragen(true)}>
                {t('keten.detail.conceptVerwijderen')}
              </Button>
            )}
          </>
        }
      />
      <Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />
      <Laadstatus laden={detail} />

      <VormMelding
        identificeerbaar={identificeerbaar}
        kanTonen={d.afgeschermd.length > 0 || Object.values(d.redactie.aantallen).some((n) => n > 0)}
        onWissel={() => setVorm(identificeerbaar ? 'geanonimiseerd' : 'identificeerbaar')}>
        {identificeerbaar ? (
          t('keten.detail.identificeerbaarGelogd')
        ) : (
          <>
            {t('keten.detail.geanonimiseerd')}{' '}
            {d.afgeschermd.length > 0
              ? t('keten.detail.afgeschermdZijn', { velden: d.afgeschermd.map((p) => veldLabel(p, true)).join(', ') })
              : t('keten.detail.nietsAfgeschermd')}
          </>
        )}
      </VormMelding>
      {!identificeerbaar && <RedactieOverzicht redactie={d.redactie} veldNaam={(v) => (v === 'samenvatting' ? t('keten.sectie.samenvatting') : veldLabel(v, true))} />}

      {d.leeftijdSlachtoffer !== null && d.minderjarig && (
        <Alert severity="error" sx={{ mb: 3 }}>
          {t('keten.formulier.minderjarigTitel', { leeftijd: d.leeftijdSlachtoffer })} {t('keten.formulier.minderjarigTekst')}
        </Alert>
      )}

      <Besluit detail={d} onGewijzigd={(m) => void succes.naHerladen(m, laden)} onDossierMaken={() => maken.openen(true)} />

      <Sectie titel={t('keten.sectie.bron')}>
        <Gegevens
          afgeschermd={d.afgeschermd}
          regels={[
            { pad: 'datumTijd', label: t('keten.detail.datumTijd'), waarde: f.datumTijd ? `${nlDatum(f.datumTijd)} ${f.datumTijd.slice(11, 16)}` : '' },
            { pad: 'bron.partnerId', label: veldLabel('bron.partnerId', false), waarde: partnerNaam(f.bron.partnerId) },
            ...regels(['bron.naam', 'bron.telefoon']),
          ]}
        />
      </Sectie>
      <Sectie titel={t('keten.sectie.melder')}>
        <Gegevens
          afgeschermd={d.afgeschermd}
          regels={[
            ...regels(['melder.contactpersoon']),
            { pad: 'melder.partnerId', label: veldLabel('melder.partnerId', false), waarde: partnerNaam(f.melder.partnerId) },
            ...regels(['melder.telefoon']),
            { pad: 'melder.datum', label: veldLabel('melder.datum', false), waarde: f.melder.datum ? nlDatum(f.melder.datum) : '' },
          ]}
        />
      </Sectie>
      <Sectie titel={t('keten.sectie.slachtoffer')} uitleg={d.leeftijdSlachtoffer !== null ? t('keten.detail.leeftijd', { leeftijd: d.leeftijdSlachtoffer }) : undefined}>
        <Gegevens afgeschermd={d.afgeschermd} regels={persoon('slachtoffer')} />
      </Sectie>
      <Sectie titel={t('keten.sectie.pleger')}>
        <Gegevens afgeschermd={d.afgeschermd} regels={persoon('pleger')} />
      </Sectie>
      <Sectie titel={t('keten.sectie.faciliteerder')}>
        <Gegevens afgeschermd={d.afgeschermd} regels={persoon('faciliteerder')} />
      </Sectie>
      {(['omgevingSlachtoffer', 'omgevingPleger'] as const).map((o) => {
        const rs = omgeving(o);
        return (
          <Sectie key={o} titel={t(`keten.sectie.${o}`)}>
            <Gegevens afgeschermd={d.afgeschermd} regels={rs} />
          </Sectie>
        );
      })}
      <Sectie titel={t('keten.sectie.samenvatting')}>
        <Typography sx={{ whiteSpace: 'pre-wrap' }} data-veld="samenvatting">
          {f.samenvatting ? <MetMarkers tekst={f.samenvatting} /> : t('algemeen.leeg')}
        </Typography>
      </Sectie>
      <Sectie titel={t('keten.sectie.vermoeden')}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {f.vermoedens.map((v) => (
            <Chip key={v} label={t(`keten.vermoeden.${v}`)} />
          ))}
          {f.seksueleVormen.map((v) => (
            <Chip key={v} variant="outlined" label={t(`keten.seksueleVorm.${v}`)} />
          ))}
          {f.vermoedens.length === 0 && <Typography color="text.secondary">{t('algemeen.leeg')}</Typography>}
        </Stack>
      </Sectie>
      {f.vermoedens.includes('seksuele-uitbuiting') && (
        <Sectie titel={t('keten.sectie.vraag1')}>
          <Gegevens afgeschermd={d.afgeschermd} regels={alleenIngevuld(groep('vraag1', ['zitInProstitutie', 'sindsWanneer', 'waar', 'watVoorProstitutie', 'wieOpDeHoogte', 'dreigtInProstitutie', 'waaruitBlijktDat']))} />
        </Sectie>
      )}
      {f.vermoedens.includes('sociaal-economische-uitbuiting') && (
        <Sectie titel={t('keten.sectie.vraag2')}>
          <Gegevens afgeschermd={d.afgeschermd} regels={alleenIngevuld(groep('vraag2', ['hoeUitgebuit', 'waaruitBlijktDat', 'sindsWanneer', 'waar', 'watVoorWerk', 'wieOpDeHoogte', 'overigeBijzonderheden']))} />
        </Sectie>
      )}
      <Sectie titel={t('keten.sectie.dwang')}>
        <Gegevens
          afgeschermd={d.afgeschermd}
          regels={groep('dwang', ['isErSprake', 'waaruitBlijkt', 'eenOfMeerderePersonen', 'andereFactoren', 'vindtSlachtofferZelf']).map((r) =>
            r.pad === 'dwang.eenOfMeerderePersonen' ? { ...r, waarde: t(`keten.dwang.personen.${f.dwang.eenOfMeerderePersonen}`) } : r,
          )}
        />
      </Sectie>
      <Sectie titel={t('keten.sectie.handhaving')}>
        <Gegevens afgeschermd={d.afgeschermd} regels={groep('handhaving', ['strafbareFeiten', 'welkeEnDoorWie', 'waaruitBlijkt'])} />
      </Sectie>
      <Sectie titel={t('keten.sectie.hulpverlening')}>
        <Gegevens afgeschermd={d.afgeschermd} regels={groep('hulpverlening', ['wordtHulpGeboden', 'welkeHulp', 'welkeInstanties', 'vervolgacties'])} />
      </Sectie>
      <Sectie titel={t('keten.sectie.indicatoren')}>
        {d.indicatorTeksten.length ? (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {d.indicatorTeksten.map((i) => (
              <Typography component="li" key={i.id} sx={{ color: i.actief ? 'text.primary' : 'text.secondary' }}>
                <Box component="span" sx={{ fontFamily: 'monospace', mr: 1 }}>
                  {i.code}
                </Box>
                {i.tekst}
                {!i.actief && ` (${t('keten.catalogus.ingetrokken')})`}
              </Typography>
            ))}
          </Box>
        ) : (
          <Typography color="text.secondary">{t('keten.detail.geenIndicatoren')}</Typography>
        )}
      </Sectie>
      <Sectie titel={t('keten.sectie.registratie')}>
        <Gegevens
          afgeschermd={[]}
          regels={[
            { pad: 'fase', label: t('keten.veld.fase'), waarde: faseNaam(faseLabels, f.fase) },
            { pad: 'delen', label: t('keten.veld.delen'), waarde: t(`keten.delen.${f.delen}`) },
            { pad: 'aangemaakt', label: t('keten.detail.aangemaakt'), waarde: `${nlDatumTijd(d.aangemaakt)} · ${d.aangemaaktDoor}` },
            { pad: 'gewijzigd', label: t('keten.detail.gewijzigd'), waarde: nlDatumTijd(d.gewijzigd) },
          ]}
        />
      </Sectie>

      {kandidaten && kandidaten.length > 0 && (
        <Sectie titel={t('keten.match.kop')} uitleg={t('keten.match.uitleg')}>
          <MatchKaarten kandidaten={kandidaten} onBesloten={() => void laden()} />
        </Sectie>
      )}

      <Bevestiging
        {...verwijderen.bevestiging(
          () => roep('signalen.conceptVerwijderen', { id }),
          () => naarSignalen({ soort: 'overzicht', tab: 'lijst' }),
        )}
        titel={t('keten.detail.verwijderenTitel')}
        tekst={t('keten.detail.verwijderenTekst', { nummer: d.nummer })}
        bevestigTekst={t('keten.detail.conceptVerwijderen')}
      />
      <DossierMaken
        open={maken.open}
        voorgekozen={[{ id: d.id, nummer: d.nummer }]}
        onSluiten={maken.sluiten}
        onGemaakt={(nieuw) => {
          maken.sluiten();
          naarDossiers({ soort: 'detail', id: nieuw, tab: 'signalen' });
        }}
      />
    </>
  );
}

/** Art. 16.3: ketenregisseur and zorgcoördinator decide whether a signal leads to a dossier. */
function Besluit({ detail: d, onGewijzigd, onDossierMaken }: { detail: Detail; onGewijzigd(melding: string): void; onDossierMaken(): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const actie = useActie();
  const [besluit, setBesluit] = useState<Detail['besluit']>(d.besluit);
  const [toelichting, setToelichting] = useState(d.besluitToelichting);
  useEffect(() => {
    setBesluit(d.besluit);
    setToelichting(d.besluitToelichting);
  }, [d.besluit, d.besluitToelichting]);

  const opslaan = async () => {
    const r = await actie.uitvoeren(() => roep('signalen.besluit', { id: d.id, besluit, toelichting }));
    if (r) onGewijzigd(t('keten.besluitSectie.vastgelegd', { besluit: t(`keten.besluitSectie.${besluit}`).toLowerCase() }));
  };

  return (
    <Sectie
      titel={t('keten.besluitSectie.titel')}
      uitleg={t('keten.besluitSectie.uitleg')}
      acties={
        !d.dossier && d.status === 'ingediend' && mag('dossiers.maken') ? (
          <Button variant="outlined" startIcon={<MergeTypeOutlinedIcon />} onClick={onDossierMaken}>
            {t('keten.besluitSectie.dossierMaken')}
          </Button>
        ) : undefined
      }
    >
      {d.dossier ? (
        <Typography>
          {t('keten.besluitSectie.inDossier')}{' '}
          <Link component="button" type="button" onClick={() => naarDossiers({ soort: 'detail', id: d.dossier!.id, tab: 'tijdlijn' })} sx={{ fontFamily: 'monospace', fontWeight: 600, verticalAlign: 'baseline' }}>
            {d.dossier.nummer}
          </Link>
          {d.besluitToelichting && <> — {d.besluitToelichting}</>}
        </Typography>
      ) : d.status === 'concept' ? (
        <Typography color="text.secondary">{t('keten.besluitSectie.concept')}</Typography>
      ) : mag('signalen.besluit') ? (
        <PaginaFormulier label={t('keten.besluitSectie.titel')} actie={actie} bekendeVelden={['toelichting']} knop={t('keten.besluitSectie.opslaan')} breedte={720} onVerzenden={() => void opslaan()}>
            <FormControl>
              <FormLabel id={`besluit-${d.id}`}>{t('keten.besluitSectie.label')}</FormLabel>
              <RadioGroup row aria-labelledby={`besluit-${d.id}`} value={besluit} onChange={(e) => setBesluit(e.target.value as Detail['besluit'])}>
                {(['open', 'dossier', 'geen-dossier'] as const).map((b) => (
                  <FormControlLabel key={b} value={b} control={<Radio />} label={t(`keten.besluitSectie.${b}`)} />
                ))}
              </RadioGroup>
            </FormControl>
            <Veld actie={actie} pad="toelichting" label={t('keten.besluitSectie.toelichting')} value={toelichting} onChange={(e) => setToelichting(e.target.value)} multiline minRows={2} />
        </PaginaFormulier>
      ) : (
        <Typography>
          {t(`keten.besluit.${d.besluit}`)}
          {d.besluitToelichting && <> — {d.besluitToelichting}</>}
        </Typography>
      )}
    </Sectie>
  );
}
