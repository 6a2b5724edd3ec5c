/** Dutch texts of the keten screens; merged into nl.ts under the key `keten`. */
export const ketenNl = {
  titel: 'keten',
};
