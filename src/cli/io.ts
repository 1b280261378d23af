/** Where the command line writes, so tests can run commands in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Exit codes of every command: a contract other tools rely on. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
