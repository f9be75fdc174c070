// Words of exports and imports: the headings and labels of the markdown document, and
// what `grow export` and `grow import` say.
import type { ReflectionQuestion } from '../domain/init-answers';
import { isMe } from '../domain/journal';
import type { ReflectionKind, SessionPart } from '../domain/vocabulary';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const IS_FOLDER = 'it is a folder';

export const exportDocument = {
  title: (name: string, date: string) => (isMe(name) ? `My development plan, ${date}` : `${name}: development plan, ${date}`),
  allTitle: (date: string) => `Development plans, ${date}`,
  /** In a document of several people, every section names its person, so no two headings are the same. */
  section: (title: string, person: string | undefined) => (person === undefined ? title : `${title} (${person})`),
  since: (date: string) => `Check-ins, one-on-ones and notes from ${date} on.`,
  empty: 'Nothing written yet. grow init walks you through a mission statement and a plan.',
  sections: {
    mission: 'Mission',
    about: 'About',
    dreams: 'Dreams and passions',
    goals: 'Goals',
    actions: 'Action items',
    timeline: 'Timeline',
    checkins: 'Check-ins',
    pulse: 'Autonomy, mastery and purpose',
    sessions: 'One-on-ones',
    notes: 'Notes',
  },
  missionSince: (date: string) => `Last changed on ${date}.`,
  // Labels for some kinds and questions only: the keys are checked, and looked up by any stored kind or question.
  reflection: { dream: 'Dream', passion: 'Passion', strength: 'Strengths', growth: 'To get better at' } satisfies Partial<Record<ReflectionKind, string>> as Partial<Record<string, string>>,
  /** A label by the question that drew the answer, where the kind alone would mislabel it. */
  reflectionQuestion: { 'wake-up': 'Gets up in the morning for' } satisfies Partial<Record<ReflectionQuestion, string>> as Partial<Record<string, string>>,
  privateMark: '(private)',
  why: (text: string) => `Why: ${text}`,
  stage: (stage: string, date: string, earlier: string[]) =>
    `Stage: ${stage}, since ${date}${earlier.length > 0 ? ` (before: ${earlier.join(', ')})` : ''}`,
  progress: (percent: number | undefined) => (percent === undefined ? 'Progress: no action items yet' : `Progress: ${percent}%`),
  actionColumns: ['Id', 'Action', 'Goal', 'Owner', 'Due', 'Status', 'Last check-in'],
  lastCheckin: (date: string, progress: number) => `${date}, ${progress}%`,
  checkinBefore: (since: string, progress: number) => `before ${since}, ${progress}%`,
  noCheckin: 'none yet',
  overall: 'Overall',
  checkinLine: (date: string, status: string | undefined, progress: number | undefined) =>
    [date, status, progress === undefined ? undefined : `${progress}%`].filter(Boolean).join(', '),
  well: (text: string) => `Went well: ${text}`,
  blocker: (text: string) => `In the way: ${text}`,
  moved: (from: string, to: string) => `Due date moved from ${from} to ${to}`,
  split: (into: readonly string[]) => `Split into ${into.join(', ')}`,
  pulse: (a: number, m: number, p: number) => `Autonomy ${a}, mastery ${m}, purpose ${p}`,
  inSession: (id: string) => `In one-on-one ${id}`,
  pulseColumns: ['Month', 'Autonomy', 'Mastery', 'Purpose', 'Pulses'],
  session: (id: string, date: string, manager: string) => `${id}: ${date}, with ${manager}`,
  parts: { opening: 'Opening', yourself: 'Talk about yourself', dreams: 'Talk about your dreams', plan: 'Who does what by when' } satisfies Record<SessionPart, string>,
  said: (who: string, topic: string) => `${who} (${topic})`,
  myself: 'Me',
  reviewed: 'Items reviewed',
  agreed: 'Items agreed',
  parked: 'Parking lot',
  agreedItem: (id: string, text: string, owner: string, due: string) => `${id} ${text}: ${owner}, by ${due}`,
  next: (date: string) => `Next one-on-one: ${date}.`,
  noteHeader: (when: string, id: string) => `${when} (${id})`,
  calendarAlarm: (text: string) => `Due tomorrow: ${text}`,
  calendarName: (name: string) => (isMe(name) ? 'My development plan' : `${name}: development plan`),
  calendarAllName: 'Development plans',
  calendarDescription: (owner: string, goal: string, cadence: string) => `Owner: ${owner}\nGoal: ${goal}\nCheck in ${cadence}`,
};

export const exportCommand = {
  badFormat: (given: string) => `--format: "${given}" is not a format grow exports; use md, json or ics, for example: --format ics`,
  noOut: '--out needs a file name, for example: --out plan.md',
  outIsFolder: (given: string) => `--out: ${given} is a folder; give a file in it, for example: --out ${given.replace(/\/+$/, '')}/plan.md`,
  ownFile: (what: string) => `--out: the export would ${what}; choose another file, for example: --out plan.md`,
  own: { journal: 'replace the journal itself', lock: "replace the journal's lock", backups: "go among the journal's backups" },
  cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${reason}.`,
  noFolder: (path: string, folder: string) => `Cannot write ${path}: the folder ${folder} does not exist.`,
  notFolder: (path: string, folder: string) => `Cannot write ${path}: ${folder} is not a folder.`,
  notAFile: 'it is neither a file nor a terminal, pipe or socket',
  isFolder: IS_FOLDER,
  emptyCalendar: (name: string | undefined) =>
    `${name === undefined ? 'No one in the journal has' : isMe(name) ? 'Your plan has' : `${name}'s plan has`} no action items yet, so there is nothing to put in a calendar.`,
  emptyCalendarHint: 'Add one with grow action add (see grow action add --help), or export another format, for example: --format md',
  written: (format: string, path: string, size: string) => `Wrote the ${format} export to ${path} (${size}).`,
  formatNames: { md: 'markdown', json: 'JSON', ics: 'iCalendar' },

  // --for: a plan handed to someone.
  badFor: 'A name for --for: whom the plan is handed to, for example: grow export --person Priya --for Priya',
  forMe: '--for names whom the plan is handed to, someone other than you: for example --for Alex. To keep a copy of your own journal: grow export --all-people --include-private --out backup.json',
  forWith: (flag: string) => `--for hands over one whole plan: leave out ${flag}.`,
  forFormat: '--for writes a grow JSON file for the other person to import: leave out --format, or give --format json (and an --out file ending in .json).',
  privateStays: (person: string) =>
    `--include-private: the private words in ${person}'s plan here stay in this journal whatever is asked. ${person}'s own private words in one-on-ones go to ${person} without it.`,
  unnamedOwner: (ids: string[]) => `${ids.join(', ')} ${ids.length === 1 ? 'is' : 'are'} owned by "me", and this journal does not know your name, so the other journal would read "me" as its own owner.`,
  unnamedOwnerHint: (id: string) => `Name yourself as the owner first, for example: grow action edit ${id} --owner Alex`,
  handed: (person: string | undefined, to: string, path: string, size: string, importCommand: string) =>
    `Wrote ${person === undefined ? 'your plan' : `${person}'s plan`} for ${to} to ${path} (${size}).\n${to} brings it into their own journal with: ${importCommand}`,
  ownerUnknown: (to: string) => `This journal does not know your name, so the file does not say whose plan it is: ${to} names you when importing it (grow import FILE --person YOUR-NAME).`,
};

export const importCommand = {
  badSource: (given: string) => `--from: "${given}" is not a format grow imports; use grow or jrnl, for example: --from jrnl`,
  missingFile: (path: string) => `There is no file ${path} to import.`,
  unreadable: (path: string, reason: string) => `Cannot read ${path}: ${reason}.`,
  tooDeep: (path: string, limit: number) => `${path} holds values nested more than ${limit} levels deep, which no grow export does.`,
  tooLarge: (path: string, limitMb: number) => `${path} is larger than ${limitMb} MB, the most grow reads.`,
  isFolder: IS_FOLDER,
  notUtf8: (path: string, offset: number) => `${path} is not UTF-8 text (bad byte at offset ${offset}).`,
  notJson: (path: string, detail: string) => `${path} is not valid JSON (${detail}).`,
  notGrow: (path: string, where: string, problem: string) => `${path} is not a grow export: ${where} ${problem}.`,
  notJrnl: (path: string, where: string, problem: string) => `${path} is not a jrnl JSON export: ${where} ${problem}.`,
  encrypted: (path: string) => `${path} is an encrypted grow journal; grow imports exports, which are plain text.`,
  encryptedHint: (path: string) => `Export it first (it asks for its passphrase), then import that file: grow export --journal '${path}' --all-people --include-private --out plain.json`,
  noVersion: (path: string) => `${path} is not a grow export: it has no "version" at the top level.`,
  unknownVersion: (path: string, version: number) => `${path} has version ${version}, which this grow cannot read.`,
  looksLikeJrnl: 'It looks like a jrnl export; import it with --from jrnl.',
  newer: (path: string, version: number, known: number) => `${path} was written by a newer grow (file version ${version}; this grow knows up to ${known}).`,
  whosePlan: (handedTo: string) => `This file was handed to ${handedTo}, and does not say whose plan it holds: the journal it came from does not know its owner's name.`,
  whosePlanHint: 'Name the person whose plan it is: grow import FILE --person Priya (grow people add Priya adds them first)',
  onePersonOnly: (count: number) => `--person imports an export of one person, and this one holds ${count}. Leave out --person to import everyone by name.`,
  dryRun: (from?: string) => `A dry run: nothing was saved. Without --dry-run, grow would add${from === undefined ? '' : `, from ${from}'s journal`}:`,
  added: (from?: string) => (from === undefined ? 'Imported:' : `Imported from ${from}'s journal:`),
  nothingNew: 'Nothing new: everything in the file is already in the journal.',
  person: (name: string, isNew: boolean, counts: string) => `  ${isMe(name) ? 'Your own plan' : `${name}${isNew ? ' (new)' : ''}`}: ${counts}`,
  newPersonOnly: (name: string) => `  ${name} (new): nothing in their plan yet, only the name`,
  renumbered: (pairs: string[]) => `  Ids already taken, so renumbered: ${pairs.join(', ')}`,
  more: (n: number) => `and ${n} more`,
  alreadyThere: (n: number) => `  ${plural(n, 'record was', 'records were')} already in the journal.`,
  updated: (n: number) => `${plural(n, 'record')} updated`,
  removed: (n: number) => `${plural(n, 'record')} removed`,
  conflicts: (n: number) => `  Changed on both sides, so the later change was kept and the other is in the record's history (${plural(n, 'field')}):`,
  conflict: (record: string, field: string, kept: string, other: string) => `    ${record} ${field}: kept ${kept}, not ${other}`,
  journalLabel: 'the journal',
  nothing: 'nothing',
  draftsDropped: (flows: string[]) => `  Kept the later of two unfinished flows: ${flows.join(', ')}.`,
  counts: {
    missions: (n: number) => plural(n, 'mission statement'),
    reflections: (n: number) => plural(n, 'reflection'),
    goals: (n: number) => plural(n, 'goal'),
    actions: (n: number) => plural(n, 'action item'),
    checkins: (n: number) => plural(n, 'check-in'),
    notes: (n: number) => plural(n, 'note'),
    sessions: (n: number) => plural(n, 'one-on-one'),
    drafts: (n: number) => plural(n, 'unfinished flow'),
  },
};
