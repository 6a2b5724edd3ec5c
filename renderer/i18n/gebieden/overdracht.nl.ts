/** Dutch texts of the overdracht screens; merged into nl.ts under the key `overdracht`. */
export const overdrachtNl = {
  titel: 'overdracht',
};
