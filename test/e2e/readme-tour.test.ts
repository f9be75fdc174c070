// The README's tour is real output: npm run tour captured it from runs of grow in a
// terminal. Run the same tour again; when grow prints something else, the README is stale.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { README, runTour, withTour } from '../../scripts/tour';

it('the README shows what grow prints today (refresh it with npm run tour)', async () => {
  const readme = readFileSync(README, 'utf8');
  const blocks = await runTour();
  expect(Object.keys(blocks)).toEqual(['init', 'checkin', 'dashboard', 'correct', 'session', 'export', 'handover', 'handback', 'remind']);
  expect(withTour(readme, blocks)).toBe(readme);
});
