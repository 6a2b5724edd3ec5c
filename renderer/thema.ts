/**
 * A sober municipal look: one dark blue, white surfaces, grey background, system fonts (the CSP
 * allows no remote fonts and none are bundled). Colours are chosen for at least 4.5:1 contrast with
 * their text, so status chips stay readable (WCAG 1.4.3).
 */
import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, nlNL } from '@mui/material/locale';
import type { Taal } from './i18n';

const FOCUS = '#c25e00';

export function maakThema(taal: Taal): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: '#154273', contrastText: '#ffffff' },
        secondary: { main: '#4b5563', contrastText: '#ffffff' },
        success: { main: '#2b6a2f', contrastText: '#ffffff' },
        warning: { main: '#8f4b00', contrastText: '#ffffff' },
        info: { main: '#175a96', contrastText: '#ffffff' },
        error: { main: '#b3261e', contrastText: '#ffffff' },
        background: { default: '#f2f4f7', paper: '#ffffff' },
        text: { primary: '#1a1f26', secondary: '#4a5361' },
        divider: '#d5dae1',
      },
      typography: {
        fontFamily: '"Segoe UI", "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif',
        h1: { fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.25 },
        h2: { fontSize: '1.2rem', fontWeight: 600, lineHeight: 1.3 },
        h3: { fontSize: '1.05rem', fontWeight: 600, lineHeight: 1.3 },
        button: { textTransform: 'none', fontWeight: 600 },
        overline: { letterSpacing: '0.06em', fontWeight: 600 },
      },
      shape: { borderRadius: 4 },
      components: {
        MuiCssBaseline: {
          styleOverrides: {
            body: { minWidth: 360 },
            // A focus ring that is visible on white and on the dark blue bar alike.
            '.MuiButtonBase-root.Mui-focusVisible, a:focus-visible, [tabindex]:focus-visible:not(h1):not(.MuiDialog-container):not(.MuiPaper-root)': {
              outline: `3px solid ${FOCUS}`,
              outlineOffset: 2,
            },
          },
        },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTextField: { defaultProps: { size: 'small' } },
        MuiFormControl: { defaultProps: { size: 'small' } },
        MuiTableCell: {
          styleOverrides: {
            head: { fontWeight: 600, backgroundColor: '#eef1f5', color: '#1a1f26' },
          },
        },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiPaper: { styleOverrides: { outlined: { borderColor: '#d5dae1' } } },
        MuiChip: { styleOverrides: { root: { fontWeight: 600 } } },
        MuiAlert: { styleOverrides: { message: { width: '100%' } } },
      },
    },
    taal === 'en' ? enUS : nlNL,
  );
}
