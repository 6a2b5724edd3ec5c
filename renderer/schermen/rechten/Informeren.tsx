/**
 * The informing duty (art. 23) per person concerned: open, postponed (with its ground and review date),
 * omitted or done (what was sent). Names show here for this duty alone; opening the list is logged.
 */
import { useState } from 'react';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { grondArtikel, INFORMEERUITKOMSTEN, UITZONDERINGSGRONDEN, type Informeertaak, type Informeeruitkomst, type Uitzonderingsgrond } from '@shared/domein/rechten';
import { roep } from '../../api/client';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Pagina } from '../../componenten/Pagina';
import { Tabel } from '../../componenten/Tabel';
import { Veld } from '../../componenten/Veld';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';
import { useNavigatie } from '../../store/navigatie';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';

export function Informeren() {
  const { t } = useTranslation();
  const terug = useNavigatie((s) => s.terug);
  const [alleenOpen, setAlleenOpen] = useState(true);
  const [taak, setTaak] = useState<Informeertaak | null>(null);
  const succes = useSucces();
  const lijst = useLaden(() => roep('rechten.informerenLijst', { alleenOpen }), [alleenOpen]);
  const stand = (x: Informeertaak) => {
    const woord = t(`rechten.informeren.${x.status}`);
    if (x.status !== 'verzonden' && x.heroverwegenOp) return `${woord} (${x.artikel ?? ''}), ${t('rechten.informeren.heroverwegen', { datum: nlDatum(x.heroverwegenOp) })}`;
    if (x.status === 'verzonden' && x.verzondenOp) return `${woord} ${nlDatum(x.verzondenOp)}`;
    return x.artikel ? `${woord} (${x.artikel})` : woord;
  };
  return (
    <Pagina titel={t('rechten.informeren.titel')} intro={t('rechten.informeren.intro')} acties={<Button onClick={terug}>{t('algemeen.terug')}</Button>} succes={succes}>
      <FormControlLabel sx={{ mb: 1 }} control={<Switch checked={alleenOpen} onChange={(e) => setAlleenOpen(e.target.checked)} />} label={t('rechten.informeren.alleenOpen')} />
      <Tabel<Informeertaak>
        label={t('rechten.informeren.tabel')}
        dicht
        laden={lijst}
        sleutel={(x) => String(x.persoonId)}
        rijAttributen={(x) => ({ 'data-persoon': x.persoonId })}
        leeg={t('rechten.informeren.geen')}
        kolommen={[
          { id: 'naam', kop: t('rechten.informeren.naam'), rijkop: true, cel: (x) => `${x.naam || '—'}${x.geboortedatum ? ` (${nlDatum(x.geboortedatum)})` : ''}` },
          { id: 'rollen', kop: t('rechten.informeren.rollen'), cel: (x) => x.rollen.join(', ') },
          { id: 'vastgelegd', kop: t('rechten.informeren.vastgelegd'), cel: (x) => nlDatum(x.vastgelegdOp), nowrap: true, sorteer: (x) => x.vastgelegdOp },
          {
            id: 'termijn',
            kop: t('rechten.informeren.termijn'),
            cel: (x) => (
              <Typography component="span" variant="body2" color={x.teLaat ? 'error' : 'inherit'} sx={{ fontWeight: x.teLaat ? 600 : 400 }}>
                {nlDatum(x.termijn)}
              </Typography>
            ),
            nowrap: true,
            sorteer: (x) => x.termijn,
          },
          { id: 'status', kop: t('rechten.informeren.status'), cel: stand },
        ]}
        acties={(x) =>
          x.status === 'verzonden' ? null : (
            <Button size="small" onClick={() => setTaak(x)} aria-label={t('rechten.informeren.vastleggenLabel', { naam: x.naam })}>
              {t('rechten.informeren.vastleggen')}
            </Button>
          )
        }
      />
      <InformerenDialoog
        taak={taak}
        onSluiten={() => setTaak(null)}
        onKlaar={() => {
          setTaak(null);
          void succes.naHerladen(t('rechten.informeren.opgeslagen'), lijst.herladen);
        }}
      />
    </Pagina>
  );
}

function InformerenDialoog({ taak, onSluiten, onKlaar }: { taak: Informeertaak | null; onSluiten(): void; onKlaar(): void }) {
  const { t } = useTranslation();
  const datum = (x: string) => (x.trim() === '' ? null : naarIsoDatum(x));
  const d = useFormDialoog({
    open: taak,
    begin: () => ({ uitkomst: 'verzonden' as Informeeruitkomst, verzondenOp: vandaagNl(), wijze: '', inhoud: t('rechten.informeren.inhoudBegin'), grond: '' as Uitzonderingsgrond | '', motivering: '', heroverwegenOp: '' }),
    controleren: (w) => ({
      verzondenOp: w.uitkomst === 'verzonden' && !naarIsoDatum(w.verzondenOp) && t('datum.ongeldig'),
      heroverwegenOp: w.uitkomst !== 'verzonden' && w.heroverwegenOp.trim() !== '' && !naarIsoDatum(w.heroverwegenOp) && t('datum.ongeldig'),
    }),
    verzenden: (w) =>
      roep('rechten.informerenVastleggen', {
        persoonId: taak!.persoonId,
        uitkomst: w.uitkomst,
        ...(w.uitkomst === 'verzonden'
          ? { verzondenOp: datum(w.verzondenOp), wijze: w.wijze, inhoud: w.inhoud }
          : { grond: w.grond === '' ? null : w.grond, motivering: w.motivering, heroverwegenOp: datum(w.heroverwegenOp) }),
      }),
    onKlaar,
  });
  const w = d.waarden;
  return (
    <FormDialoog {...d.dialoog} breed titel={t('rechten.informeren.dialoogTitel', { naam: taak?.naam ?? '' })} verzendTekst={t('rechten.informeren.vastleggen')} bekendeVelden={['uitkomst', 'verzondenOp', 'wijze', 'inhoud', 'grond', 'motivering', 'heroverwegenOp']} onSluiten={onSluiten}>
      <Veld {...d.veld('uitkomst')} select label={t('rechten.informeren.uitkomst')} required autoFocus>
        {INFORMEERUITKOMSTEN.map((u) => (
          <MenuItem key={u} value={u}>
            {t(`rechten.informeren.${u}`)}
          </MenuItem>
        ))}
      </Veld>
      {w.uitkomst === 'verzonden' ? (
        <>
          <DatumVeld label={t('rechten.informeren.verzondenOp')} value={w.verzondenOp} onChange={(e) => d.zetten('verzondenOp', e.target.value)} fout={d.actie.veldfout('verzondenOp')} required name="verzondenOp" />
          <Veld {...d.veld('wijze')} label={t('rechten.informeren.wijze')} />
          <Veld {...d.veld('inhoud')} label={t('rechten.informeren.inhoud')} multiline minRows={4} required />
        </>
      ) : (
        <>
          <Veld {...d.veld('grond')} select label={t('rechten.informeren.grond')} required>
            {UITZONDERINGSGRONDEN.map((g) => (
              <MenuItem key={g} value={g}>
                {t(`rechten.grond.${g}`)} ({grondArtikel(g, 'informeren')})
              </MenuItem>
            ))}
          </Veld>
          <Veld {...d.veld('motivering')} label={t('rechten.informeren.motivering')} multiline minRows={3} required />
          <DatumVeld label={t('rechten.informeren.heroverwegenOp')} value={w.heroverwegenOp} onChange={(e) => d.zetten('heroverwegenOp', e.target.value)} fout={d.actie.veldfout('heroverwegenOp')} required name="heroverwegenOp" />
        </>
      )}
    </FormDialoog>
  );
}
