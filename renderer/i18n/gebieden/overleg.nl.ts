/** Dutch texts of the overleg screens; merged into nl.ts under the key `overleg`. */
export const overlegNl = {
  titel: 'overleg',
};
