/**
 * The two bundles a partner sends back: a terugmelding on an intervention (art. 16.6) and a
 * verwijderverzoek for data gone from its own source registration (art. 22.2).
 */
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { TERUGMELDSTATUSSEN } from '@shared/domein/bundel';
import type { Partner } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { Bezig } from '../../componenten/Bezig';
import { MapVeld } from '../../componenten/MapVeld';
import { type GeschrevenBestand } from '../../componenten/Geschreven';
import { useNavigatie } from '../../store/navigatie';
import { Keuzeveld } from '../../componenten/Keuzeveld';

export type OntvangenInterventie = Uitvoer<'ontvangen.lijst'>[number]['interventies'][number];
type Terugmeldstatus = (typeof TERUGMELDSTATUSSEN)[number];

export function TerugmeldingDialoog({
  interventie,
  van,
  onSluiten,
  onKlaar,
}: {
  interventie: OntvangenInterventie | null;
  van: { code: string; naam: string };
  onSluiten(): void;
  onKlaar(g: GeschrevenBestand): void;
}) {
  const { t } = useTranslation();
  const actie = useActie();
  const laatsteMap = useNavigatie((s) => s.laatsteMap);
  const getoond = useLaatste(interventie);
  const [status, setStatus] = useState<Terugmeldstatus>('uitgevoerd');
  const [datum, setDatum] = useState(vandaagNl());
  const [verslag, setVerslag] = useState('');
  const [map, setMap] = useState(laatsteMap);
  const { wissen } = actie;
  useEffect(() => {
    if (interventie) {
      setStatus(interventie.status === 'toegewezen' ? 'in-uitvoering' : 'uitgevoerd');
      setDatum(vandaagNl());
      setVerslag('');
      setMap(useNavigatie.getState().laatsteMap);
      wissen();
    }
  }, [interventie, wissen]);

  const verzenden = async () => {
    if (!interventie) return;
    const iso = naarIsoDatum(datum);
    const r = await actie.uitvoeren(() => roep('terugmelding.maken', { interventieId: interventie.id, status, datum: iso ?? '', verslag, doelmap: map }), {
      datum: !iso && t('datum.ongeldig'),
    });
    if (r) onKlaar(r);
  };

  return (
    <FormDialoog
      open={Boolean(interventie)}
      titel={t('overdracht.terugmelding.titel')}
      uitleg={
        <Typography>
          {t('overdracht.terugmelding.uitleg', { omschrijving: getoond?.omschrijving ?? '', uiterlijk: getoond?.uiterlijk ? nlDatum(getoond.uiterlijk) : '—', van: van.naam })}
        </Typography>
      }
      actie={actie}
      verzendTekst={t('overdracht.terugmelding.schrijven')}
      bekendeVelden={['status', 'datum', 'verslag', 'doelmap']}
      breed
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Keuzeveld actie={actie} pad="status" label={t('overdracht.terugmelding.status')} value={status} onChange={(e) => setStatus(e.target.value as Terugmeldstatus)} required autoFocus opties={TERUGMELDSTATUSSEN.map((s) => ({ waarde: s, label: t(`overdracht.interventiestatus.${s}`) }))} />
      <DatumVeld label={t('overdracht.terugmelding.datum')} value={datum} onChange={(e) => setDatum(e.target.value)} fout={actie.veldfout('datum')} required sx={{ maxWidth: 260 }} />
      <Veld actie={actie} pad="verslag" label={t('overdracht.terugmelding.verslag')} hulp={t('overdracht.terugmelding.verslagHulp')} value={verslag} onChange={(e) => setVerslag(e.target.value)} multiline minRows={3} required />
      <MapVeld actie={actie} waarde={map} onWaarde={setMap} />
      {actie.bezig && <Bezig tekst={t('overdracht.bezig.schrijven')} />}
    </FormDialoog>
  );
}

type Verzoeksoort = 'signaal' | 'dossier' | 'persoon';
const VERZOEKSOORTEN: readonly Verzoeksoort[] = ['signaal', 'dossier', 'persoon'];

export function VerwijderverzoekDialoog({
  open,
  standaardAan,
  bekendeNummers,
  metNamens = false,
  onSluiten,
  onKlaar,
}: {
  open: boolean;
  /** The code of the partner that supplied the data (usually the centraal bestand). */
  standaardAan: string;
  /** Signal numbers from the received extract, offered as choices. */
  bekendeNummers: readonly string[];
  /** Zorgcoördinatie: the request may be a care partner's, passed on (art. 22.2). */
  metNamens?: boolean;
  onSluiten(): void;
  onKlaar(g: GeschrevenBestand): void;
}) {
  const { t } = useTranslation();
  const actie = useActie();
  const [partners, setPartners] = useState<Partner[]>([]);
  const [aan, setAan] = useState<number | ''>('');
  const [namens, setNamens] = useState('');
  const [bron, setBron] = useState('');
  const [soort, setSoort] = useState<Verzoeksoort>('signaal');
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [overige, setOverige] = useState('');
  const [dossier, setDossier] = useState('');
  const [persoon, setPersoon] = useState({ referentie: '', naam: '', geboortedatum: '' });
  const [reden, setReden] = useState('');
  const [map, setMap] = useState('');
  const { wissen } = actie;

  useEffect(() => {
    if (!open) return;
    setBron('');
    setNamens('');
    setSoort('signaal');
    setGekozen([]);
    setOverige('');
    setDossier('');
    setPersoon({ referentie: '', naam: '', geboortedatum: '' });
    setReden('');
    setMap(useNavigatie.getState().laatsteMap);
    wissen();
    void roep('partners.lijst', {}).then((r) => {
      if (!r.ok) return;
      const lijst = r.waarde.filter((p) => p.rol !== 'kandidaat');
      setPartners(lijst);
      setAan(lijst.find((p) => p.code === standaardAan)?.id ?? '');
    });
  }, [open, wissen, standaardAan]);

  const verzenden = async () => {
    const nummers = [...new Set([...gekozen, ...overige.split(/[\s,;]+/).map((n) => n.trim()).filter(Boolean)])];
    const geboortedatum = naarIsoDatum(persoon.geboortedatum);
    const onderwerpen =
      soort === 'signaal'
        ? nummers.map((referentie) => ({ soort, referentie }))
        : soort === 'dossier'
          ? dossier.trim()
            ? [{ soort, referentie: dossier.trim() }]
            : []
          : [{ soort, referentie: persoon.referentie.trim(), naam: persoon.naam.trim(), geboortedatum: geboortedatum ?? '' }];
    const r = await actie.uitvoeren(
      () =>
        roep('verwijderverzoek.maken', {
          aanPartnerId: aan === '' ? 0 : aan,
          bronregistratie: bron,
          onderwerpen,
          reden,
          doelmap: map,
          ...(namens ? { namens } : {}),
        }),
      {
        aanPartnerId: aan === '' && t('overdracht.verwijderverzoek.kiesAan'),
        onderwerpen: onderwerpen.length === 0 && t(soort === 'dossier' ? 'overdracht.verwijderverzoek.kiesDossier' : 'overdracht.verwijderverzoek.kiesNummers'),
        'onderwerpen.0.referentie': soort === 'persoon' && !persoon.referentie.trim() && t('overdracht.verwijderverzoek.kiesReferentie'),
        'onderwerpen.0.naam': soort === 'persoon' && !persoon.naam.trim() && t('overdracht.verwijderverzoek.kiesNaam'),
        'onderwerpen.0.geboortedatum': soort === 'persoon' && !geboortedatum && t('datum.ongeldig'),
      },
    );
    if (r) onKlaar(r);
  };

  return (
    <FormDialoog
      open={open}
      titel={t('overdracht.verwijderverzoek.titel')}
      uitleg={<Typography>{t('overdracht.verwijderverzoek.dialoogUitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('overdracht.verwijderverzoek.schrijven')}
      bekendeVelden={['aanPartnerId', 'namens', 'bronregistratie', 'onderwerpen', 'onderwerpen.0.referentie', 'onderwerpen.0.naam', 'onderwerpen.0.geboortedatum', 'reden', 'doelmap']}
      breed
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Keuzeveld actie={actie} pad="aanPartnerId" label={t('overdracht.verwijderverzoek.aan')} value={aan} onChange={(e) => setAan(Number(e.target.value))} required autoFocus opties={partners.map((p) => ({ waarde: p.id, label: <>{p.naam} ({p.code})</> }))} />
      {metNamens && (
        <Keuzeveld
          actie={actie}
          pad="namens"
          label={t('overdracht.verwijderverzoek.namens')}
          hulp={t('overdracht.verwijderverzoek.namensHulp')}
          value={namens}
          onChange={(e) => setNamens(e.target.value)}
          leeg={t('overdracht.verwijderverzoek.namensEigen')}
          opties={partners.filter((p) => p.id !== aan).map((p) => ({ waarde: p.code, label: <>{p.naam} ({p.code})</> }))}
        />
      )}
      <Veld actie={actie} pad="bronregistratie" label={t('overdracht.verwijderverzoek.bron')} hulp={t('overdracht.verwijderverzoek.bronHulp')} value={bron} onChange={(e) => setBron(e.target.value)} required autoComplete="off" />
      <Keuzeveld label={t('overdracht.verwijderverzoek.soort')} value={soort} onChange={(e) => setSoort(e.target.value as Verzoeksoort)} opties={VERZOEKSOORTEN.map((s) => ({ waarde: s, label: t(`overdracht.verwijderverzoek.soorten.${s}`) }))} />
      {soort === 'signaal' && bekendeNummers.length > 0 && (
        <Box>
          <FormLabel component="legend" id="verzoek-nummers" sx={{ fontWeight: 600, color: 'text.primary' }}>
            {t('overdracht.verwijderverzoek.nummers')}
          </FormLabel>
          <FormGroup aria-labelledby="verzoek-nummers" row>
            {bekendeNummers.map((n) => (
              <FormControlLabel
                key={n}
                control={<Checkbox checked={gekozen.includes(n)} onChange={(e) => setGekozen(e.target.checked ? [...gekozen, n] : gekozen.filter((x) => x !== n))} />}
                label={n}
              />
            ))}
          </FormGroup>
        </Box>
      )}
      {soort === 'signaal' && (
        <Veld
          actie={actie}
          pad="onderwerpen"
          label={bekendeNummers.length ? t('overdracht.verwijderverzoek.overige') : t('overdracht.verwijderverzoek.nummers')}
          hulp={t('overdracht.verwijderverzoek.nummersHulp')}
          value={overige}
          onChange={(e) => setOverige(e.target.value)}
          autoComplete="off"
        />
      )}
      {soort === 'dossier' && (
        <Veld actie={actie} pad="onderwerpen" label={t('overdracht.verwijderverzoek.dossier')} hulp={t('overdracht.verwijderverzoek.dossierHulp')} value={dossier} onChange={(e) => setDossier(e.target.value)} required autoComplete="off" />
      )}
      {soort === 'persoon' && (
        <>
          <Typography variant="body2">{t('overdracht.verwijderverzoek.persoonUitleg')}</Typography>
          <Veld actie={actie} pad="onderwerpen.0.referentie" label={t('overdracht.verwijderverzoek.referentie')} hulp={t('overdracht.verwijderverzoek.referentieHulp')} value={persoon.referentie} onChange={(e) => setPersoon({ ...persoon, referentie: e.target.value })} required autoComplete="off" />
          <Veld actie={actie} pad="onderwerpen.0.naam" label={t('overdracht.verwijderverzoek.naam')} value={persoon.naam} onChange={(e) => setPersoon({ ...persoon, naam: e.target.value })} required autoComplete="off" />
          <DatumVeld label={t('overdracht.verwijderverzoek.geboortedatum')} value={persoon.geboortedatum} onChange={(e) => setPersoon({ ...persoon, geboortedatum: e.target.value })} fout={actie.veldfout('onderwerpen.0.geboortedatum')} required sx={{ maxWidth: 260 }} />
        </>
      )}
      <Veld actie={actie} pad="reden" label={t('overdracht.verwijderverzoek.reden')} value={reden} onChange={(e) => setReden(e.target.value)} multiline minRows={2} />
      <MapVeld actie={actie} waarde={map} onWaarde={setMap} />
      {actie.bezig && <Bezig tekst={t('overdracht.bezig.schrijven')} />}
    </FormDialoog>
  );
}
