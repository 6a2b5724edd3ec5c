/** Meeting mode: the weighing of the victim's interests with a decision to act (art. 21.6). */
export const vergaderafwegingEn = {
  titel: "Weighing of the victim's interests (art. 21.6)",
  uitleg: "This case file holds information from a signal not from a care partner. A decision to act first needs a weighing of the victim's interests and position against the intended result.",
  veld: 'Weighing',
  hulpNieuw: 'Not recorded yet; without a weighing the decision is refused (at least twenty characters).',
  hulpBestaand: 'Recorded by {{door}} on {{datum}}. Leave it, or change it: the new weighing is then recorded with this decision.',
};
