import { useCallback, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Gebruiker } from '@shared/domein/gebruiker';
import { magAccountBeheren, ROLLEN_PER_PROFIEL, type Accountbeheer, type Profiel, type Rol } from '@shared/rollen';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatumTijd } from '../../opmaak';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Bevestiging } from '../../componenten/Bevestiging';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { Verborgen } from '../../componenten/Verborgen';
import { Tabel } from '../../componenten/Tabel';
import { Pagina } from '../../componenten/Pagina';
import { useLaden } from '../../componenten/useLaden';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useSucces } from '../../componenten/useSucces';

/**
 * Beheer → Gebruikers: accounts, each with its own key slot (docs/ontwerp.md §5). What is offered follows the
 * backend's own rule (shared/rollen.ts, ADR 0003): a button or role that would be refused is absent.
 */
export function Gebruikers({ gebruiker: ik, profiel }: { gebruiker: Gebruiker; profiel: Profiel }) {
  const { t } = useTranslation();
  const mag = useMag();
  const lijst = useLaden(() => roep('gebruikers.lijst', {}), []);
  const succes = useSucces();
  const [toevoegenOpen, setToevoegenOpen] = useState(false);
  const [rolVan, setRolVan] = useState<Gebruiker | null>(null);
  const [verwijderen, setVerwijderen] = useState<Gebruiker | null>(null);
  const klaar = (tekst: string) => {
    void succes.naHerladen(tekst, lijst.herladen);
  };

  const rollen = ROLLEN_PER_PROFIEL[profiel];
  const mogelijk = useCallback(
    (handeling: Accountbeheer['handeling'], account: Accountbeheer['account'], nieuweRol?: Rol) =>
      magAccountBeheren({ profiel, ik: { naam: ik.naam, rol: ik.rol }, handeling, account, ...(nieuweRol ? { nieuweRol } : {}) }),
    [profiel, ik.naam, ik.rol],
  );
  // Roles this user may give a new account (stable, so the open dialog is not reset on every render),
  // and per existing account the roles it may be changed to.
  const nieuweRollen = useMemo(() => rollen.filter((r) => mogelijk('toevoegen', { naam: '', rol: null }, r)), [rollen, mogelijk]);
  const rollenVoor = (g: Gebruiker) => rollen.filter((r) => r !== g.rol && mogelijk('rolWijzigen', { naam: g.naam, rol: g.rol }, r));
  const rolKeuzeVan = useMemo(() => (rolVan ? [rolVan.rol, ...rollen.filter((r) => r !== rolVan.rol && mogelijk('rolWijzigen', { naam: rolVan.naam, rol: rolVan.rol }, r))] : rollen), [rolVan, rollen, mogelijk]);

  return (
    <Pagina
      titel={t('gebruikers.titel')}
      intro={t('gebruikers.intro')}
      succes={succes}
      acties={
        mag('gebruikers.toevoegen') &&
        nieuweRollen.length > 0 && (
          <Button variant="contained" startIcon={<PersonAddAlt1OutlinedIcon />} onClick={() => setToevoegenOpen(true)}>
            {t('gebruikers.toevoegen')}
          </Button>
        )
      }
    >
      <Tabel<Gebruiker>
        label={t('gebruikers.tabel')}
        laden={lijst}
        sleutel={(g) => String(g.id)}
        kolommen={[
          { id: 'naam', kop: t('gebruikers.naam'), cel: (g) => g.naam, rijkop: true, sorteer: (g) => g.naam, sx: { fontFamily: 'monospace', fontSize: '0.9rem' } },
          {
            id: 'weergavenaam',
            kop: t('gebruikers.weergavenaam'),
            sorteer: (g) => g.weergavenaam,
            cel: (g) => (
              <>
                {g.weergavenaam} {g.naam === ik.naam && <Box component="span" sx={{ color: 'text.secondary' }}>{t('gebruikers.u')}</Box>}
              </>
            ),
          },
          { id: 'rol', kop: t('gebruikers.rol'), cel: (g) => t(`rollen.${g.rol}`), sorteer: (g) => t(`rollen.${g.rol}`) },
          { id: 'laatst', kop: t('gebruikers.laatstAangemeld'), cel: (g) => (g.laatstAangemeld ? nlDatumTijd(g.laatstAangemeld) : t('gebruikers.nooit')), sorteer: (g) => g.laatstAangemeld },
          {
            id: 'geheimhouding',
            kop: t('geheimhouding.kolom'),
            cel: (g) => geheimhoudingTekst(g, t),
            sorteer: (g) => (g.geheimhouding?.actueel ? g.geheimhouding.tijd : ''),
          },
        ]}
        acties={(g) => (
          <>
            {mag('gebruikers.rolWijzigen') && rollenVoor(g).length > 0 && (
              <Button size="small" onClick={() => setRolVan(g)}>
                {t('gebruikers.rolWijzigen')}
                <Verborgen>{t('gebruikers.vanNaam', { naam: g.naam })}</Verborgen>
              </Button>
            )}
            {mag('gebruikers.verwijderen') && mogelijk('verwijderen', { naam: g.naam, rol: g.rol }) && (
              <Button size="small" color="error" onClick={() => setVerwijderen(g)}>
                {t('gebruikers.verwijderen')}
                <Verborgen>{g.naam}</Verborgen>
              </Button>
            )}
          </>
        )}
      />
      <ToevoegenDialoog
        open={toevoegenOpen}
        rollen={nieuweRollen}
        onSluiten={() => setToevoegenOpen(false)}
        onKlaar={(g) => {
          setToevoegenOpen(false);
          klaar(t('gebruikers.toegevoegd', { naam: g.naam }));
        }}
      />
      <RolDialoog
        gebruiker={rolVan}
        rollen={rolKeuzeVan}
        onSluiten={() => setRolVan(null)}
        onKlaar={(g) => {
          setRolVan(null);
          klaar(t('gebruikers.rolGewijzigd', { naam: g.naam, rol: t(`rollen.${g.rol}`) }));
        }}
      />
      <VerwijderDialoog
        gebruiker={verwijderen}
        onSluiten={() => setVerwijderen(null)}
        onKlaar={(naam) => {
          setVerwijderen(null);
          klaar(t('gebruikers.verwijderd', { naam }));
        }}
      />
    </Pagina>
  );
}

function RolKeuze({ actie, waarde, rollen, onWijzig, label, autoFocus = false }: { actie: ReturnType<typeof useActie>; waarde: Rol; rollen: readonly Rol[]; onWijzig(r: Rol): void; label: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <Veld actie={actie} pad="rol" select label={label} value={waarde} onChange={(e) => onWijzig(e.target.value as Rol)} autoFocus={autoFocus} required>
      {rollen.map((r) => (
        <MenuItem key={r} value={r}>
          {t(`rollen.${r}`)}
        </MenuItem>
      ))}
    </Veld>
  );
}

function ToevoegenDialoog({ open, rollen, onSluiten, onKlaar }: { open: boolean; rollen: readonly Rol[]; onSluiten(): void; onKlaar(g: Gebruiker): void }) {
  const { t } = useTranslation();
  const d = useFormDialoog({
    open,
    begin: () => ({ naam: '', weergavenaam: '', rol: rollen[0] ?? ('bewerker' as Rol), wachtwoord: '', herhaling: '' }),
    controleren: (w) => ({ herhaling: w.herhaling !== w.wachtwoord && t('fout.herhaling') }),
    verzenden: ({ herhaling: _herhaling, ...invoer }) => roep('gebruikers.toevoegen', invoer),
    onKlaar,
  });
  return (
    <FormDialoog
      {...d.dialoog}
      titel={t('gebruikers.toevoegenTitel')}
      verzendTekst={t('gebruikers.toevoegen')}
      bekendeVelden={['naam', 'weergavenaam', 'rol', 'wachtwoord', 'herhaling']}
      onSluiten={onSluiten}
    >
      <Veld {...d.veld('naam')} label={t('gebruikers.naam')} hulp={t('eersteStart.gebruikersnaamHulp')} autoFocus required autoComplete="off" />
      <Veld {...d.veld('weergavenaam')} label={t('gebruikers.weergavenaam')} required autoComplete="off" />
      <RolKeuze actie={d.actie} label={t('gebruikers.rol')} waarde={d.waarden.rol} rollen={rollen} onWijzig={(rol) => d.zetten('rol', rol)} />
      <Veld {...d.veld('wachtwoord')} type="password" label={t('gebruikers.wachtwoord')} hulp={t('gebruikers.wachtwoordHulp')} required autoComplete="new-password" />
      <Veld {...d.veld('herhaling')} type="password" label={t('gebruikers.herhaling')} required autoComplete="new-password" />
    </FormDialoog>
  );
}

function RolDialoog({ gebruiker, rollen, onSluiten, onKlaar }: { gebruiker: Gebruiker | null; rollen: readonly Rol[]; onSluiten(): void; onKlaar(g: Gebruiker): void }) {
  const { t } = useTranslation();
  const getoond = useLaatste(gebruiker);
  const d = useFormDialoog({
    open: gebruiker,
    begin: () => ({ rol: gebruiker?.rol ?? ('bewerker' as Rol) }),
    verzenden: ({ rol }) => roep('gebruikers.rolWijzigen', { naam: gebruiker?.naam ?? '', rol }),
    onKlaar,
  });
  return (
    <FormDialoog
      {...d.dialoog}
      titel={t('gebruikers.rolWijzigenVan', { naam: getoond?.naam ?? '' })}
      verzendTekst={t('gebruikers.rolWijzigen')}
      bekendeVelden={['rol']}
      onSluiten={onSluiten}
    >
      <RolKeuze actie={d.actie} label={t('gebruikers.nieuweRol')} waarde={d.waarden.rol} rollen={rollen} onWijzig={(rol) => d.zetten('rol', rol)} autoFocus />
    </FormDialoog>
  );
}

function VerwijderDialoog({ gebruiker, onSluiten, onKlaar }: { gebruiker: Gebruiker | null; onSluiten(): void; onKlaar(naam: string): void }) {
  const { t } = useTranslation();
  const getoond = useLaatste(gebruiker);
  const d = useFormDialoog({
    open: gebruiker,
    begin: () => ({ naam: gebruiker?.naam ?? '' }),
    verzenden: ({ naam }) => roep('gebruikers.verwijderen', { naam }),
    onKlaar: (_r, { naam }) => onKlaar(naam),
  });
  return (
    <Bevestiging
      open={d.dialoog.open}
      titel={t('gebruikers.verwijderenTitel')}
      tekst={t('gebruikers.verwijderenTekst', { naam: getoond ? `${getoond.weergavenaam} (${getoond.naam})` : '' })}
      bevestigTekst={t('gebruikers.verwijderen')}
      actie={d.actie}
      onSluiten={onSluiten}
      onBevestigen={d.dialoog.onVerzenden}
    />
  );
}

/** Art. 21.2 (ADR 0043): whether and when the account acknowledged the current text of the duty of confidentiality. */
function geheimhoudingTekst(g: Gebruiker, t: TFunction): string {
  const b = g.geheimhouding;
  if (!b) return t('geheimhouding.nietBevestigd');
  return b.actueel ? t('geheimhouding.bevestigdOp', { datum: nlDatumTijd(b.tijd) }) : t('geheimhouding.oudeVersie', { versie: b.versie, datum: nlDatumTijd(b.tijd) });
}
