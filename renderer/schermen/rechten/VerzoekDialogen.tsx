/** The dialogs of a request: identity check, decision with grounds, answer, withdrawal, fee. */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { CORRECTIEGRONDEN, grondArtikel, UITZONDERINGSGRONDEN, type Grond, type Verzoekbesluit, type VerzoekDetail } from '@shared/domein/rechten';
import { roep } from '../../api/client';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { euro, useBesluitWoord } from './onderdelen';

interface Dialoogprops {
  open: boolean;
  onSluiten(): void;
  onKlaar(): void;
}

/** "How, and on which date": the identity check and the answer are the same form on two channels. */
function WijzeEnDatumDialoog({ id, kanaal, titel, wijzeLabel, wijzeHulp, ...p }: Dialoogprops & { id: number; kanaal: 'rechten.identiteit' | 'rechten.beantwoorden'; titel: string; wijzeLabel: string; wijzeHulp: string }) {
  const { t } = useTranslation();
  const d = useFormDialoog({
    open: p.open,
    begin: () => ({ wijze: '', op: vandaagNl() }),
    controleren: (w) => ({ op: !naarIsoDatum(w.op) && t('datum.ongeldig') }),
    verzenden: (w) => roep(kanaal, { id, wijze: w.wijze, op: naarIsoDatum(w.op)! }),
    onKlaar: p.onKlaar,
  });
  return (
    <FormDialoog {...d.dialoog} titel={titel} verzendTekst={titel} bekendeVelden={['wijze', 'op']} onSluiten={p.onSluiten}>
      <Veld {...d.veld('wijze')} label={wijzeLabel} hulp={wijzeHulp} autoFocus required multiline minRows={2} />
      <DatumVeld label={t('rechten.detail.op')} value={d.waarden.op} onChange={(e) => d.zetten('op', e.target.value)} fout={d.actie.veldfout('op')} required name="op" />
    </FormDialoog>
  );
}

export function IdentiteitDialoog(p: Dialoogprops & { id: number }) {
  const { t } = useTranslation();
  return <WijzeEnDatumDialoog {...p} kanaal="rechten.identiteit" titel={t('rechten.detail.identiteitVastleggen')} wijzeLabel={t('rechten.detail.wijze')} wijzeHulp={t('rechten.detail.wijzeHulp')} />;
}

export function AntwoordDialoog(p: Dialoogprops & { id: number }) {
  const { t } = useTranslation();
  return <WijzeEnDatumDialoog {...p} kanaal="rechten.beantwoorden" titel={t('rechten.detail.beantwoorden')} wijzeLabel={t('rechten.detail.antwoordWijze')} wijzeHulp={t('rechten.detail.antwoordWijzeHulp')} />;
}

/** Which grounds a decision may cite (the backend checks the same, shared/domein/rechten.ts `besluitFout`). */
function grondenVoor(soort: VerzoekDetail['soort'], besluit: Verzoekbesluit): readonly Grond[] {
  if (soort === 'inzage') return besluit === 'toegewezen' ? [] : UITZONDERINGSGRONDEN;
  if (soort === 'correctie') return besluit === 'afgewezen' ? ['geen-26.2'] : CORRECTIEGRONDEN;
  return [];
}

export function BesluitDialoog({ verzoek, ...p }: Dialoogprops & { verzoek: VerzoekDetail }) {
  const { t } = useTranslation();
  const woord = useBesluitWoord();
  const besluiten: Verzoekbesluit[] = verzoek.soort === 'verzet' ? ['toegewezen', 'afgewezen'] : ['toegewezen', 'deels', 'afgewezen'];
  const d = useFormDialoog({
    open: p.open,
    begin: () => ({ besluit: 'toegewezen' as Verzoekbesluit, gronden: [] as Grond[], motivering: '' }),
    verzenden: (w) => {
      const mogelijk = grondenVoor(verzoek.soort, w.besluit);
      return roep('rechten.besluiten', { id: verzoek.id, besluit: w.besluit, gronden: w.gronden.filter((g) => mogelijk.includes(g)), motivering: w.motivering });
    },
    onKlaar: p.onKlaar,
  });
  const mogelijk = grondenVoor(verzoek.soort, d.waarden.besluit);
  const grondfout = d.actie.veldfout('gronden');
  const wissel = (g: Grond, aan: boolean) => d.zetten('gronden', aan ? [...d.waarden.gronden, g] : d.waarden.gronden.filter((x) => x !== g));
  return (
    <FormDialoog {...d.dialoog} breed titel={t('rechten.detail.besluitTitel', { nummer: verzoek.nummer })} uitleg={t('rechten.detail.besluitUitleg')} verzendTekst={t('rechten.detail.besluiten')} bekendeVelden={['besluit', 'gronden', 'motivering']} onSluiten={p.onSluiten}>
      <Veld {...d.veld('besluit')} select label={t('rechten.detail.besluit')} required autoFocus>
        {besluiten.map((b) => (
          <MenuItem key={b} value={b}>
            {woord(verzoek.soort, b)}
          </MenuItem>
        ))}
      </Veld>
      {mogelijk.length > 0 && (
        <FormGroup role="group" aria-labelledby="besluit-gronden">
          <FormLabel id="besluit-gronden" error={Boolean(grondfout)}>
            {t('rechten.detail.gronden')}
          </FormLabel>
          {mogelijk.map((g) => (
            <FormControlLabel
              key={g}
              control={<Checkbox checked={d.waarden.gronden.includes(g)} onChange={(e) => wissel(g, e.target.checked)} name={`grond-${g}`} />}
              label={`${t(`rechten.grond.${g}`)} (${grondArtikel(g, verzoek.soort)})`}
            />
          ))}
          {grondfout && <FormHelperText error>{grondfout}</FormHelperText>}
        </FormGroup>
      )}
      <Veld {...d.veld('motivering')} label={t('rechten.detail.motivering')} multiline minRows={3} />
    </FormDialoog>
  );
}

export function IntrekkenDialoog({ id, ...p }: Dialoogprops & { id: number }) {
  const { t } = useTranslation();
  const d = useFormDialoog({
    open: p.open,
    begin: () => ({ toelichting: '' }),
    verzenden: (w) => roep('rechten.intrekken', { id, toelichting: w.toelichting }),
    onKlaar: p.onKlaar,
  });
  return (
    <FormDialoog {...d.dialoog} gevaarlijk titel={t('rechten.detail.intrekken')} verzendTekst={t('rechten.detail.intrekken')} bekendeVelden={['toelichting']} onSluiten={p.onSluiten}>
      <Veld {...d.veld('toelichting')} label={t('rechten.detail.intrekkenToelichting')} autoFocus required multiline minRows={2} />
    </FormDialoog>
  );
}

/** "4,50" or "4.50" → 450; null when it is not an amount. */
export function naarCenten(tekst: string): number | null {
  const m = /^\s*(\d{1,3})(?:[,.](\d{1,2}))?\s*$/.exec(tekst);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

export function VergoedingDialoog({ verzoek, ...p }: Dialoogprops & { verzoek: VerzoekDetail }) {
  const { t } = useTranslation();
  const datum = (x: string) => (x.trim() === '' ? null : naarIsoDatum(x));
  const d = useFormDialoog({
    open: p.open,
    begin: () => ({
      bedrag: euro(verzoek.vergoedingCent),
      betaaldOp: verzoek.vergoedingBetaaldOp ? nlDatum(verzoek.vergoedingBetaaldOp) : '',
      terugOp: verzoek.vergoedingTerugOp ? nlDatum(verzoek.vergoedingTerugOp) : verzoek.vergoedingTerugTeBetalen ? vandaagNl() : '',
    }),
    controleren: (w) => ({
      bedrag: naarCenten(w.bedrag) === null && t('rechten.nieuw.vergoedingHulp'),
      betaaldOp: w.betaaldOp.trim() !== '' && !naarIsoDatum(w.betaaldOp) && t('datum.ongeldig'),
      terugOp: w.terugOp.trim() !== '' && !naarIsoDatum(w.terugOp) && t('datum.ongeldig'),
    }),
    verzenden: (w) => roep('rechten.vergoeding', { id: verzoek.id, cent: naarCenten(w.bedrag)!, betaaldOp: datum(w.betaaldOp), terugOp: datum(w.terugOp) }),
    onKlaar: p.onKlaar,
  });
  return (
    <FormDialoog {...d.dialoog} titel={t('rechten.detail.vergoedingVastleggen')} uitleg={t('rechten.detail.vergoedingUitleg')} verzendTekst={t('algemeen.opslaan')} bekendeVelden={['cent', 'bedrag', 'betaaldOp', 'terugOp']} onSluiten={p.onSluiten}>
      <Veld {...d.veld('bedrag')} label={t('rechten.detail.bedrag')} hulp={t('rechten.nieuw.vergoedingHulp')} autoFocus required inputMode="decimal" />
      <DatumVeld label={t('rechten.detail.betaaldOp')} value={d.waarden.betaaldOp} onChange={(e) => d.zetten('betaaldOp', e.target.value)} fout={d.actie.veldfout('betaaldOp')} name="betaaldOp" />
      <DatumVeld label={t('rechten.detail.terugOp')} value={d.waarden.terugOp} onChange={(e) => d.zetten('terugOp', e.target.value)} fout={d.actie.veldfout('terugOp')} name="terugOp" />
    </FormDialoog>
  );
}
