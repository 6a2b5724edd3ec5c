/** Partner detail → contact persons (art. 30.1). */
import { useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { useTranslation } from 'react-i18next';
import type { Contactpersoon, PartnerDetail as Detail } from '../../../../shared/domein/partner';
import { roep } from '../../../api/client';
import { useMag } from '../../../api/toegang';
import { Sectie } from '../../../componenten/Sectie';
import { Bevestiging } from '../../../componenten/Bevestiging';
import { useActie } from '../../../componenten/useActie';
import { useLaatste } from '../../../componenten/useLaatste';
import { Verborgen } from '../../../componenten/Verborgen';
import { ContactDialoog } from './ContactDialoog';

export function Contactpersonen({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail, melding: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const [toevoegenOpen, setToevoegenOpen] = useState(false);
  const [verwijderen, setVerwijderen] = useState<Contactpersoon | null>(null);
  const getoond = useLaatste(verwijderen);
  const verwijderActie = useActie();
  const beheren = mag('partners.contactpersoonToevoegen');

  const verwijderBevestigd = async () => {
    if (!verwijderen) return;
    const d = await verwijderActie.uitvoeren(() => roep('partners.contactpersoonVerwijderen', { partnerId: p.id, contactpersoonId: verwijderen.id }));
    if (d) {
      setVerwijderen(null);
      onBijgewerkt(d, t('algemeen.opgeslagen'));
    }
  };

  return (
    <Sectie
      titel={t('partner.contactpersonen')}
      uitleg={t('partner.contactUitleg')}
      acties={
        beheren && (
          <Button variant="outlined" startIcon={<PersonAddAlt1OutlinedIcon />} onClick={() => setToevoegenOpen(true)}>
            {t('partner.contactToevoegen')}
          </Button>
        )
      }
    >
      {p.contactpersonen.length === 0 ? (
        <Typography color="text.secondary">{t('partner.geenContact')}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('partner.contactpersonen')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('partner.contactNaam')}</TableCell>
                <TableCell scope="col">{t('partner.functie')}</TableCell>
                <TableCell scope="col">{t('partner.telefoon')}</TableCell>
                <TableCell scope="col">{t('partner.email')}</TableCell>
                {mag('partners.contactpersoonVerwijderen') && (
                  <TableCell scope="col" align="right">
                    {t('algemeen.acties')}
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {p.contactpersonen.map((c) => (
                <TableRow key={c.id}>
                  <TableCell component="th" scope="row">
                    {c.naam}
                  </TableCell>
                  <TableCell>{c.functie || t('algemeen.leeg')}</TableCell>
                  <TableCell>{c.telefoon || t('algemeen.leeg')}</TableCell>
                  <TableCell>{c.email || t('algemeen.leeg')}</TableCell>
                  {mag('partners.contactpersoonVerwijderen') && (
                    <TableCell align="right">
                      <Button size="small" color="error" onClick={() => setVerwijderen(c)}>
                        {t('algemeen.verwijderen')}
                        <Verborgen>{c.naam}</Verborgen>
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ContactDialoog
        open={toevoegenOpen}
        partnerId={p.id}
        onSluiten={() => setToevoegenOpen(false)}
        onKlaar={(d) => {
          setToevoegenOpen(false);
          onBijgewerkt(d, t('algemeen.opgeslagen'));
        }}
      />
      <Bevestiging
        open={Boolean(verwijderen)}
        titel={t('partner.contactVerwijderenTitel')}
        tekst={t('partner.contactVerwijderenTekst', { naam: getoond?.naam ?? '', partner: p.naam })}
        bevestigTekst={t('algemeen.verwijderen')}
        actie={verwijderActie}
        onSluiten={() => setVerwijderen(null)}
        onBevestigen={() => void verwijderBevestigd()}
      />
    </Sectie>
  );
}
