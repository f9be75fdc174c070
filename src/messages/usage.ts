// A command line that could not be read, in grow's words rather than the parser's: what is
// missing or wrong, named as `--help` names it, and where to look.
const UPPER = (name: string) => name.toUpperCase();
/** A description from --help, without its own full stop. */
const about = (description: string) => (description ? `: ${description.replace(/\.$/, '')}` : '');

export const usage = {
  missingArgument: (name: string, description: string) => `${UPPER(name)} is missing${about(description)}.`,
  missingValue: (flag: string, description: string) => `${flag} needs a value after it${about(description)}.`,
  unknownOption: (command: string, flag: string) => `${flag} is not an option of ${command}.`,
  tooManyWords: (command: string, names: string[]) =>
    `Too many words: ${command} takes ${names.length === 0 ? 'none' : `only ${names.map(UPPER).join(' ')}`} after it.`,
  notAChoice: (what: string, value: string, choices: string[]) =>
    `${what} must be ${choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : choices[0]}, not "${value}".`,
  seeHelp: (command: string) => `See: ${command} --help`,
};
