export const people = {
  unknown: (name: string) => `There is no one called "${name}" in this journal.`,
  addHint: (name: string) => `Add them first: grow people add ${JSON.stringify(name)}`,
};
