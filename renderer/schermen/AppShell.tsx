import { useId, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import AccountCircleOutlinedIcon from '@mui/icons-material/AccountCircleOutlined';
import AdminPanelSettingsOutlinedIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import BackupOutlinedIcon from '@mui/icons-material/BackupOutlined';
import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import DashboardOutlinedIcon from '@mui/icons-material/DashboardOutlined';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import PublicOutlinedIcon from '@mui/icons-material/PublicOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import FolderSharedOutlinedIcon from '@mui/icons-material/FolderSharedOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import ManageAccountsOutlinedIcon from '@mui/icons-material/ManageAccountsOutlined';
import MoveUpOutlinedIcon from '@mui/icons-material/MoveUpOutlined';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import ShieldOutlinedIcon from '@mui/icons-material/ShieldOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import { useTranslation } from 'react-i18next';
import type { Bestandsinfo, Sessie } from '@shared/api';
import type { Gebruiker } from '@shared/domein/gebruiker';
import { magCasusInzien } from '@shared/rollen';
import { useMag } from '../api/toegang';
import { useSessie } from '../store/sessie';
import { useNavigatie, type Bestemming, type Pagina } from '../store/navigatie';
import { useAutoVergrendeling } from '../store/useAutoVergrendeling';
import { TaalKeuze } from '../componenten/TaalKeuze';
import { FoutMelding } from '../componenten/FoutMelding';
import { useActie } from '../componenten/useActie';
import { WachtwoordDialoog } from './WachtwoordDialoog';
import { Herstelmeldingen, HerstelsleutelOntbreekt } from './Herstelmeldingen';
import { Overzicht } from './Overzicht';
import { Signalen } from './signalen/Signalen';
import { Dossiers } from './dossiers/Dossiers';
import { Overleggen } from './overleggen/Overleggen';
import { Partners } from './partners/Partners';
import { PartnerDetail } from './partners/PartnerDetail';
import { Gebruikers } from './beheer/Gebruikers';
import { Bewaartermijnen } from './bewaring/Bewaartermijnen';
import { Rapportage } from './rapportage/Rapportage';
import { LandelijkBeeld } from './rapportage/LandelijkBeeld';
import { BewaarMelding } from './bewaring/BewaarMelding';
import { Audit } from './beheer/Audit';
import { Backup } from './beheer/Backup';
import { Instellingen } from './beheer/Instellingen';
import { Overdrachten } from './overdrachten/Overdrachten';
import { Sleutels } from './sleutels/Sleutels';
import { Inlezen } from './inlezen/Inlezen';
import { Ontvangen } from './ontvangen/Ontvangen';
import { Terugsturen } from './zorgcoordinatie/Terugsturen';
import { Rechten } from './rechten/Rechten';

type NavNaam = Exclude<Pagina['naam'], 'partner'>;
interface NavItem {
  naam: NavNaam;
  icoon: ReactNode;
  volgt?: boolean;
  /** A label from an area's own texts, where `nav.<naam>` has none. */
  tekst?: string;
}
interface NavGroep {
  kop: 'nav.keten' | 'nav.register' | 'nav.beheer' | null;
  items: NavItem[];
}

const NAV_BREEDTE = 256;

/** The app after sign-in: top bar, navigation by role, the page, and the auto-lock. */
export function AppShell({ sessie, gebruiker, info }: { sessie: Sessie; gebruiker: Gebruiker; info: Bestandsinfo }) {
  const { t } = useTranslation();
  const mag = useMag();
  const pagina = useNavigatie((s) => s.pagina);
  const naar = useNavigatie((s) => s.naar);
  const vergrendelen = useSessie((s) => s.vergrendelen);
  const sluiten = useSessie((s) => s.sluiten);
  const shellActie = useActie();
  const menuId = useId();
  const [menuAnker, setMenuAnker] = useState<HTMLElement | null>(null);
  const [wachtwoordOpen, setWachtwoordOpen] = useState(false);

  useAutoVergrendeling(info.vergrendelNaMinuten);

  // What each area needs, read from the contract's role table (shared/api.ts), never repeated here.
  // Per profile (docs/ontwerp.md §1): a partner installation starts at its received dossiers, a zorgcoördinatie
  // laptop at its zorgoverleg and what goes back; each channel's `profielen` hides the rest.
  const start: NavNaam =
    info.profiel === 'partner' && mag('ontvangen.lijst') ? 'ontvangen' : info.profiel === 'zorgcoordinatie' && mag('signalen.terugsturen') ? 'terugsturen' : 'overzicht';
  const zichtbaar: Record<NavNaam, boolean> = {
    overzicht: start === 'overzicht',
    signalen: magCasusInzien(gebruiker.rol) && mag('signalen.lijst'),
    dossiers: magCasusInzien(gebruiker.rol) && mag('dossiers.lijst'),
    overleggen: magCasusInzien(gebruiker.rol) && mag('overleg.lijst'),
    overdrachten: mag('overdracht.voorbereiden'),
    ontvangen: mag('ontvangen.lijst'),
    inlezen: mag('bundels.inlezen'),
    terugsturen: mag('signalen.terugsturen'),
    sleutels: mag('sleutels.eigen'),
    partners: mag('partners.lijst'),
    rechten: mag('rechten.lijst'),
    gebruikers: mag('gebruikers.lijst'),
    audit: mag('audit.lijst'),
    bewaring: mag('bewaring.plan'),
    rapportage: mag('rapportage.cijfers'),
    // Only an installation that received a region's statistics bundle has a national picture (ADR 0041, addendum).
    landelijk: mag('landelijk.beeld') && info.statistiekbundels > 0,
    backup: mag('beheer.backupMaken') || mag('beheer.sleutelVervangen') || mag('bestand.controleren'),
    instellingen: mag('instellingen.wijzigen'),
  };

  const groepen: NavGroep[] = [
    { kop: null, items: [{ naam: 'overzicht', icoon: <DashboardOutlinedIcon /> }] },
    {
      kop: 'nav.keten',
      items: [
        { naam: 'ontvangen', icoon: <InboxOutlinedIcon />, tekst: t('overdracht.nav.ontvangen') },
        { naam: 'signalen', icoon: <CampaignOutlinedIcon /> },
        { naam: 'dossiers', icoon: <FolderSharedOutlinedIcon /> },
        { naam: 'overleggen', icoon: <GroupsOutlinedIcon /> },
        { naam: 'overdrachten', icoon: <MoveUpOutlinedIcon /> },
        { naam: 'inlezen', icoon: <UploadFileOutlinedIcon />, tekst: t('overdracht.nav.inlezen') },
        { naam: 'terugsturen', icoon: <SendOutlinedIcon />, tekst: t('overdracht.nav.terugsturen') },
      ],
    },
    {
      kop: 'nav.register',
      items: [
        { naam: 'sleutels', icoon: <VpnKeyOutlinedIcon />, tekst: t('overdracht.nav.sleutels') },
        { naam: 'partners', icoon: <HandshakeOutlinedIcon /> },
        { naam: 'rechten', icoon: <GavelOutlinedIcon />, tekst: t('rechten.nav') },
        { naam: 'rapportage', icoon: <InsightsOutlinedIcon /> },
        { naam: 'landelijk', icoon: <PublicOutlinedIcon />, tekst: t('statistiek.nav') },
      ],
    },
    {
      kop: 'nav.beheer',
      items: [
        { naam: 'gebruikers', icoon: <ManageAccountsOutlinedIcon /> },
        { naam: 'audit', icoon: <FactCheckOutlinedIcon /> },
        { naam: 'bewaring', icoon: <EventBusyOutlinedIcon /> },
        { naam: 'backup', icoon: <BackupOutlinedIcon /> },
        { naam: 'instellingen', icoon: <SettingsOutlinedIcon /> },
      ],
    },
  ];

  const actief: NavNaam = pagina.naam === 'partner' ? 'partners' : pagina.naam === 'overzicht' ? start : pagina.naam;
  const toegestaan = zichtbaar[actief];
  const startInhoud = start === 'ontvangen' ? <Ontvangen /> : start === 'terugsturen' ? <Terugsturen /> : <Overzicht gebruiker={gebruiker} info={info} />;

  const inhoud = (() => {
    if (!toegestaan) return startInhoud;
    switch (pagina.naam) {
      case 'overzicht':
        return startInhoud;
      case 'signalen':
        return <Signalen />;
      case 'dossiers':
        return <Dossiers />;
      case 'overleggen':
        return <Overleggen />;
      case 'overdrachten':
        return <Overdrachten />;
      case 'sleutels':
        return <Sleutels />;
      case 'inlezen':
        return <Inlezen />;
      case 'ontvangen':
        return <Ontvangen />;
      case 'terugsturen':
        return <Terugsturen />;
      case 'partners':
        return <Partners />;
      case 'partner':
        return <PartnerDetail id={pagina.id} />;
      case 'rechten':
        return <Rechten />;
      case 'gebruikers':
        return <Gebruikers gebruiker={gebruiker} profiel={info.profiel} />;
      case 'audit':
        return <Audit />;
      case 'bewaring':
        return <Bewaartermijnen />;
      case 'rapportage':
        return <Rapportage />;
      case 'landelijk':
        return <LandelijkBeeld />;
      case 'backup':
        return <Backup />;
      case 'instellingen':
        return <Instellingen info={info} />;
    }
  })();

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="a"
        href="#inhoud"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('inhoud')?.focus();
        }}
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          bgcolor: 'common.white',
          color: 'primary.main',
          px: 2,
          py: 1,
          borderRadius: 1,
          fontWeight: 600,
          '&:focus': { top: 8 },
        }}
      >
        {t('shell.naarInhoud')}
      </Box>
      <AppBar position="sticky" component="header" sx={{ zIndex: (th) => th.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2, minHeight: { xs: 64 } }}>
          <ShieldOutlinedIcon aria-hidden />
          <Box sx={{ minWidth: 0, flexGrow: 1 }}>
            <Typography component="p" variant="caption" sx={{ opacity: 0.9, display: 'block', lineHeight: 1.3 }}>
              {t('app.titel')}
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 0 }}>
              <Typography component="p" sx={{ fontWeight: 700, fontSize: '1.1rem', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} data-testid="bestandsnaam">
                {info.naam}
              </Typography>
              <Chip
                size="small"
                variant="outlined"
                label={t('shell.profiel', { profiel: t(`profielen.${info.profiel}`) })}
                sx={{ color: 'common.white', borderColor: 'rgba(255,255,255,0.7)', display: { xs: 'none', md: 'inline-flex' } }}
              />
            </Box>
          </Box>
          <TaalKeuze opDonker />
          <Button
            color="inherit"
            id={`${menuId}-knop`}
            aria-haspopup="menu"
            aria-expanded={menuAnker ? 'true' : 'false'}
            aria-controls={menuAnker ? `${menuId}-menu` : undefined}
            onClick={(e) => setMenuAnker(e.currentTarget)}
            startIcon={<AccountCircleOutlinedIcon />}
            endIcon={<ExpandMoreIcon />}
            sx={{ textAlign: 'left', lineHeight: 1.2, py: 0.5 }}
          >
            <Box component="span" sx={{ display: 'flex', flexDirection: 'column' }}>
              <Box component="span" data-testid="gebruiker-naam">
                {gebruiker.weergavenaam}
              </Box>
              <Box component="span" sx={{ fontSize: '0.78rem', fontWeight: 400, opacity: 0.9 }} data-testid="gebruiker-rol">
                {t(`rollen.${gebruiker.rol}`)}
              </Box>
            </Box>
          </Button>
          <Menu
            id={`${menuId}-menu`}
            anchorEl={menuAnker}
            open={Boolean(menuAnker)}
            onClose={() => setMenuAnker(null)}
            slotProps={{ list: { 'aria-labelledby': `${menuId}-knop` } }}
          >
            <MenuItem
              onClick={() => {
                setMenuAnker(null);
                setWachtwoordOpen(true);
              }}
            >
              {t('shell.wachtwoordWijzigen')}
            </MenuItem>
            <MenuItem
              onClick={() => {
                setMenuAnker(null);
                void shellActie.uitvoeren(async () => {
                  const fout = await sluiten();
                  return fout ? { ok: false, fout } : { ok: true, waarde: null };
                });
              }}
            >
              {t('shell.anderBestand')}
            </MenuItem>
          </Menu>
          <Button
            variant="outlined"
            color="inherit"
            startIcon={<LockOutlinedIcon />}
            onClick={() =>
              void shellActie.uitvoeren(async () => {
                const fout = await vergrendelen('vergrendeld');
                return fout ? { ok: false, fout } : { ok: true, waarde: null };
              })
            }
            sx={{ borderColor: 'rgba(255,255,255,0.7)', flexShrink: 0 }}
          >
            {t('shell.vergrendelen')}
          </Button>
        </Toolbar>
      </AppBar>
      <Box sx={{ display: 'flex', flexGrow: 1, alignItems: 'stretch' }}>
        <Box
          component="nav"
          aria-label={t('shell.hoofdnavigatie')}
          sx={{
            width: NAV_BREEDTE,
            flexShrink: 0,
            bgcolor: 'background.paper',
            borderRight: 1,
            borderColor: 'divider',
          }}
        >
          <Box sx={{ position: 'sticky', top: 64, py: 1 }}>
            {/* Only groups with a visible item, so no divider stands above an empty first group. */}
            {groepen.filter((g) => g.items.some((it) => zichtbaar[it.naam])).map((groep, i) => {
              const items = groep.items.filter((it) => zichtbaar[it.naam]);
              if (items.length === 0) return null;
              const kopId = `nav-${groep.kop ?? 'start'}`;
              return (
                <Box key={groep.kop ?? 'start'}>
                  {i > 0 && <Divider sx={{ my: 1 }} />}
                  {groep.kop && (
                    <Typography id={kopId} component="p" variant="body2" sx={{ px: 2, py: 0.75, fontWeight: 600, color: 'text.secondary', display: 'flex', alignItems: 'center', gap: 1 }}>
                      {groep.kop === 'nav.beheer' && <AdminPanelSettingsOutlinedIcon fontSize="small" aria-hidden />}
                      {t(groep.kop)}
                    </Typography>
                  )}
                  <List dense disablePadding {...(groep.kop ? { 'aria-labelledby': kopId } : { 'aria-label': t('nav.overzicht') })}>
                    {items.map((it) => {
                      const gekozen = it.naam === actief;
                      return (
                        <li key={it.naam}>
                          <ListItemButton
                            selected={gekozen}
                            {...(gekozen ? { 'aria-current': 'page' as const } : {})}
                            onClick={() => naar({ naam: it.naam } as Bestemming)}
                            sx={{ mx: 1, borderRadius: 1, '&.Mui-selected': { bgcolor: 'rgba(21,66,115,0.10)', color: 'primary.main', fontWeight: 600 } }}
                          >
                            <ListItemIcon sx={{ minWidth: 36, color: gekozen ? 'primary.main' : 'text.secondary' }} aria-hidden>
                              {it.icoon}
                            </ListItemIcon>
                            <ListItemText
                              primary={it.tekst ?? t(`nav.${it.naam as 'overzicht'}`)}
                              slotProps={{ primary: { sx: { fontWeight: gekozen ? 600 : 400 } } }}
                            />
                            {it.volgt && (
                              <Typography component="span" variant="caption" sx={{ color: 'text.secondary', border: 1, borderColor: 'divider', borderRadius: 1, px: 0.5, whiteSpace: 'nowrap' }}>
                                {t('nav.volgt')}
                              </Typography>
                            )}
                          </ListItemButton>
                        </li>
                      );
                    })}
                  </List>
                </Box>
              );
            })}
          </Box>
        </Box>
        <Box component="main" id="inhoud" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, px: { xs: 2, md: 4 }, py: 3, outline: 'none' }}>
          {sessie.waarschuwing && (
            // The anchor check at unlock (ADR 0011): audit rows were lost or rewritten; the user must restore.
            <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="ankerwaarschuwing">
              <AlertTitle>{t('audit.ankerWaarschuwing')}</AlertTitle>
              {sessie.waarschuwing.melding} ({sessie.waarschuwing.code})
            </Alert>
          )}
          {shellActie.fout && (
            <Box sx={{ mb: 2 }}>
              <FoutMelding fout={shellActie.fout} onSluiten={shellActie.wissen} />
            </Box>
          )}
          <HerstelsleutelOntbreekt profiel={info.profiel} pagina={pagina.naam} />
          <BewaarMelding />
          <Box sx={{ maxWidth: 1280 }}>{inhoud}</Box>
        </Box>
      </Box>
      <WachtwoordDialoog open={wachtwoordOpen} onSluiten={() => setWachtwoordOpen(false)} />
      <Herstelmeldingen gebruikerId={gebruiker.id} />
    </Box>
  );
}
