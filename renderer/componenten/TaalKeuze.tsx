import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TranslateIcon from '@mui/icons-material/Translate';
import { useTranslation } from 'react-i18next';
import { TALEN, huidigeTaal, taalKiezen } from '../i18n';
import { verborgen } from './verborgenStijl';

/** The language switch; each choice is written in its own language and marked with its `lang`. */
export function TaalKeuze({ opDonker = false }: { opDonker?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [anker, setAnker] = useState<HTMLElement | null>(null);
  const taal = huidigeTaal();
  return (
    <>
      <Button
        id={`${id}-knop`}
        color="inherit"
        variant={opDonker ? 'text' : 'outlined'}
        startIcon={<TranslateIcon />}
        aria-haspopup="menu"
        aria-expanded={anker ? 'true' : 'false'}
        aria-controls={anker ? `${id}-menu` : undefined}
        onClick={(e) => setAnker(e.currentTarget)}
        sx={opDonker ? { color: 'common.white' } : {}}
      >
        <Box component="span" sx={verborgen}>
          {t('taal.label')}:{' '}
        </Box>
        <span lang={taal}>{t(`taal.${taal}`)}</span>
      </Button>
      <Menu id={`${id}-menu`} anchorEl={anker} open={Boolean(anker)} onClose={() => setAnker(null)} slotProps={{ list: { 'aria-labelledby': `${id}-knop` } }}>
        {TALEN.map((taalcode) => (
          <MenuItem
            key={taalcode}
            lang={taalcode}
            selected={taalcode === taal}
            onClick={() => {
              setAnker(null);
              void taalKiezen(taalcode);
            }}
          >
            {t(`taal.${taalcode}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
