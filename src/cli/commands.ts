/**
 * The commands of `plan`, each in its own file: a few lines over src/files and
 * src/domain. Names, flags, JSON shapes and exit codes are a contract.
 */
import type { Lang, Localized } from "../domain/language";
import type { CliIO } from "./io";
import { templateCommand } from "./template";
import { checkCommand } from "./check";
import { rollupCommand } from "./rollup";
import { reviewCommand } from "./review";

export interface CliCommand {
  name: string;
  /** One line for `plan --help`. */
  summary: Localized;
  /** The synopsis: `plan template --out FILE.xlsx [--lang zh-CN|en-US] …`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(argv: string[], io: CliIO, lang: Lang): Promise<number>;
}

export const COMMANDS: readonly CliCommand[] = [templateCommand, checkCommand, rollupCommand, reviewCommand];
