import { useEffect, useId } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import { useTranslation } from 'react-i18next';
import { DOELEN, TOESTEMMINGSOORTEN, type DossierDetail } from '@shared/domein/dossier';
import { doelLabel } from './Overzichten';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';
import { useDialoog, type DialoogProps } from '../../componenten/useDialoog';
import { Werkbalk } from '../../componenten/Werkbalk';
import { sorteerPartners, usePartners } from '../../componenten/naslag';
import type { TabProps } from './DossierDetail';
import { Tabel } from '../../componenten/Tabel';

type Soort = (typeof TOESTEMMINGSOORTEN)[number];
type Doel = (typeof DOELEN)[number];
type Toestemming = DossierDetail['toestemmingen'][number];

/**
 * Consents as records (art. 12.17, 14.6, 21.5, 21.8): who consented to what, when, and whether it was
 * withdrawn. Only the one the covenant names can give each kind; the backend refuses others with the article.
 */
export function Toestemmingen({ dossier: d, herladen }: TabProps) {
  const { t } = useTranslation();
  const mag = useMag();
  const nieuw = useDialoog();
  const intrekken = useDialoog<Toestemming>();
  const onderwerp = (x: Toestemming) => {
    if (x.signaalId !== null) return t('keten.toestemming.overSignaal', { nummer: d.signalen.find((s) => s.id === x.signaalId)?.nummer ?? x.signaalId });
    const n = d.navragen.find((v) => v.id === x.navraagId);
    return t('keten.item.navraag', { partner: n?.partner.naam ?? x.navraagId });
  };
  return (
    <>
      <Werkbalk
        uitleg={
          <Box component="ul" sx={{ m: 0, pl: 2.5, maxWidth: '80ch', color: 'text.secondary' }}>
            {TOESTEMMINGSOORTEN.map((s) => (
              <Typography component="li" variant="body2" key={s}>
                <strong>{t(`keten.toestemming.soort.${s}`)}</strong> — {t(`keten.toestemming.uitleg.${s}`)}
              </Typography>
            ))}
          </Box>
        }
        hoofdactie={mag('toestemmingen.vastleggen') && { tekst: t('keten.toestemming.nieuw'), icoon: <HowToRegOutlinedIcon />, onClick: () => nieuw.openen(true) }}
      />
      <Tabel<Toestemming>
        label={t('keten.toestemming.tabel')}
        dicht
        rijen={d.toestemmingen}
        sleutel={(x) => String(x.id)}
        rijAttributen={(x) => ({ 'data-toestemming': x.id })}
        leeg={t('keten.toestemming.geen')}
        kolommen={[
          { id: 'soort', kop: t('keten.toestemming.soortKolom'), rijkop: true, cel: (x) => t(`keten.toestemming.soort.${x.soort}`) },
          { id: 'over', kop: t('keten.toestemming.over'), cel: onderwerp },
          { id: 'door', kop: t('keten.toestemming.gegevenDoor'), cel: (x) => x.gegevenDoor },
          { id: 'ontvanger', kop: t('keten.toestemming.ontvanger'), cel: (x) => x.ontvanger ?? t('keten.toestemming.alleOntvangers') },
          {
            id: 'gegevenOp',
            kop: t('keten.toestemming.gegevenOp'),
            nowrap: true,
            sorteer: (x) => x.gegevenOp,
            cel: (x) => (
              <>
                {nlDatum(x.gegevenOp)}
                <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                  {t('keten.toestemming.vastgelegdDoor', { door: x.vastgelegdDoor })}
                </Typography>
              </>
            ),
          },
          {
            id: 'status',
            kop: t('keten.toestemming.status'),
            cel: (x) =>
              x.ingetrokkenOp ? (
                <Chip size="small" variant="outlined" label={t('keten.toestemming.ingetrokkenOp', { datum: nlDatum(x.ingetrokkenOp) })} />
              ) : (
                <Chip size="small" color="success" label={t('keten.toestemming.geldig')} />
              ),
          },
        ]}
        {...(mag('toestemmingen.intrekken')
          ? {
              acties: (x: Toestemming) =>
                !x.ingetrokkenOp && (
                  <Button size="small" color="warning" onClick={() => intrekken.openen(x)}>
                    {t('keten.toestemming.intrekken')}
                    <Verborgen>{onderwerp(x)}</Verborgen>
                  </Button>
                ),
            }
          : {})}
      />
      <NieuweToestemming {...nieuw.props(herladen)} dossier={d} />
      <Intrekken {...intrekken.props(herladen)} />
    </>
  );
}

/** Art. 14.8: the purpose a consent is given for; a RIEC/EMM consent is usually for advice, the others for action. */
const doelVoor = (soort: Soort): Doel => (soort === 'riec-emm' ? 'advies' : 'overdracht');
const leegFormulier = () => ({ soort: 'riec-emm' as Soort, onderwerp: '', gever: '' as number | '', ontvanger: '' as number | '', datum: vandaagNl(), toelichting: '', doel: 'advies' as Doel, verenigbaar: false });

/** What a caller that knows the missing consent (the handover wizard) fills in beforehand: `onderwerp` is `s:<signaalId>` or `n:<navraagId>`. */
export interface Voorinvulling {
  soort: Soort;
  onderwerp: string;
  ontvanger?: number;
  /** The purpose the missing consent is for (art. 14.8). */
  doel?: Doel;
}

export function NieuweToestemming({
  open,
  dossier: d,
  voorinvulling,
  onSluiten,
  onKlaar,
}: {
  open: boolean | null;
  dossier: DossierDetail;
  voorinvulling?: Voorinvulling;
  onSluiten(): void;
  onKlaar(melding: string): void;
}) {
  const { t } = useTranslation();
  const partners = usePartners();
  const id = useId();
  const alle = sorteerPartners(partners ?? []);
  const onderwerpen = [
    ...d.signalen.map((s) => ({ waarde: `s:${s.id}`, label: t('keten.item.signaal', { nummer: s.nummer, bron: s.bron }), bron: alle.find((p) => p.naam === s.bron)?.id })),
    ...d.navragen.filter((n) => n.beantwoordOp && n.relevant).map((n) => ({ waarde: `n:${n.id}`, label: t('keten.item.navraag', { partner: n.partner.naam }), bron: n.partner.id })),
  ];
  /** The supplier is who consents for RIEC/EMM and care data; the OM for criminal data. */
  const geverVoor = (soort: Soort, onderwerp: string, anders: number | '') =>
    soort === 'ovj-strafrechtelijk' ? (alle.find((p) => p.soort === 'om')?.id ?? '') : (onderwerpen.find((o) => o.waarde === onderwerp)?.bron ?? anders);
  const form = useFormDialoog({
    open,
    begin: (): ReturnType<typeof leegFormulier> => {
      const v = voorinvulling;
      return v ? { ...leegFormulier(), soort: v.soort, onderwerp: v.onderwerp, ontvanger: v.ontvanger ?? '', gever: geverVoor(v.soort, v.onderwerp, ''), doel: v.doel ?? doelVoor(v.soort) } : leegFormulier();
    },
    controleren: (w) => ({
      signaalId: !w.onderwerp && t('keten.toestemming.kiesOnderwerp'),
      gegevenDoorPartnerId: w.gever === '' && t('keten.toestemming.kiesGever'),
      gegevenOp: !naarIsoDatum(w.datum) && t('datum.ongeldig'),
      verenigbaar: !w.verenigbaar && t('keten.toestemming.verenigbaarNodig'),
    }),
    verzenden: (w) => {
      const [soort, oid] = w.onderwerp.split(':');
      return roep('toestemmingen.vastleggen', {
        soort: w.soort,
        ...(soort === 's' ? { signaalId: Number(oid) } : soort === 'n' ? { navraagId: Number(oid) } : {}),
        gegevenDoorPartnerId: w.gever === '' ? 0 : w.gever,
        ontvangerPartnerId: w.ontvanger === '' ? null : w.ontvanger,
        gegevenOp: naarIsoDatum(w.datum) ?? '',
        toelichting: w.toelichting,
        doel: w.doel,
        verenigbaar: w.verenigbaar,
      });
    },
    onKlaar: () => onKlaar(t('keten.toestemming.vastgelegd')),
  });
  const { waarden: w, alles: setW, actie } = form;
  // A pre-filled dialog may open before the partner register has loaded: then fill in the giver once it is there.
  useEffect(() => {
    if (open && voorinvulling && partners) setW((x) => (x.gever === '' ? { ...x, gever: geverVoor(x.soort, x.onderwerp, '') } : x));
    // Only when the register arrives.
  }, [partners]);
  const ontvangers = w.soort === 'riec-emm' ? alle.filter((p) => p.soort === 'riec' || p.soort === 'emm') : alle;

  const kies = (wijziging: Partial<typeof w>) => {
    const n = { ...w, ...wijziging };
    if (wijziging.onderwerp !== undefined || wijziging.soort !== undefined) n.gever = geverVoor(n.soort, n.onderwerp, n.gever);
    if (wijziging.soort !== undefined) {
      n.ontvanger = '';
      n.doel = doelVoor(n.soort);
    }
    setW(n);
  };

  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('keten.toestemming.nieuwTitel')}
      verzendTekst={t('keten.toestemming.vastleggen')}
      bekendeVelden={['soort', 'signaalId', 'navraagId', 'gegevenDoorPartnerId', 'ontvangerPartnerId', 'gegevenOp', 'toelichting', 'doel', 'verenigbaar']}
      breed
      onSluiten={onSluiten}
    >
      <FormControl>
        <FormLabel id={`${id}-soort`}>{t('keten.toestemming.soortKolom')}</FormLabel>
        <RadioGroup aria-labelledby={`${id}-soort`} value={w.soort} onChange={(e) => kies({ soort: e.target.value as Soort })}>
          {TOESTEMMINGSOORTEN.map((s) => (
            <FormControlLabel
              key={s}
              value={s}
              control={<Radio />}
              label={
                <span>
                  {t(`keten.toestemming.soort.${s}`)}
                  <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                    {t(`keten.toestemming.uitleg.${s}`)}
                  </Typography>
                </span>
              }
              sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 } }}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <Veld actie={actie} pad="signaalId" select label={t('keten.toestemming.over')} value={w.onderwerp} onChange={(e) => kies({ onderwerp: e.target.value })} required hulp={t('keten.toestemming.overHulp')}>
        {onderwerpen.map((o) => (
          <MenuItem key={o.waarde} value={o.waarde}>
            {o.label}
          </MenuItem>
        ))}
      </Veld>
      <Veld actie={actie} pad="gegevenDoorPartnerId" select label={t('keten.toestemming.gegevenDoor')} value={w.gever} onChange={(e) => setW({ ...w, gever: Number(e.target.value) })} required hulp={t(`keten.toestemming.geverHulp.${w.soort}`)}>
        {alle.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam}
          </MenuItem>
        ))}
      </Veld>
      <Veld actie={actie} pad="ontvangerPartnerId" select label={t('keten.toestemming.ontvanger')} value={w.ontvanger} onChange={(e) => setW({ ...w, ontvanger: e.target.value === '' ? '' : Number(e.target.value) })}>
        <MenuItem value="">{w.soort === 'riec-emm' ? t('keten.toestemming.riecEnEmm') : t('keten.toestemming.alleOntvangers')}</MenuItem>
        {ontvangers.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam}
          </MenuItem>
        ))}
      </Veld>
      <DatumVeld label={t('keten.toestemming.gegevenOp')} value={w.datum} onChange={(e) => setW({ ...w, datum: e.target.value })} fout={actie.veldfout('gegevenOp')} required />
      <Veld actie={actie} pad="doel" select label={t('keten.toestemming.doel')} value={w.doel} onChange={(e) => setW({ ...w, doel: e.target.value as Doel })} required hulp={t('keten.toestemming.doelHulp')}>
        {DOELEN.map((x) => (
          <MenuItem key={x} value={x}>
            {doelLabel(t, x)}
          </MenuItem>
        ))}
      </Veld>
      <FormControl error={Boolean(actie.veldfout('verenigbaar'))}>
        <FormControlLabel control={<Checkbox checked={w.verenigbaar} onChange={(e) => setW({ ...w, verenigbaar: e.target.checked })} />} label={t('keten.toestemming.verenigbaar')} />
        {actie.veldfout('verenigbaar') && <FormHelperText>{actie.veldfout('verenigbaar')}</FormHelperText>}
      </FormControl>
      <Veld {...form.veld('toelichting')} label={t('keten.toestemming.toelichting')} multiline minRows={2} />
    </FormDialoog>
  );
}

function Intrekken({ open, onSluiten, onKlaar }: DialoogProps<Toestemming, [string]>) {
  const { t } = useTranslation();
  const x = useLaatste(open);
  const form = useFormDialoog({
    open,
    begin: () => ({ datum: vandaagNl() }),
    controleren: (w) => ({ datum: !naarIsoDatum(w.datum) && t('datum.ongeldig') }),
    verzenden: (w) => roep('toestemmingen.intrekken', { id: x?.id ?? 0, datum: naarIsoDatum(w.datum) ?? '' }),
    onKlaar: () => onKlaar(t('keten.toestemming.ingetrokken')),
  });
  if (!x) return null;
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('keten.toestemming.intrekkenTitel')}
      uitleg={<Typography variant="body2">{t('keten.toestemming.intrekkenTekst', { soort: t(`keten.toestemming.soort.${x.soort}`), door: x.gegevenDoor })}</Typography>}
      verzendTekst={t('keten.toestemming.intrekken')}
      gevaarlijk
      bekendeVelden={['datum']}
      onSluiten={onSluiten}
    >
      <DatumVeld label={t('keten.toestemming.intrekDatum')} value={form.waarden.datum} onChange={(e) => form.zetten('datum', e.target.value)} fout={form.actie.veldfout('datum')} autoFocus />
    </FormDialoog>
  );
}
