/**
 * The people a goal's owner cell names. The framework wants exactly one owner
 * per goal; planners often write two (王经理/李总监, 王经理、李总监, A, B, A和B).
 *
 * 和 / 与 / 及 also occur inside Chinese given names (王和平), so they only split
 * when both sides look like names on their own: at least two characters each
 * (张三和李四), or both written in Latin letters (A和B). Whitespace splits only
 * between Chinese names (王经理 李总监), never inside "John Smith".
 */
export interface OwnerCount {
  readonly people: readonly string[];
  /** "王经理等" (Wang and others): more people than are named. */
  readonly andOthers: boolean;
}

const SEPARATORS = /[/、,;&|+\n\r]|\band\b/i;
const CONJUNCTIONS = /[和与及與]/;
const CJK = /[\p{Script=Han}]/u;

function splitConjunction(part: string): string[] {
  const m = CONJUNCTIONS.exec(part);
  if (!m) return [part];
  const left = part.slice(0, m.index).trim();
  const right = part.slice(m.index + 1).trim();
  const bothNames =
    [left, right].every((s) => [...s].length >= 2) ||
    (left !== "" && right !== "" && !CJK.test(left) && !CJK.test(right));
  return bothNames ? [left, ...splitConjunction(right)] : [part];
}

function splitSpaces(part: string): string[] {
  const words = part.split(/\s+/).filter((w) => w !== "");
  return words.length > 1 && words.every((w) => CJK.test(w)) ? words : [part];
}

export function countOwners(text: string): OwnerCount {
  let t = text.normalize("NFKC").trim();
  const andOthers = /.+等人?$/.test(t);
  if (andOthers) t = t.replace(/等人?$/, "");
  const people = t
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .flatMap(splitConjunction)
    .flatMap(splitSpaces);
  return { people, andOthers };
}

export function hasSeveralOwners(text: string): boolean {
  let several = SEVERAL.get(text);
  if (several === undefined) {
    const c = countOwners(text);
    several = c.people.length > 1 || c.andOthers;
    // A plan names a few dozen owners over thousands of rows: remember the answers, within bounds.
    if (SEVERAL.size >= MAX_REMEMBERED) SEVERAL.clear();
    SEVERAL.set(text, several);
  }
  return several;
}

const SEVERAL = new Map<string, boolean>();
const MAX_REMEMBERED = 4096;
