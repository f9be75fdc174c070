// Whether a note in a one-on-one reads like a project status update rather than talk about
// the person. One word of the project's machinery (a ticket, a sprint, a deploy) is enough;
// words that also belong to a life ("a deadline", "to launch a bakery") count only in pairs,
// so "I missed a deadline once and learnt to ask for help" is left alone.

const PROJECT_WORDS = [
  /\btickets?\b/i,
  /\bjira\b/i,
  /\bsprints?\b/i,
  /\bdeploy(?:s|ed|ing|ments?)?\b/i,
  /\bestimat(?:es?|ed|ing|ion|ions)\b/i,
  /\bstory points?\b/i,
  /\bstand-?ups?\b/i,
  /\bbacklog\b/i,
  /\bpull requests?\b/i,
  /\bPRs?\b/,
  /\bcode reviews?\b/i,
  /\bhotfix(?:es)?\b/i,
  /\bburn-?down\b/i,
  /\bvelocity\b/i,
  /\broadmap\b/i,
  /\bstatus updates?\b/i,
  /\bETAs?\b/,
  /\bQA\b/,
  /\bKPIs?\b/,
  /\b[A-Z]{2,}-\d+\b/,
];

const WORK_WORDS = [
  /\breleas(?:es?|ed|ing)\b/i,
  /\bdeadlines?\b/i,
  /\blaunch(?:es|ed|ing)?\b/i,
  /\bmilestones?\b/i,
  /\bship(?:s|ped|ping)?\b/i,
  /\bbugs?\b/i,
  /\bmerg(?:e|es|ed|ing)\b/i,
  /\bfeatures?\b/i,
  /\bprojects?\b/i,
  /\bon track\b/i,
  /\bbehind schedule\b/i,
  /\bdeliverables?\b/i,
  /\bclients?\b/i,
  /\bmigrations?\b/i,
  /\brefactor(?:s|ed|ing)?\b/i,
  /\bblock(?:ed|ers?)\b/i,
];

/** The words that make a note sound like a status update, in the order written; empty when it does not. */
export function statusWords(text: string): string[] {
  const found = (patterns: RegExp[]) =>
    patterns.flatMap((pattern) => {
      const match = pattern.exec(text);
      return match ? [{ word: match[0], at: match.index }] : [];
    });
  const strong = found(PROJECT_WORDS);
  const weak = found(WORK_WORDS);
  if (strong.length === 0 && weak.length < 2) return [];
  return [...strong, ...weak].sort((a, b) => a.at - b.at).map((f) => f.word);
}
