// Whether a note in a one-on-one reads like a project status update rather than talk about
// the person. A status update names the project's machinery (a ticket, a deploy, a release)
// and says where it stands (slipped, blocked, due on Friday, forty percent); talk about the
// person says how they feel, what they learn or want. So a note is heard as an update when
// it names the machinery and where it stands, or names it twice, and says nothing of the
// person's own growth. An answer to a question about skills ("what would you like to get
// better at?") names the work's words on purpose: there only where it stands counts.
// Held to a labelled set of sentences by test/domain/status-talk.test.ts.

/** The project's machinery: what a status update is about. */
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
  /\bstatus(?: updates?)?\b/i,
  /\bETAs?\b/,
  /\b(?:QA|KPIs?|OKRs?|SLAs?|APIs?|P[0-3])\b/,
  /\b[A-Z]{2,}-\d+\b/,
  /\breleas(?:es?|ed|ing)\b/i,
  /\bdeadlines?\b/i,
  /\blaunch(?:es|ed|ing)?\b/i,
  /\bmilestones?\b/i,
  /\bship(?:s|ped|ping)?\b/i,
  /\bbugs?\b/i,
  /\bmerg(?:e|es|ed|ing)\b/i,
  /\bfeatures?\b/i,
  /\bprojects?\b/i,
  /\bdeliverables?\b/i,
  /\b(?:clients?|customers?|stakeholders?|vendors?)\b/i,
  /\bmigrations?\b/i,
  /\brefactor(?:s|ed|ing)?\b/i,
  /\b(?:staging|production|pipelines?|builds?|branch(?:es)?|rollouts?|rollbacks?|epics?|endpoints?|schema)\b/i,
  /\b(?:incidents?|outages?|postmortems?|escalations?)\b/i,
  /\b(?:demo|kickoff|requirements|scope|mockups|code freeze|planning poker|retro|on-call|infra|design docs?)\b/i,
  /\b(?:integration|load) tests?\b|\btest coverage\b/i,
];

/** Where something stands: a state, a number, a day. */
const STANDING = [
  /\b(?:slip(?:s|ped|ping)?|delayed|behind|on track|at risk|blocked|blockers?|waiting (?:on|for)|stale|rolled back|keeps|looks)\b/i,
  /\b(?:done|finished|complete|merged|shipped|deployed|pushed|tagged|drafted|reopened|closed|open|ready|in review|signed off|rejected|missed|moved|planned|fixed|failed|breaks|down|red|green|flaky|left|carried over|went out|goes|took|ran|changed|cut|need|needs)\b/i,
  /\b\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:percent|half)\b/i,
  /\b(?:two|three|four|five|six|ten|eleven|twelve|twenty|thirty|forty|ninety|thousand)\b/i,
  /\b(?:today|tonight|tomorrow|yesterday|last night|this (?:morning|week|sprint|month)|next (?:week|sprint|month|monday|tuesday|wednesday|thursday|friday)|on (?:monday|tuesday|wednesday|thursday|friday)|by (?:monday|tuesday|wednesday|thursday|friday)|end of (?:the )?(?:week|month|quarter)|since (?:monday|tuesday|wednesday|thursday|friday)|the \d+(?:st|nd|rd|th)|Q[1-4]|quarterly|due)\b/i,
];

/** The person speaking of themselves: feelings, growth, hopes. */
const PERSONAL = [
  /\b(?:feel|feels|felt|feeling|want|wanted|would like|would love|love|loved|enjoy|enjoyed|dream|dreams|hope|proud|afraid|scared|scares|nervous|anxious|happy|happiest|lonely|hurt|regret|curious|inspires?)\b/i,
  /\b(?:learn|learns|learnt|learned|learning|taught|lesson|grow|grew|growing|become|confidence|confident|doubt|struggle|realised|realized|mentor|mentee|myself|better at)\b/i,
];

/** Questions whose answers are skills, in the work's own words. */
const SKILL_TOPICS = new Set(['growth', 'strength']);

/**
 * The words of the project's machinery that make a note sound like a status update, in the
 * order written; empty when it does not. `topic`: the question the note answers.
 */
export function statusWords(text: string, topic?: string): string[] {
  const project = found(PROJECT_WORDS, text);
  if (project.length === 0 || PERSONAL.some((pattern) => pattern.test(text))) return [];
  const standing = STANDING.some((pattern) => pattern.test(text));
  const update = standing || (project.length >= 2 && !SKILL_TOPICS.has(topic ?? ''));
  return update ? project.sort((a, b) => a.at - b.at).map((f) => f.word) : [];
}

function found(patterns: readonly RegExp[], text: string): { word: string; at: number }[] {
  return patterns.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [{ word: match[0], at: match.index }] : [];
  });
}
