// grow completion: its help, and the few words Tab shows beside an id.
export const completion = {
  description: 'print a shell completion script: commands, options, and the ids in your journal',
  shellArgument: 'bash, zsh or fish',
  session: (on: string, manager: string) => `one-on-one on ${on} with ${manager}`,
  idsDescription: 'the ids Tab offers (for the completion scripts)',
};
