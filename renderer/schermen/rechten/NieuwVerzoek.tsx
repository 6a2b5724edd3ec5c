/** Registering a request as it came in (art. 25.1, 26.1, 27.1), with the path when another party received it. */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { CORRECTIESOORTEN, VERZOEKSOORTEN, type Correctiesoort, type Verzoeksoort } from '@shared/domein/rechten';
import { roep } from '../../api/client';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaden } from '../../componenten/useLaden';
import { naarIsoDatum, vandaagNl } from '../../opmaak';
import { naarCenten } from './VerzoekDialogen';

export function NieuwVerzoekDialoog({ open, onSluiten, onKlaar }: { open: boolean; onSluiten(): void; onKlaar(id: number): void }) {
  const { t } = useTranslation();
  const partners = useLaden(() => roep('partners.lijst', {}), [], { actief: open });
  const datum = (x: string) => (x.trim() === '' ? null : naarIsoDatum(x));
  const d = useFormDialoog({
    open,
    begin: () => ({
      soort: 'inzage' as Verzoeksoort,
      correcties: [] as Correctiesoort[],
      verzoekerNaam: '',
      verzoekerGeboortedatum: '',
      contact: '',
      omschrijving: '',
      ontvangenOp: vandaagNl(),
      ontvangenDoor: 'penvoerder',
      doorgezondenOp: '',
      vergoeding: '0,00',
    }),
    controleren: (w) => ({
      ontvangenOp: !naarIsoDatum(w.ontvangenOp) && t('datum.ongeldig'),
      verzoekerGeboortedatum: w.verzoekerGeboortedatum.trim() !== '' && !naarIsoDatum(w.verzoekerGeboortedatum) && t('datum.ongeldig'),
      doorgezondenOp: w.doorgezondenOp.trim() !== '' && !naarIsoDatum(w.doorgezondenOp) && t('datum.ongeldig'),
      vergoedingCent: naarCenten(w.vergoeding) === null && t('rechten.nieuw.vergoedingHulp'),
    }),
    verzenden: (w) =>
      roep('rechten.nieuw', {
        soort: w.soort,
        correcties: w.soort === 'correctie' ? w.correcties : [],
        verzoekerNaam: w.verzoekerNaam,
        verzoekerGeboortedatum: datum(w.verzoekerGeboortedatum) ?? '',
        contact: w.contact,
        omschrijving: w.omschrijving,
        ontvangenOp: naarIsoDatum(w.ontvangenOp)!,
        ontvangenDoorPartnerId: w.ontvangenDoor === 'penvoerder' ? null : Number(w.ontvangenDoor),
        doorgezondenOp: w.ontvangenDoor === 'penvoerder' ? null : datum(w.doorgezondenOp),
        vergoedingCent: naarCenten(w.vergoeding)!,
      }),
    onKlaar: (r) => onKlaar(r.id),
  });
  const w = d.waarden;
  const correctiefout = d.actie.veldfout('correcties');
  return (
    <FormDialoog
      {...d.dialoog}
      breed
      titel={t('rechten.nieuw.titel')}
      uitleg={t('rechten.nieuw.uitleg')}
      verzendTekst={t('rechten.nieuw.registreren')}
      bekendeVelden={['soort', 'correcties', 'verzoekerNaam', 'verzoekerGeboortedatum', 'contact', 'omschrijving', 'ontvangenOp', 'ontvangenDoorPartnerId', 'doorgezondenOp', 'vergoedingCent']}
      onSluiten={onSluiten}
    >
      <Veld {...d.veld('soort')} select label={t('rechten.nieuw.soort')} required autoFocus>
        {VERZOEKSOORTEN.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`rechten.soort.${s}`)}
          </MenuItem>
        ))}
      </Veld>
      {w.soort === 'correctie' && (
        <FormGroup role="group" aria-labelledby="nieuw-correcties">
          <FormLabel id="nieuw-correcties" error={Boolean(correctiefout)}>
            {t('rechten.nieuw.correcties')}
          </FormLabel>
          {CORRECTIESOORTEN.map((c) => (
            <FormControlLabel
              key={c}
              label={t(`rechten.correctie.${c}`)}
              control={<Checkbox name={`correctie-${c}`} checked={w.correcties.includes(c)} onChange={(e) => d.zetten('correcties', e.target.checked ? [...w.correcties, c] : w.correcties.filter((x) => x !== c))} />}
            />
          ))}
          {correctiefout && <FormHelperText error>{correctiefout}</FormHelperText>}
        </FormGroup>
      )}
      <Veld {...d.veld('verzoekerNaam')} label={t('rechten.nieuw.naam')} required autoComplete="off" />
      <DatumVeld label={t('rechten.nieuw.geboortedatum')} hulp={t('rechten.nieuw.geboortedatumHulp')} value={w.verzoekerGeboortedatum} onChange={(e) => d.zetten('verzoekerGeboortedatum', e.target.value)} fout={d.actie.veldfout('verzoekerGeboortedatum')} name="verzoekerGeboortedatum" />
      <Veld {...d.veld('contact')} label={t('rechten.nieuw.contact')} multiline minRows={2} />
      <Veld {...d.veld('omschrijving')} label={t('rechten.nieuw.omschrijving')} hulp={t('rechten.nieuw.omschrijvingHulp')} multiline minRows={3} />
      <DatumVeld label={t('rechten.nieuw.ontvangenOp')} value={w.ontvangenOp} onChange={(e) => d.zetten('ontvangenOp', e.target.value)} fout={d.actie.veldfout('ontvangenOp')} required name="ontvangenOp" />
      <Veld {...d.veld('ontvangenDoor')} select label={t('rechten.nieuw.ontvangenDoor')} pad="ontvangenDoorPartnerId">
        <MenuItem value="penvoerder">{t('rechten.nieuw.penvoerder')}</MenuItem>
        {(partners.data ?? []).map((p) => (
          <MenuItem key={p.id} value={String(p.id)}>
            {p.naam}
          </MenuItem>
        ))}
      </Veld>
      {w.ontvangenDoor !== 'penvoerder' && (
        <DatumVeld label={t('rechten.nieuw.doorgezondenOp')} value={w.doorgezondenOp} onChange={(e) => d.zetten('doorgezondenOp', e.target.value)} fout={d.actie.veldfout('doorgezondenOp')} required name="doorgezondenOp" />
      )}
      <Veld {...d.veld('vergoeding')} pad="vergoedingCent" label={t('rechten.nieuw.vergoeding')} hulp={t('rechten.nieuw.vergoedingHulp')} inputMode="decimal" />
    </FormDialoog>
  );
}
