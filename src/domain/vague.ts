// Whether an action item says what will be seen to happen. "Improve my speaking" cannot be
// checked in on; "Give a 5-minute talk at the team meeting" can. Only the opening verb is
// judged, and any count or rhythm ("3 posts", "every friday") makes an item concrete.

const LEAD = /^\s*(?:i\s+(?:will|'ll|want to|would like to|need to|should|must)\s+|to\s+)/i;
const VAGUE =
  /^(improve|get better at|be better at|become better at|learn more(?: about)?|work on|focus on|try to|think about|look into|be more|keep improving|develop|grow|understand)\b/i;
const MEASURED = /\d|\b(once|twice|every|each|daily|weekly|monthly|per|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** The vague opening ("work on") of an item that names nothing observable; undefined when it is concrete. */
export function vaguePhrase(text: string): string | undefined {
  const rest = text.replace(LEAD, '');
  const match = VAGUE.exec(rest);
  if (!match || MEASURED.test(rest)) return undefined;
  return match[1]!.toLowerCase();
}
