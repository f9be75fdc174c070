// Whether to colour: --no-color and NO_COLOR turn it off, FORCE_COLOR turns it on, and
// otherwise only a terminal gets colour. chalk alone ignores NO_COLOR, so grow decides.
export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(flag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): ColorLevel {
  if (!flag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '0' || forced === 'false') return 0;
    if (forced === '2' || forced === '3') return Number(forced) as ColorLevel;
    return 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}
