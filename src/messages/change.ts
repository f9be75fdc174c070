// Correcting and removing what was written: grow note edit/rm, grow action edit/rm, grow goal
// edit/rm, grow people rename/rm, grow mission edit. Nothing is lost by correcting it: each
// change says how to take it back.
import { counted, plural, recordNouns } from './words';

export const change = {
  undoHint: 'grow undo takes it back.',
  nothingChanged: (what: string) => `${what} is as it was; nothing changed.`,
  changedTitle: (what: string) => `Changed ${what}:`,
  field: (name: string, before: string, after: string) => `${name}: ${before} → ${after}`,
  none: '(none)',
  labels: { note: 'note', item: 'action item', goal: 'goal' },

  // Removals: asked at a terminal, --yes in a script.
  needsYes: (command: string) => `${command} asks before it removes anything, and there is no terminal to ask at.`,
  yesHint: (command: string, many = false) => `To remove ${many ? 'them' : 'it'} all the same: ${command} --yes`,
  goesTitle: 'This removes:',
  removeQuestion: (many = false) => `Remove ${many ? 'them' : 'it'}? (grow undo can bring it back)`,
  kept: 'Nothing was removed.',
  changedMeanwhile: 'The journal changed while you were deciding, so nothing was removed. Run the command again to see what it would remove now.',
  withCheckins: (n: number) => (n === 0 ? '' : `, with its ${plural(n, 'check-in')}`),
  checkinsToo: (n: number) => `and ${plural(n, 'check-in')} on them`,

  note: {
    privateOrShared: 'A note is either --private or --shared, not both.',
    fields: { text: 'text', tags: 'tags', private: 'private', yes: 'yes', no: 'no' },
    editedLabel: (id: string, excerpt: string) => `edited note ${id} "${excerpt}"`,
    textNeeded: (id: string) => `Say what to change with --text, --tag, --private or --shared, for example: grow note edit ${id} --text "what happened"`,
    editorIntro: (id: string) => `Opening note ${id} in your editor; save and close it when you are done.`,
    emptied: 'The note would be empty, so it was left as it was. To remove it: grow note rm ID',
    removed: (ids: readonly string[]) => `Removed ${ids.length === 1 ? `note ${ids[0]}` : `notes ${ids.join(', ')}`}.`,
    idsNeeded: 'Name the notes to remove, for example: grow note rm n3 n4 (grow notes --ids lists them)',
    editedMark: (when: string) => `edited ${when}`,
  },

  action: {
    noChange: 'Say what to change: --text, --owner, --due, --every or --goal (at a terminal, with none of them, grow asks).',
    goalQuestion: 'Which goal is it for?',
    removedLabel: (id: string, excerpt: string, checkins: number) => `removed action item ${id} "${excerpt}"${checkins > 0 ? ` with ${plural(checkins, 'check-in')}` : ''}`,
    removed: (id: string, checkins: number) => `Removed action item ${id}${checkins > 0 ? ` and its ${plural(checkins, 'check-in')}` : ''}.`,
    dropInstead: (id: string) => `To end an item that was real, drop it instead: it stays in the history and in exports (grow action drop ${id}).`,
    fields: { text: 'text', owner: 'owner', due: 'due', every: 'check-ins', goal: 'goal' },
  },

  goal: {
    noChange: 'Say what to change: --title, --why or --stage (at a terminal, with none of them, grow asks).',
    titleQuestion: 'Who do you want to become?',
    whyQuestion: 'Why does that matter to you? (empty for no reason given)',
    titleRequired: 'A few words: who do you want to become?',
    openItems: (id: string, n: number) => `Goal ${id} has ${plural(n, 'open action item')}, so it was not removed.`,
    openItemsHint: (id: string, other: string | undefined) =>
      `To remove the items too: grow goal rm ${id} --with-items${other ? `. To keep them, move them to another goal first: grow action edit ID --goal ${other}` : ''}`,
    withItems: (n: number) => (n === 0 ? '' : `, with its ${plural(n, 'action item')}`),
    removed: (id: string, items: number) => `Removed goal ${id}${items > 0 ? ` and its ${plural(items, 'action item')}` : ''}.`,
    removedLabel: (id: string, excerpt: string, items: number) => `removed goal ${id} "${excerpt}"${items > 0 ? ` with ${plural(items, 'action item')}` : ''}`,
    fields: { title: 'title', why: 'why', stage: 'stage' },
  },

  people: {
    listHint: 'See who is in it: grow people',
    renamed: (old: string, name: string) => `Renamed ${old} to ${name}; their plan, one-on-ones and items stay with them.`,
    renamedLabel: (old: string, name: string) => `renamed ${old} to ${name}`,
    sameName: (name: string) => `${name} is already called that; nothing changed.`,
    taken: (name: string) => `There is someone called "${name}" in this journal already; pick another name.`,
    notMe: 'The person "me" is you, the journal\'s owner, and keeps that name. Other journals know you by the name you give in grow session.',
    notToMe: '"me" is the journal\'s owner; pick another name.',
    newNameMissing: 'Give the new name too, for example: grow people rename Sam "Sam Lee"',
    meStays: 'The person "me" is your own plan, and stays in the journal. To start afresh, use a new journal file (--journal).',
    plan: (name: string) => `${name}, and everything in their plan:`,
    emptyPlan: (name: string) => `${name}; their plan is empty.`,
    contents: counted({ ...recordNouns, drafts: 'unfinished draft' }),
    removed: (name: string) => `Removed ${name} and their plan.`,
    removedLabel: (name: string) => `removed ${name} and their plan`,
  },

  mission: {
    textNeeded: 'Give the new statement with --text, for example: grow mission edit --text "I wake up to help people find their own way."',
    emptied: 'The statement would be empty, so it is as it was.',
    editedLabel: (excerpt: string) => `changed the mission statement to "${excerpt}"`,
  },
};
