// grow doctor: where the journal is and whether it is well; exit 1 when something is wrong.
import type { Context } from '../context';
import { GrowError } from '../errors';
import { messages } from '../messages';
import { doctorProblems, modeText, renderDoctor } from '../render/doctor';
import { inspectJournal } from '../store/inspect';
import { dataDir } from '../store/paths';
import { printJson } from './shared/options';

export async function doctor(ctx: Context): Promise<void> {
  const report = await inspectJournal(ctx.store, dataDir(ctx.env));
  const problems = doctorProblems(report);
  if (ctx.json) printJson(ctx, { ...report, fileMode: modeText(report.fileMode), dirMode: modeText(report.dirMode), problems });
  else ctx.out.write(renderDoctor(report, ctx.paint));
  if (problems > 0) throw new GrowError(messages.doctor.problems(problems));
}

