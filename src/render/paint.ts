// Renderers colour through this small interface and stay pure: the caller decides whether
// colour is on (a chalk instance) or off (plain).
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
}

const same = (text: string) => text;

export const plain: Paint = { bold: same, dim: same, italic: same, red: same, green: same, yellow: same, cyan: same, magenta: same };
