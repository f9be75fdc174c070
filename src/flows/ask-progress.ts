// How far along an open item is, from 0 to 100. The last value given is the default, named
// after the question: typing replaces it and Enter keeps it. Before any check-in there is no
// default, so every number saved is one the person said.
import { messages } from '../messages';
import type { Prompter } from './prompter';

const m = messages.checkin;

export async function askProgress(prompter: Prompter, last: number | undefined): Promise<number> {
  const answer = await prompter.text({
    message: m.progress,
    default: last === undefined ? undefined : String(last),
    required: m.badProgress,
    validate: (value) => (/^\d{1,3}$/.test(value.trim()) && Number(value) <= 100 ? true : m.badProgress),
  });
  return Number(answer);
}
