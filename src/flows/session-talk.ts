// Parts 1 and 2 of a one-on-one. The manager opens up first in each (a plan, goal or
// failure of their own; something they love or dream of), then the report; part 1 ends
// with what the report would like to get better at, part 2 with their mission statement:
// kept or revised with grow init's helper when there is one, drafted from their words if not.
import { currentMission } from '../domain/plan';
import { lastAnswer } from '../domain/session';
import { messages } from '../messages';
import { askMissionStatement } from './mission-helper';
import type { Talk } from './session-voice';

const m = messages.session;

export async function talkAboutYourself(talk: Talk): Promise<void> {
  const keys = ['yourself-manager', 'yourself-report', 'growth'];
  if (keys.every((key) => talk.asked(key))) return;
  const { manager, report } = talk.names;
  talk.heading(m.partHeading(1, m.parts.yourself), m.yourselfIntro(manager, report));
  const part = 'yourself';
  await talk.note({ key: keys[0]!, part, speaker: 'manager', topic: 'yourself', message: m.managerYourself });
  await talk.note({ key: keys[1]!, part, speaker: 'report', topic: 'yourself', message: m.reportYourself(report) });
  await talk.note({ key: keys[2]!, part, speaker: 'report', topic: 'growth', message: m.growth });
}

export async function talkAboutDreams(talk: Talk): Promise<void> {
  if (talk.asked('mission')) return;
  const { manager, report } = talk.names;
  const saved = currentMission(talk.flow.person)?.text;
  talk.heading(m.partHeading(2, m.parts.dreams), m.dreamsIntro(manager));
  const part = 'dreams';
  await talk.note({ key: 'dreams-manager', part, speaker: 'manager', topic: 'dreams', message: m.managerDreams });
  await talk.note({ key: 'love', part, speaker: 'report', topic: 'love', message: m.love });
  await talk.note({ key: 'dream', part, speaker: 'report', topic: 'dream', message: m.dream });
  // What gets them up in the morning is the heart of the statement: asked every time, with what they said last as the default.
  await talk.note({ key: 'wake-up', part, speaker: 'report', topic: 'wake-up', message: m.wakeUp, default: lastAnswer(talk.flow.person, 'wake-up') });

  talk.say(`\n${talk.flow.paint.bold(m.missionHeading(report))}`);
  const said = (topic: string) => talk.answers.notes.find((n) => n.part === part && n.topic === topic)?.text;
  const statement = await askMissionStatement(talk.report, {
    current: talk.answers.mission ?? saved,
    answers: { love: said('love'), dream: said('dream'), wakeUp: said('wake-up') },
  });
  if (statement === saved) delete talk.answers.mission;
  else talk.answers.mission = statement;
  talk.done('mission');
}
