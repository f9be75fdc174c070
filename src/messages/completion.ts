// The few words Tab shows beside an id.
export const completion = {
  session: (on: string, manager: string) => `one-on-one on ${on} with ${manager}`,
};
