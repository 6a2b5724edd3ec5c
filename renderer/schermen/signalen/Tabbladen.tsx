import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';

/**
 * Tabs with their panel, wired for screen readers (tab ↔ tabpanel), arrow keys between tabs as MUI
 * gives them. Only the chosen panel is rendered.
 */
export function Tabbladen<T extends string>(props: {
  label: string;
  waarde: T;
  tabs: ReadonlyArray<{ waarde: T; label: ReactNode; testId?: string }>;
  onWissel(waarde: T): void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={props.waarde} onChange={(_e, w: T) => props.onWissel(w)} aria-label={props.label} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile sx={{ '& .MuiTab-root': { minWidth: 0, px: 1.5 } }}>
          {props.tabs.map((t) => (
            <Tab key={t.waarde} value={t.waarde} label={t.label} id={`${id}-tab-${t.waarde}`} aria-controls={`${id}-paneel-${t.waarde}`} data-testid={t.testId} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`${id}-paneel-${props.waarde}`} aria-labelledby={`${id}-tab-${props.waarde}`}>
        {props.children}
      </Box>
    </>
  );
}
