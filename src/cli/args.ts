/**
 * Argument parsing for every command (node:util parseArgs), with the flags
 * all commands share. Problems are thrown as UsageError data; main words them.
 */
import { parseArgs } from "node:util";
import type { Lang } from "../domain/language";

export type UsageProblem =
  | { code: "unknownCommand"; command: string }
  | { code: "badOption"; detail: string }
  | { code: "missingOption"; option: string }
  | { code: "badValue"; option: string; value: string; allowed: string }
  | { code: "noFiles" }
  | { code: "cannotWrite"; file: string; reason: string }
  | { code: "cannotRead"; file: string; reason: string };

export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.code);
  }
}

type OptionSpec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

export interface ParsedCommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(argv: string[], options: Record<string, OptionSpec>): ParsedCommandArgs {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedCommandArgs["values"], positionals };
  } catch (e) {
    throw new UsageError({ code: "badOption", detail: e instanceof Error ? e.message : String(e) });
  }
}

/** A value from a closed set, or a usage error naming the set. */
export function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({ code: "badValue", option, value: String(value), allowed: allowed.join("|") });
}

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** --lang, else the terminal's locale (LC_ALL, LANG): English for en*, Chinese otherwise. */
export function langOption(value: unknown, env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return oneOf("--lang", value, LANGS, /^en/i.test(locale) ? "en-US" : "zh-CN");
}
