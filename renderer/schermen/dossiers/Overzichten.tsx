import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { losseWoorden } from '@shared/meldingen/codewoorden';
import { useDialoog, type DialoogProps } from '../../componenten/useDialoog';
import { VormMelding } from '../../componenten/VormMelding';
import { Werkbalk } from '../../componenten/Werkbalk';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { sorteerPartners, usePartners } from '../../componenten/naslag';
import { DOELEN, DOSSIERFASEN, type DossierDetail } from '@shared/domein/dossier';
import { nlDatum, nlDatumTijd } from '../../opmaak';
import { MetDatums } from '../../componenten/MetDatums';
import { losseTekst } from '../signalen/losseSleutel';
import type { TabProps } from './DossierDetail';
import { Tabel } from '../../componenten/Tabel';
import { useFormDialoog } from '../../componenten/useFormDialoog';

/** "signaal:12" → "Signaal S-2026-00012"; "navraag:3" → "Antwoord op navraag bij IND". */
export function useItemNaam(d: DossierDetail): (sleutel: string) => string {
  const { t } = useTranslation();
  return (sleutel) => {
    const [soort, idTekst] = sleutel.split(':');
    const id = Number(idTekst);
    if (soort === 'signaal') {
      const s = d.signalen.find((x) => x.id === id);
      return t('keten.item.signaal', { nummer: s?.nummer ?? idTekst, bron: s?.bron ?? '' });
    }
    if (soort === 'navraag') {
      const n = d.navragen.find((x) => x.id === id);
      return t('keten.item.navraag', { partner: n?.partner.naam ?? idTekst });
    }
    return sleutel;
  };
}

export const doelLabel = (t: TFunction, doel: string): string => ((DOELEN as readonly string[]).includes(doel) ? losseTekst(t, `keten.doel.${doel}`) : doel);

/** What happened to the dossier, oldest first: steps, inquiries, signals added, spoed (art. 10.1). */
export function Tijdlijn({ dossier: d }: TabProps) {
  const { t } = useTranslation();
  const faseNaam = (f: string | null) => (f && (DOSSIERFASEN as readonly string[]).includes(f) ? t(`keten.dossierfase.${f as 'detectie'}`) : '');
  const soortNaam = (s: string) => {
    const sleutel = `keten.gebeurtenis.${s}`;
    const tekst = losseTekst(t, sleutel);
    // a kind of event without its own wording still reads as words, never as its code (ADR 0037)
    return tekst === sleutel ? hoofdletterWoord(losseWoorden(s)) : tekst;
  };
  return (
    <Box component="ol" aria-label={t('keten.dossier.tab.tijdlijn')} sx={{ listStyle: 'none', m: 0, p: 0, borderLeft: 2, borderColor: 'divider', ml: 1 }}>
      {d.gebeurtenissen.map((g) => (
        <Box component="li" key={g.id} sx={{ position: 'relative', pl: 3, pb: 2.5 }}>
          <Box aria-hidden sx={{ position: 'absolute', left: -7, top: 6, width: 12, height: 12, borderRadius: '50%', bgcolor: g.naarFase ? 'primary.main' : 'background.paper', border: 2, borderColor: 'primary.main' }} />
          <Typography variant="body2" color="text.secondary">
            <MetDatums tekst={`${nlDatumTijd(g.tijd)} · ${g.door}`} />
          </Typography>
          <Typography sx={{ fontWeight: 600 }}>
            {soortNaam(g.soort)}
            {g.naarFase && ` — ${g.vanFase ? `${faseNaam(g.vanFase)} → ` : ''}${faseNaam(g.naarFase)}`}
          </Typography>
          {g.toelichting && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{g.toelichting}</Typography>}
        </Box>
      ))}
    </Box>
  );
}

const hoofdletterWoord = (w: string): string => w.charAt(0).toLocaleUpperCase('nl') + w.slice(1);

/** The persons the dossier's signals name, anonymised unless asked (art. 6.2, 9.5; logged). */
export function Betrokkenen({ dossier: d, vorm, onVorm }: TabProps & { vorm: 'geanonimiseerd' | 'identificeerbaar'; onVorm(v: 'geanonimiseerd' | 'identificeerbaar'): void }) {
  const { t } = useTranslation();
  const identificeerbaar = d.vorm === 'identificeerbaar';
  const afgeschermd = <Chip size="small" variant="outlined" icon={<VisibilityOffOutlinedIcon />} label={t('keten.detail.afgeschermd')} />;
  return (
    <>
      <VormMelding identificeerbaar={identificeerbaar} onWissel={() => onVorm(vorm === 'identificeerbaar' ? 'geanonimiseerd' : 'identificeerbaar')}>
        {identificeerbaar ? t('keten.detail.identificeerbaarGelogd') : t('keten.betrokkenen.geanonimiseerd')}
      </VormMelding>
      <Tabel<DossierDetail['betrokkenen'][number]>
        label={t('keten.dossier.tab.betrokkenen', { aantal: d.betrokkenen.length })}
        dicht
        rijen={d.betrokkenen}
        sleutel={(b) => `${b.persoonId}-${b.signaal}`}
        leeg={t('keten.betrokkenen.geen')}
        kolommen={[
          { id: 'rol', kop: t('keten.betrokkenen.rol'), cel: (b) => t(`keten.rol.${b.rol}`), rijkop: true },
          { id: 'signaal', kop: t('keten.betrokkenen.signaal'), cel: (b) => b.signaal, sx: { fontFamily: 'monospace' } },
          { id: 'naam', kop: t('keten.veld.naam'), celAttributen: { 'data-veld': 'naam' }, cel: (b) => (identificeerbaar ? b.naam || t('algemeen.leeg') : afgeschermd) },
          { id: 'geboortedatum', kop: t('keten.veld.geboortedatum'), cel: (b) => (identificeerbaar ? (b.geboortedatum ? nlDatum(b.geboortedatum) : t('algemeen.leeg')) : afgeschermd) },
          { id: 'leeftijd', kop: t('keten.betrokkenen.leeftijd'), uitlijning: 'right', cel: (b) => b.leeftijd ?? t('algemeen.leeg') },
          { id: 'geslacht', kop: t('keten.veld.geslacht'), cel: (b) => (b.geslacht && b.geslacht !== 'onbekend' ? t(`keten.geslacht.${b.geslacht as 'man'}`) : t('algemeen.leeg')) },
          { id: 'nationaliteit', kop: t('keten.veld.nationaliteit'), cel: (b) => b.nationaliteit || t('algemeen.leeg') },
          { id: 'woonplaats', kop: t('keten.veld.woonplaats'), cel: (b) => (identificeerbaar ? b.woonplaats || t('algemeen.leeg') : afgeschermd) },
        ]}
      />
    </>
  );
}

/** The verstrekkingenlog of this dossier (art. 25.3): every provision with recipient, purpose, items and basis. */
export function Verstrekkingen({ dossier: d, herladen }: TabProps) {
  const { t } = useTranslation();
  const mag = useMag();
  const itemNaam = useItemNaam(d);
  const nieuw = useDialoog();
  const [uitkomst, setUitkomst] = useState<Uitvoer<'verstrekkingen.vastleggen'> | null>(null);
  return (
    <>
      <Werkbalk
        uitleg={t('keten.verstrekkingen.uitleg')}
        acties={
          mag('verstrekkingen.vastleggen') && (
            <Button variant="outlined" onClick={() => nieuw.openen(true)}>
              {t('keten.verstrekkingen.nieuw')}
            </Button>
          )
        }
      />
      {uitkomst && uitkomst.geweigerd.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} onClose={() => setUitkomst(null)}>
          {t('keten.verstrekkingen.geweigerdKop')}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {uitkomst.geweigerd.map((g) => (
              <li key={g.sleutel}>
                {g.omschrijving}: {g.reden}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      <Tabel<DossierDetail['verstrekkingen'][number]>
        label={t('keten.verstrekkingen.tabel')}
        dicht
        rijen={d.verstrekkingen}
        sleutel={(v) => String(v.id)}
        leeg={t('keten.verstrekkingen.geen')}
        kolommen={[
          { id: 'tijd', kop: t('keten.verstrekkingen.tijd'), cel: (v) => nlDatumTijd(v.tijd), nowrap: true },
          { id: 'ontvanger', kop: t('keten.verstrekkingen.ontvanger'), cel: (v) => v.ontvanger.naam, rijkop: true },
          {
            id: 'doel',
            kop: t('keten.verstrekkingen.doel'),
            cel: (v) => (
              <>
                {doelLabel(t, v.doel)}
                {v.soort !== v.doel && (
                  <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                    {v.soort}
                  </Typography>
                )}
                {v.overschreven && <Chip size="small" color="warning" label={t('keten.verstrekkingen.overschreven')} sx={{ mt: 0.5 }} />}
              </>
            ),
          },
          {
            id: 'items',
            kop: t('keten.verstrekkingen.items'),
            cel: (v) => (
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {v.items.map((i) => (
                  <li key={i.sleutel}>
                    {itemNaam(i.sleutel)}: {i.vorm === 'identificeerbaar' ? t('keten.matrix.identificeerbaar') : i.vorm === 'geanonimiseerd' ? t('keten.matrix.geanonimiseerd') : i.vorm} ({i.artikel})
                  </li>
                ))}
              </Box>
            ),
          },
          {
            id: 'nodig',
            kop: t('keten.verstrekkingen.nodig'),
            cel: (v) =>
              v.nodig === null
                ? '—'
                : v.nodig.spoedId !== undefined
                  ? t('spoedkeuze.log', { id: v.nodig.spoedId, door: v.nodig.door ?? '', datum: nlDatum((v.nodig.gekozenOp ?? '').slice(0, 10)) })
                  : v.nodig.bron === 'keuze'
                    ? t('keten.verstrekkingen.nodigKeuze', { door: v.nodig.door ?? '', datum: nlDatum((v.nodig.gekozenOp ?? '').slice(0, 10)) })
                    : v.soort === 'spoed'
                      ? t('spoedkeuze.logVoorstel')
                      : t('keten.verstrekkingen.nodigVoorstel'),
          },
          { id: 'door', kop: t('keten.verstrekkingen.door'), cel: (v) => v.door },
        ]}
      />
      <VerstrekkingDialoog
        {...nieuw.props((u: Uitvoer<'verstrekkingen.vastleggen'>) => {
          setUitkomst(u);
          void herladen(t('keten.verstrekkingen.vastgelegd', { verstrekt: u.verstrekt.length, geweigerd: u.geweigerd.length }));
        })}
        dossierId={d.id}
      />
    </>
  );
}

/** A provision outside the app (telephone, meeting) recorded afterwards, item by item through the policy engine (art. 25.3). */
function VerstrekkingDialoog({ open, dossierId, onSluiten, onKlaar }: DialoogProps<true, [Uitvoer<'verstrekkingen.vastleggen'>]> & { dossierId: number }) {
  const { t } = useTranslation();
  const partners = usePartners();
  const d = useFormDialoog({
    open,
    begin: () => ({ ontvangerId: '' as number | '', doel: 'overdracht' as (typeof DOELEN)[number] }),
    controleren: (w) => ({ ontvangerId: w.ontvangerId === '' && t('keten.navraag.kiesPartner') }),
    verzenden: (w) => roep('verstrekkingen.vastleggen', { dossierId, ontvangerId: w.ontvangerId === '' ? 0 : w.ontvangerId, doel: w.doel }),
    onKlaar,
  });
  const w = d.waarden;
  return (
    <FormDialoog
      {...d.dialoog}
      titel={t('keten.verstrekkingen.nieuw')}
      uitleg={t('keten.verstrekkingen.nieuwUitleg')}
      verzendTekst={t('keten.verstrekkingen.vastleggen')}
      bekendeVelden={['ontvangerId', 'doel']}
      onSluiten={onSluiten}
    >
      <Veld actie={d.actie} pad="ontvangerId" select label={t('keten.verstrekkingen.ontvanger')} value={w.ontvangerId} onChange={(e) => d.zetten('ontvangerId', Number(e.target.value))} required autoFocus>
        {sorteerPartners(partners ?? []).map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam}
          </MenuItem>
        ))}
      </Veld>
      <Veld {...d.veld('doel')} select label={t('keten.verstrekkingen.doel')} required>
        {DOELEN.map((x) => (
          <MenuItem key={x} value={x}>
            {doelLabel(t, x)}
          </MenuItem>
        ))}
      </Veld>
      <Typography variant="body2" color="text.secondary">
        {t('keten.verstrekkingen.volgtKeuze')}
      </Typography>
    </FormDialoog>
  );
}
