export const notes = {
  saved: (id: string, tags: string[]) => `Noted ${id}${tags.length > 0 ? `  ${tags.map((t) => `#${t}`).join(' ')}` : ''}`,
  emptyEditor: 'Nothing was written, so no note was saved.',
  noText: 'Write the note after the command, for example: grow note "Led the retro today #facilitation"',
  none: 'No notes yet. Write one with: grow note "what happened, what you noticed"',
  noneMatch: 'No notes match.',
  badTag: (tag: string) => `--tag: "${tag}" cannot be a tag; use letters, digits, - or _, for example: --tag focus`,
  privateMark: 'private',
  editorFailed: (editor: string, detail: string) => `The editor "${editor}" did not finish (${detail}), so no note was saved.`,
  noMemoryFolder: 'The journal is encrypted, and this system has no memory-backed folder (/dev/shm or $XDG_RUNTIME_DIR) for the editor, so its text would touch the disk.',
  noMemoryFolderHint: 'Write the note after the command instead, for example: grow note "what happened today"',
  editorHint: 'Set VISUAL or EDITOR to the editor you use, for example: export EDITOR=nano',
};
