import { useCallback, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { useTranslation } from 'react-i18next';
import type { Gebruiker } from '../../../shared/domein/gebruiker';
import { magAccountBeheren, ROLLEN_PER_PROFIEL, type Accountbeheer, type Profiel, type Rol } from '../../../shared/rollen';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatumTijd } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { FoutMelding } from '../../componenten/FoutMelding';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Bevestiging } from '../../componenten/Bevestiging';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { Verborgen } from '../../componenten/Verborgen';

/**
 * Beheer → Gebruikers: accounts, each with its own key slot (docs/ontwerp.md §5). What is offered follows the
 * backend's own rule (shared/rollen.ts, ADR 0003): a button or role that would be refused is absent.
 */
export function Gebruikers({ gebruiker: ik, profiel }: { gebruiker: Gebruiker; profiel: Profiel }) {
  const { t } = useTranslation();
  const mag = useMag();
  const laadActie = useActie();
  const [lijst, setLijst] = useState<Gebruiker[] | null>(null);
  const [succes, setSucces] = useState<string | null>(null);
  const [toevoegenOpen, setToevoegenOpen] = useState(false);
  const [rolVan, setRolVan] = useState<Gebruiker | null>(null);
  const [verwijderen, setVerwijderen] = useState<Gebruiker | null>(null);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const l = await uitvoeren(() => roep('gebruikers.lijst', {}));
    if (l) setLijst(l);
  }, [uitvoeren]);

  useEffect(() => {
    void laden();
  }, [laden]);

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
    <>
      <PaginaKop
        titel={t('gebruikers.titel')}
        intro={t('gebruikers.intro')}
        acties={
          mag('gebruikers.toevoegen') &&
          nieuweRollen.length > 0 && (
            <Button variant="contained" startIcon={<PersonAddAlt1OutlinedIcon />} onClick={() => setToevoegenOpen(true)}>
              {t('gebruikers.toevoegen')}
            </Button>
          )
        }
      />
      <Succes tekst={succes} onSluiten={() => setSucces(null)} />
      {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
      {lijst && (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('gebruikers.tabel')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('gebruikers.naam')}</TableCell>
                <TableCell scope="col">{t('gebruikers.weergavenaam')}</TableCell>
                <TableCell scope="col">{t('gebruikers.rol')}</TableCell>
                <TableCell scope="col">{t('gebruikers.laatstAangemeld')}</TableCell>
                <TableCell scope="col" align="right">
                  {t('algemeen.acties')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lijst.map((g) => {
                const zelf = g.naam === ik.naam;
                return (
                  <TableRow key={g.id} hover>
                    <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace', fontSize: '0.9rem' }}>
                      {g.naam}
                    </TableCell>
                    <TableCell>
                      {g.weergavenaam} {zelf && <Box component="span" sx={{ color: 'text.secondary' }}>{t('gebruikers.u')}</Box>}
                    </TableCell>
                    <TableCell>{t(`rollen.${g.rol}`)}</TableCell>
                    <TableCell>{g.laatstAangemeld ? nlDatumTijd(g.laatstAangemeld) : t('gebruikers.nooit')}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
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
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ToevoegenDialoog
        open={toevoegenOpen}
        rollen={nieuweRollen}
        onSluiten={() => setToevoegenOpen(false)}
        onKlaar={(g) => {
          setToevoegenOpen(false);
          setSucces(t('gebruikers.toegevoegd', { naam: g.naam }));
          void laden();
        }}
      />
      <RolDialoog
        gebruiker={rolVan}
        rollen={rolKeuzeVan}
        onSluiten={() => setRolVan(null)}
        onKlaar={(g) => {
          setRolVan(null);
          setSucces(t('gebruikers.rolGewijzigd', { naam: g.naam, rol: t(`rollen.${g.rol}`) }));
          void laden();
        }}
      />
      <VerwijderDialoog
        gebruiker={verwijderen}
        onSluiten={() => setVerwijderen(null)}
        onKlaar={(naam) => {
          setVerwijderen(null);
          setSucces(t('gebruikers.verwijderd', { naam }));
          void laden();
        }}
      />
    </>
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
  const actie = useActie();
  const leeg = { naam: '', weergavenaam: '', rol: rollen[0] ?? ('bewerker' as Rol), wachtwoord: '', herhaling: '' };
  const [w, setW] = useState(leeg);
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setW({ naam: '', weergavenaam: '', rol: rollen[0] ?? 'bewerker', wachtwoord: '', herhaling: '' });
      wissen();
    }
  }, [open, rollen, wissen]);

  const verzenden = async () => {
    const { herhaling, ...invoer } = w;
    const g = await actie.uitvoeren(() => roep('gebruikers.toevoegen', invoer), { herhaling: herhaling !== w.wachtwoord && t('fout.herhaling') });
    if (g) onKlaar(g);
  };

  return (
    <FormDialoog
      open={open}
      titel={t('gebruikers.toevoegenTitel')}
      actie={actie}
      verzendTekst={t('gebruikers.toevoegen')}
      bekendeVelden={['naam', 'weergavenaam', 'rol', 'wachtwoord', 'herhaling']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld actie={actie} pad="naam" label={t('gebruikers.naam')} hulp={t('eersteStart.gebruikersnaamHulp')} value={w.naam} onChange={(e) => setW({ ...w, naam: e.target.value })} autoFocus required autoComplete="off" />
      <Veld actie={actie} pad="weergavenaam" label={t('gebruikers.weergavenaam')} value={w.weergavenaam} onChange={(e) => setW({ ...w, weergavenaam: e.target.value })} required autoComplete="off" />
      <RolKeuze actie={actie} label={t('gebruikers.rol')} waarde={w.rol} rollen={rollen} onWijzig={(rol) => setW({ ...w, rol })} />
      <Veld actie={actie} pad="wachtwoord" type="password" label={t('gebruikers.wachtwoord')} hulp={t('gebruikers.wachtwoordHulp')} value={w.wachtwoord} onChange={(e) => setW({ ...w, wachtwoord: e.target.value })} required autoComplete="new-password" />
      <Veld actie={actie} pad="herhaling" type="password" label={t('gebruikers.herhaling')} value={w.herhaling} onChange={(e) => setW({ ...w, herhaling: e.target.value })} required autoComplete="new-password" />
    </FormDialoog>
  );
}

function RolDialoog({ gebruiker, rollen, onSluiten, onKlaar }: { gebruiker: Gebruiker | null; rollen: readonly Rol[]; onSluiten(): void; onKlaar(g: Gebruiker): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [rol, setRol] = useState<Rol>('bewerker');
  const getoond = useLaatste(gebruiker);
  const { wissen } = actie;
  useEffect(() => {
    if (gebruiker) {
      setRol(gebruiker.rol);
      wissen();
    }
  }, [gebruiker, wissen]);
  const verzenden = async () => {
    if (!gebruiker) return;
    const g = await actie.uitvoeren(() => roep('gebruikers.rolWijzigen', { naam: gebruiker.naam, rol }));
    if (g) onKlaar(g);
  };
  return (
    <FormDialoog
      open={Boolean(gebruiker)}
      titel={t('gebruikers.rolWijzigenVan', { naam: getoond?.naam ?? '' })}
      actie={actie}
      verzendTekst={t('gebruikers.rolWijzigen')}
      bekendeVelden={['rol']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <RolKeuze actie={actie} label={t('gebruikers.nieuweRol')} waarde={rol} rollen={rollen} onWijzig={setRol} autoFocus />
    </FormDialoog>
  );
}

function VerwijderDialoog({ gebruiker, onSluiten, onKlaar }: { gebruiker: Gebruiker | null; onSluiten(): void; onKlaar(naam: string): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const getoond = useLaatste(gebruiker);
  const { wissen } = actie;
  useEffect(() => {
    if (gebruiker) wissen();
  }, [gebruiker, wissen]);
  const bevestigen = async () => {
    if (!gebruiker) return;
    const r = await actie.uitvoeren(() => roep('gebruikers.verwijderen', { naam: gebruiker.naam }));
    if (r) onKlaar(gebruiker.naam);
  };
  return (
    <Bevestiging
      open={Boolean(gebruiker)}
      titel={t('gebruikers.verwijderenTitel')}
      tekst={t('gebruikers.verwijderenTekst', { naam: getoond ? `${getoond.weergavenaam} (${getoond.naam})` : '' })}
      bevestigTekst={t('gebruikers.verwijderen')}
      actie={actie}
      onSluiten={onSluiten}
      onBevestigen={() => void bevestigen()}
    />
  );
}
