// Messages about encrypting the journal: the passphrase, the envelope, encrypt and decrypt.
export const vault = {
  askPassphrase: 'Passphrase for your journal:',
  askAgain: 'That passphrase does not open the journal. Try again:',
  askNew: 'A passphrase for your journal:',
  askNewAgain: 'The same passphrase once more:',
  differ: 'The two passphrases differ. Let us start again.',
  required: 'Type the passphrase, or press Ctrl+C to stop.',
  tooShort: (min: number) => `Use at least ${min} characters; a few words you will remember work well.`,
  needsPassphrase: (path: string) =>
    `The journal ${path} is encrypted: set GROW_PASSPHRASE, or run grow in a terminal to type the passphrase.`,
  wrongPassphrase: (path: string) => `wrong passphrase for the journal ${path}; nothing was changed.`,
  damaged: (path: string, detail: string) =>
    `The encrypted journal ${path} has been changed or damaged (${detail}), so grow will not read it or write over it.`,
  tagMismatch: 'its contents do not match their authentication tag',
  newer: (path: string, format: number, known: number) =>
    `The journal ${path} was encrypted by a newer grow (envelope format ${format}; this grow knows up to ${known}).`,
  encrypted: (path: string) =>
    `Your journal is encrypted: ${path}\nFrom now on grow asks for the passphrase (or reads GROW_PASSPHRASE).\nWithout it the journal cannot be opened, so keep it somewhere safe.\ngrow remind stays quiet unless GROW_PASSPHRASE is set.`,
  fromEnvironment: (variable: string) => `The passphrase was taken from ${variable}.`,
  changed: 'The passphrase is changed: the journal and its backups now open with the new one.',
  decrypted: (path: string) => `Your journal is in plain text again: ${path}\nAnyone who can read your files can read it; grow encrypt protects it again.`,
  notEncrypted: 'The journal is not encrypted, so there is nothing to decrypt.',
  markText: 'grow encrypted the journal beside this folder. While this file is here, grow refuses a journal in plain text in its place (grow decrypt says it is meant to be plain).',
  plainInstead: (path: string) =>
    `The journal ${path} is in plain text, but grow encrypted it: a plain copy may have been put in its place, so grow will not read it or write over it.`,
  plainInsteadHint: (restore: string | undefined) =>
    `If you decrypted it yourself, say so with grow decrypt (or add --accept-plaintext); otherwise ${restore ? `restore the newest backup, which is encrypted: ${restore}` : 'put the encrypted journal back'}.`,
  acceptedPlain: (path: string) => `The journal ${path} stays in plain text, and grow no longer expects it encrypted; grow encrypt protects it again.`,
  needsNew: 'grow encrypt needs a passphrase: run it in a terminal, or set GROW_PASSPHRASE (never on the command line).',
  needsNewHint: 'For example: read -rs GROW_PASSPHRASE && export GROW_PASSPHRASE && grow encrypt',
  needsChange: 'The journal is already encrypted. To change its passphrase, run grow encrypt in a terminal, or set GROW_NEW_PASSPHRASE too.',
  needsChangeHint: 'For example: read -rs GROW_NEW_PASSPHRASE && export GROW_NEW_PASSPHRASE && grow encrypt',
  exportedInPlainText: 'The export is in plain text, unlike the journal: keep it somewhere private, or delete it when you are done.',
  badVariable: (variable: string, problem: string) => `${variable} will not do as a passphrase. ${problem}`,
};
