// grow help TOPIC: the longer explanations that do not belong to one command.
export const HELP_TOPICS = ['dates', 'ids', 'journal', 'coaching'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export const help = {
  unknown: (word: string) => `there is no command or help topic called "${word}"`,
  unknownHint: 'See: grow help (the commands), or a topic: grow help dates, ids, journal or coaching',

  dates: {
    // Each phrase is read against today when the topic is shown, so the list cannot drift
    // from what grow understands (a test reads every phrase too).
    intro: (today: string) => `grow reads a date as 2027-03-01, or in words.\nToday is ${today}, so:`,
    ahead: 'Due dates look ahead (--due, grow init, check-ins, one-on-ones):',
    aheadWords: ['today', 'tomorrow', 'friday', 'next friday', 'in 3 days', 'in 2 weeks', 'in a fortnight', 'a week from now', 'in 3 months', 'end of week', 'end of next week', 'end of month', 'end of next month', 'end of march', 'end of quarter', 'end of year', 'march 15', '15 march 2027', 'christmas', 'new year'],
    /** How the person's own locale reads a date in numbers, shown with the example. */
    yourLocale: (locale: string | undefined, example: string, read: string | undefined) =>
      read === undefined
        ? `Your locale${locale ? ` (${locale})` : ''} does not say whether the day or the month comes first, so ${example} is refused.`
        : `Your locale (${locale}) reads ${example} as ${read}.`,
    numbersExample: '01/02/2027',
    back: 'Looking back leans to the past (--since, --until):',
    backWords: ['yesterday', 'last monday', 'last week', '2 weeks ago', 'last month', '3 months ago', 'june', '1 june', 'last year'],
    notes: [
      'The end of a week is its Friday (eow for short; eom, eoq and eoy end the month, quarter and year). A word in front such as by, on, until, before, from or since is fine: "by next friday", "since 1 june". A day in the past stays in the past: "last friday" is the one gone by, never the next one. A due date must be today or later. At a terminal, a date grow cannot read is asked again, with an example; in a script grow stops with exit code 2 and names the flag.',
      'Dates in numbers, such as 31/01/2027 or 31.1.27, are read in the order of your locale (LC_ALL, else LC_TIME, else LANG): day first for en_GB, de_DE or fr_FR, month first for en_US. Where both numbers could be the month (01/02/2027) and no locale says which comes first, grow does not guess: it names both days and asks for the date as 2027-02-01.',
      "Dates are kept as calendar days (2027-03-01), in your own time zone. GROW_TODAY=2026-11-25 fixes today's date, for scripts and tests.",
    ],
  },

  ids: {
    intro: 'Every record has a short id that you can type, and it never changes.',
    rows: [
      ['g1', 'a goal', 'grow goal stage g1 practising'],
      ['a3', 'an action item', 'grow action done a3, grow checkin a3 --status open'],
      ['c12', 'a check-in', 'in grow export and --json output'],
      ['n7', 'a note', 'grow notes shows them'],
      ['s2', 'a one-on-one', 'grow sessions show s2'],
    ] as const,
    more: [
      'grow goal list, grow action list --all, grow notes and grow sessions show the ids, and --json gives them to scripts. With grow completion installed, Tab offers them.',
      "Ids are unique across the whole journal, but a command works on one plan at a time: for an item in Sam's plan, add --person Sam (grow says so when an id belongs to someone else). Case and spaces do not matter: A3 and \" a3 \" are a3.",
    ],
  },

  journal: (path: string) => [
    `Your journal is one JSON file: ${path}`,
    'It is chosen by --journal PATH, else GROW_JOURNAL, else $XDG_DATA_HOME/grow/journal.json, else ~/.local/share/grow/journal.json. grow makes it on the first change, readable only by you (mode 600, in a folder of mode 700), and writes it pretty-printed in a stable order, so it diffs well under git.',
    'Every change is one step: grow takes a lock (journal.json.lock), reads the newest file, checks it, writes the change to a temporary file, flushes it to disk and renames it over the journal. A crash leaves the old journal or the new one, never half of one.',
    'Backups: before each change the previous file is kept in journal.json.backups/, the newest five. A journal grow cannot read is never written over: grow says what is wrong and prints the cp command that restores the newest backup.',
    'Encryption: grow encrypt asks for a passphrase and encrypts the journal and its backups (AES-256-GCM, with a key from scrypt). Every command then needs the passphrase, typed at the terminal or from GROW_PASSPHRASE; grow decrypt undoes it. A lost passphrase cannot be recovered.',
    'grow doctor checks all of this: the file, whether it is valid and encrypted, its permissions, its backups and the lock.',
  ],

  coaching: {
    intro: 'grow is a coach that asks, never one that grades. Its guided flows follow a few ideas:',
    ideas: [
      'Three parts. A one-on-one (grow session) and the guided setup (grow init) go in the same order: talk about yourself, talk about your dreams, then make clear who does what by when. The plan starts from who you want to become, and only then asks what to do.',
      'The manager opens up first. In a session the manager answers first, so that the report can open up too. Silence is a friend (grow session --pause 10), and project status updates are for another meeting.',
      'Strengths first. Every session and every check-in starts with what went well, then asks what you would like to get better at. Seek to understand before seeking to solve: connection, not correction.',
      'Autonomy, mastery, purpose. What moves people doing thoughtful work: a sense of control, getting better at something, and being part of something bigger. Check-ins can take a 1 to 5 pulse on each (grow pulse), and goals carry a stage of mastery.',
    ],
    credits:
      'The ideas come from Paulo Moncores, "Coaching for Compassion" (the three-part one-on-one, the mission statement, vulnerability first, silence); the Consortium for Service Innovation, "Coaching and Motivation", on Dr. Beth Haggett\'s KCS Coach Workshop (strengths first, connection rather than correction); and Daniel Pink, "Drive" (autonomy, mastery, purpose).',
  },
};
