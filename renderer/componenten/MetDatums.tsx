import { Fragment } from 'react';

const DATUM = /(\d{2}-\d{2}-\d{4})/;

/** Text in which a date (28-11-2026) never breaks across two lines at its hyphens. */
export function MetDatums({ tekst }: { tekst: string }) {
  const delen = tekst.split(DATUM);
  return (
    <>
      {delen.map((deel, i) =>
        i % 2 === 1 ? (
          <span key={i} style={{ whiteSpace: 'nowrap' }}>
            {deel}
          </span>
        ) : (
          <Fragment key={i}>{deel}</Fragment>
        ),
      )}
    </>
  );
}
