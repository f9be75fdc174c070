// A first draft of a mission statement, made from the person's own words: what gets them up
// in the morning, what they love doing and what they dream of. It is meant to be edited; the
// point is that it starts from their answers, not from a sentence of ours.

export interface MissionAnswers {
  wakeUp?: string;
  love?: string;
  dream?: string;
}

const WAKE_UP_LEAD = /^(?:what (?:makes|gets) me (?:up|want to get up)[^,]*?\s+(?:is|are)\s+|i\s+(?:wake|get)\s+up\s+(?:in the morning\s+)?(?:for\s+)?)/i;
const LOVE_LEAD = /^i\s+(?:really\s+|truly\s+)?(?:love|enjoy|like)\s+/i;
const DREAM_LEAD = /^(?:i\s+(?:would|'d)\s+(?:love|like)\s+to\s+|i\s+(?:want|hope|wish|plan)\s+to\s+|i\s+dream\s+(?:of|about)\s+|to\s+)/i;
const WANT_LEAD = /^(?:i\s+(?:would|'d)\s+(?:love|like)\s+to|i\s+(?:want|hope|wish|plan)\s+to|to)\s/i;
const COMMON_VERBS = new Set('be become build create found have help lead live make move open own run save see ship start teach travel work write'.split(' '));

export function draftMission(answers: MissionAnswers): string | undefined {
  const wakeUp = clause(answers.wakeUp, WAKE_UP_LEAD);
  const love = clause(answers.love, LOVE_LEAD);
  const dream = clause(answers.dream, DREAM_LEAD);
  const dreamPhrase = dream && dreamText(dream, WANT_LEAD.test(firstSentence(answers.dream ?? '')));

  const sentences: string[] = [];
  if (wakeUp) sentences.push(wakeUpSentence(wakeUp));
  if (love && dreamPhrase) sentences.push(`I love ${love}, and ${dreamPhrase}.`);
  else if (love) sentences.push(`I love ${love}.`);
  else if (dreamPhrase) sentences.push(`${capitalise(dreamPhrase)}.`);
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** "to build things" and "because …" read on as they are; a clause of its own needs "because"; anything else is what gets them up. */
function wakeUpSentence(text: string): string {
  if (/^(to|because)\s/i.test(text)) return `I get up in the morning ${text}.`;
  if (/^(i|i'm|i've|it)\s/i.test(text)) return `I get up in the morning because ${text}.`;
  return `What gets me up in the morning is ${text}.`;
}

function dreamText(dream: string, saidWant: boolean): string {
  const first = dream.split(/\s/)[0]!.toLowerCase();
  if (first.endsWith('ing')) return `one day I see myself ${dream}`;
  if (saidWant || COMMON_VERBS.has(first)) return `one day I want to ${dream}`;
  return `I dream of ${dream}`;
}

/** The first sentence of an answer, without the words the template already says. */
function clause(answer: string | undefined, lead: RegExp): string | undefined {
  const text = firstSentence(answer ?? '')
    .replace(lead, '')
    .replace(/[\s.!?;:,]+$/, '')
    .trim();
  if (text === '') return undefined;
  // "Seeing people grow" continues a sentence; "I", names in capitals and acronyms keep theirs.
  return /^[A-Z][a-z]/.test(text) && !/^I['\s]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function firstSentence(text: string): string {
  return text.trim().split(/(?<=[.!?])\s+|\n/)[0] ?? '';
}

function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
