/**
 * The few assertions the integration cases need. Jest's expect is not there
 * when the cases run inside Excel (the sideloaded test page), so the cases use
 * these, which throw a CaseFailure naming what differed.
 */
export class CaseFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CaseFailure";
  }
}

let made = 0;

/** How many assertions the cases have made so far: a case that checks nothing is caught by its host. */
export function assertionsMade(): number {
  return made;
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  made++;
  if (!same(actual, expected)) {
    throw new CaseFailure(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function assertTrue(condition: boolean, what: string): void {
  made++;
  if (!condition) throw new CaseFailure(what);
}
