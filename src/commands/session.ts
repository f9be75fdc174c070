// grow session [--person NAME] [--manager NAME] [--pause SECONDS]: a manager and a report
// side by side at one terminal, kept in the report's plan: in the manager's journal, under
// the report's name (--person Sam); in the report's own, in her own plan (--person me).
// Nothing is saved until the end, when the session, its check-ins, the items agreed and the
// mission statement are saved in one change; Ctrl+C keeps what was said as a draft, which
// the next grow session with that person offers.
import type { Context } from '../context';
import { findPerson, isMe, ME, personToRead, sameName } from '../domain/journal';
import { addPerson, checkName } from '../domain/people';
import { dateOrderFrom } from '../domain/numeric-dates';
import { applySession, emptySessionAnswers, sessionDraft } from '../domain/session';
import { sessionView } from '../domain/session-view';
import { CancelledError, UsageError } from '../errors';
import type { Prompter } from '../flows/prompter';
import { lookBack, runSession } from '../flows/session';
import { askManager, askOwnName, askWhom, offerDraft } from '../flows/session-start';
import { voices } from '../flows/session-voice';
import { messages } from '../messages';
import { longDate } from '../render/dates';
import { renderSessionSummary } from '../render/session-summary';
import { safeText } from '../render/text';
import { wrap } from '../render/wrap';
import { cancelledAs, keepingDraft, setDraftAside } from './shared/guided-draft';
import { requireTerminal, type Flags } from './shared/options';

const m = messages.session;
const MAX_PAUSE = 300;

export interface SessionOptions {
  manager?: string;
  pause?: string;
}

/**
 * `personGiven`: whether --person was typed; without it, the one-on-one asks whom it is with.
 * `--person me` is a one-on-one in the journal owner's own plan, with their manager.
 */
export async function session(ctx: Context, options: Flags<SessionOptions>, personGiven: boolean): Promise<void> {
  const pause = options.pause === undefined ? undefined : readPause(options.pause);
  const managerFlag = options.manager === undefined ? undefined : (checkName(options.manager) ?? badManager());
  requireTerminal(ctx, 'grow session', m.needsTerminalHint);
  const prompter = await ctx.prompter();
  const report = await whom(ctx, prompter, personGiven);
  if (report === undefined) return;
  // Someone added just now is in the journal, whatever happens next: what grow says must not deny it.
  const added = report.added ? report.name : undefined;
  const resume = m.resumeCommand(report.name);

  const journal = await ctx.store.read();
  const person = personToRead(journal, report.name);
  const own = isMe(person.name);
  const today = ctx.clock.today();
  const { paint } = ctx;
  // A Ctrl+C that leaves nothing new to keep: a draft already there is still there.
  const waiting = sessionDraft(person);
  let draftThere = waiting !== undefined;
  const stopped = () => new CancelledError(draftThere ? m.draftKept(resume) : m.stoppedEarly(resume, added));
  let reportName = person.name;
  const answers = await cancelledAs(stopped, async () => {
    // The journal's owner is the manager in a report's plan, and the report in their own.
    const remembered = own ? journal.manager : journal.owner;
    const manager = managerFlag ?? waiting?.answers.manager ?? remembered ?? (await askManager(prompter, own ? journal.owner : person.name, own));
    if (own) reportName = journal.owner ?? (await askOwnName(prompter, manager));
    if (own && sameName(reportName, manager)) throw new UsageError(m.managerIsOwner(manager), m.managerIsOwnerHint);
    prompter.say(`\n${paint.bold(m.heading(safeText(own ? manager : person.name), longDate(today)))}\n${wrap(m.intro(safeText(reportName), safeText(manager)), '')}`);
    if (pause) prompter.say(paint.dim(m.pauseIntro(pause)));
    const { both } = voices(prompter, { manager, report: reportName }, paint);
    if (!(await both.confirm({ message: m.goodTime, default: true }))) return undefined;
    const draft = await offerDraft(both, person, { manager, reportName, today, paint });
    if (draft === 'over') {
      await setDraftAside(ctx, person.name, 'session');
      draftThere = false;
    }
    return typeof draft === 'object' ? draft : emptySessionAnswers(manager);
  });
  if (!answers) return ctx.out.write(`${m.notNow(resume, added)}\n`);

  await keepingDraft(ctx, { person: person.name, flow: 'session', answers, unchanged: stopped, kept: () => new CancelledError(m.draftKept(resume)) }, () =>
    runSession(prompter, { answers, person, reportName, today, order: dateOrderFrom(ctx.env), paint, pause }, lookBack(person)),
  );
  const view = await ctx.store.update(
    (journal) => {
      const saved = applySession(journal, person.name, answers, today, reportName);
      return sessionView(personToRead(journal, person.name), saved, journal.owner);
    },
    { label: messages.undo.labels.sessionSaved(person.name) },
  );
  ctx.out.write(`\n${renderSessionSummary(view, today, paint)}\n${paint.green(m.saved(view.session.id))}\n`);
}

/** The report: --person, or asked. Someone not in the journal yet is added once the manager agrees. */
async function whom(ctx: Context, prompter: Prompter, personGiven: boolean): Promise<{ name: string; added: boolean } | undefined> {
  const journal = await ctx.store.read();
  if (personGiven && !checkName(ctx.person)) throw new UsageError(messages.people.badName);
  const name = personGiven ? ctx.person : await askWhom(prompter, journal);
  if (isMe(name)) return { name: ME, added: false };
  const known = findPerson(journal, name);
  if (known) return { name: known.name, added: false };
  // Her own name, at her own terminal: the one-on-one is kept in her own plan.
  if (journal.owner !== undefined && sameName(name, journal.owner)) return { name: ME, added: false };
  if (personGiven && !(await prompter.confirm({ message: m.addUnknown(safeText(name)), default: true }))) {
    ctx.out.write(`${m.notAdded(name)}\n`);
    return undefined;
  }
  const { person } = await ctx.store.update((journal) => addPerson(journal, name));
  return { name: person.name, added: true };
}

function readPause(value: string): number {
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= 1 && seconds <= MAX_PAUSE)) throw new UsageError(m.badPause(value));
  return seconds;
}

function badManager(): never {
  throw new UsageError(m.badManager);
}
