// The mission-statement helper: shows a first draft made from the person's own answers (or
// the statement they have), and lets them keep it, edit it in the line or in their editor,
// or write their own. A statement is always the result. Used by grow init and grow session.
import { draftMission, type MissionAnswers } from '../domain/mission-draft';
import { messages } from '../messages';
import { wrap } from '../render/wrap';
import type { Choice, Prompter } from './prompter';

export interface MissionQuestion {
  /** The statement as it stands (saved, or written earlier in this flow), if any. */
  current?: string;
  /** The person's answers the draft is made from. */
  answers: MissionAnswers;
}

type Next = 'keep' | 'edit' | 'editor' | 'draft' | 'own';

export async function askMissionStatement(prompter: Prompter, question: MissionQuestion): Promise<string> {
  const m = messages.plan.missionHelper;
  const draft = draftMission(question.answers);
  let statement = question.current ?? draft;
  prompter.say(wrap(m.intro, ''));
  if (statement === undefined) {
    prompter.say(wrap(m.noDraft, ''));
    return writeOwn(prompter, undefined);
  }
  prompter.say(`${statement === question.current ? m.currentIntro : m.draftIntro}\n${quoted(statement)}`);

  for (;;) {
    const choices: Choice<Next>[] = [
      { value: 'keep', name: m.keep },
      { value: 'edit', name: m.edit, description: m.editHint },
      { value: 'editor', name: m.editor },
      ...(draft !== undefined && draft !== statement ? [{ value: 'draft' as const, name: m.fromDraft }] : []),
      { value: 'own', name: m.own },
    ];
    const next = await prompter.choose({ message: m.choose, choices, default: 'keep' });
    if (next === 'keep') return statement;
    if (next === 'edit') return writeOwn(prompter, statement);
    if (next === 'own') return writeOwn(prompter, undefined);
    if (next === 'draft') statement = draft!;
    else {
      const written = (await prompter.editor({ message: m.editorQuestion, initial: statement })).replace(/\s+/g, ' ').trim();
      if (written === '') prompter.say(m.emptyEditor);
      else statement = written;
    }
    prompter.say(quoted(statement));
  }
}

function quoted(statement: string): string {
  return `\n${wrap(`"${statement}"`, '    ')}\n`;
}

/** One line, ready to edit when there is text to start from; never blank. */
function writeOwn(prompter: Prompter, initial: string | undefined): Promise<string> {
  const m = messages.plan.missionHelper;
  return prompter.text({
    message: initial === undefined ? m.ownQuestion : m.editQuestion,
    initial,
    validate: (value) => value.trim() !== '' || m.required,
  });
}
