/** ANSI colours for the terminal, without a dependency; a no-op painter when colour is off. */

/** Functions that wrap text in one style each. */
export interface Paint {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  green: (text: string) => string;
  yellow: (text: string) => string;
  cyan: (text: string) => string;
}

function style(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const COLOURS: Paint = {
  bold: style(1, 22),
  dim: style(2, 22),
  red: style(31, 39),
  green: style(32, 39),
  yellow: style(33, 39),
  cyan: style(36, 39),
};

const identity = (text: string): string => text;
const PLAIN: Paint = { bold: identity, dim: identity, red: identity, green: identity, yellow: identity, cyan: identity };

/** The painter for `options.color`. */
export function createPaint(enabled: boolean): Paint {
  return enabled ? COLOURS : PLAIN;
}
