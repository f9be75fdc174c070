// What the command declarations say about help and completion. Only src/cli/
// import this, so it is bundled with them rather than loaded as a file of its own at every start.
export const cli = {
  help: {
    description: 'show help for a command, or a topic: dates, ids, journal, coaching',
    argument: 'a topic, or a command such as "action add"',
    topicsFooter:
      '\nTopics:\n  grow help dates      the date words grow understands\n  grow help ids        the short ids of goals, items and the rest\n  grow help journal    the journal file, its backups and encryption\n  grow help coaching   the ideas grow is built on\n',
  },
  completion: {
    description: 'print a shell completion script: commands, options, and the ids in your journal',
    shellArgument: 'bash, zsh or fish',
    idsDescription: 'the ids Tab offers (for the completion scripts)',
  },
};
