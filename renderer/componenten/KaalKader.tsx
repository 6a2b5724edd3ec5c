import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import ShieldOutlinedIcon from '@mui/icons-material/ShieldOutlined';
import { useTranslation } from 'react-i18next';
import { TaalKeuze } from './TaalKeuze';

/** The frame of the screens before sign-in: product name, language, and the content. */
export function KaalKader({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <AppBar position="static" color="primary" component="header">
        <Toolbar sx={{ gap: 1.5 }}>
          <ShieldOutlinedIcon aria-hidden />
          <Box sx={{ flexGrow: 1 }}>
            <Typography component="p" sx={{ fontWeight: 700, fontSize: '1.1rem', lineHeight: 1.2 }}>
              {t('app.titel')}
            </Typography>
            <Typography component="p" variant="body2" sx={{ opacity: 0.9 }}>
              {t('app.ondertitel')}
            </Typography>
          </Box>
          <TaalKeuze opDonker />
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ flexGrow: 1, px: { xs: 2, md: 4 }, py: { xs: 3, md: 5 } }}>
        {children}
      </Box>
    </Box>
  );
}
