// Every sentence grow says to a person lives under src/messages/, so the tone can be read
// and changed in one place. Questions are open and warm; nothing is scored or graded.
import { change } from './change';
import { checkin } from './checkin';
import { common } from './common';
import { notices } from './notices';
import { dashboard } from './dashboard';
import { dates } from './dates';
import { doctor } from './doctor';
import { exportCommand, exportDocument, importCommand } from './export';
import { init } from './init';
import { journal } from './journal';
import { undo } from './undo';
import { notes } from './notes';
import { people } from './people';
import { plan } from './plan';
import { pulse } from './pulse';
import { remind } from './remind';
import { recap, session, sessionSummary } from './session';
import { usage } from './usage';
import { sync } from './sync';
import { vault } from './vault';

export const messages = { change, checkin, common, dashboard, dates, doctor, exportCommand, exportDocument, importCommand, init, journal, notes, notices, people, plan, pulse, recap, remind, session, sessionSummary, sync, undo, usage, vault };
