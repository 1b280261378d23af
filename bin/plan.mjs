#!/usr/bin/env node
// The `plan` command: runs the TypeScript sources directly (tsx), so it works
// right after `npm ci` with no build step.
import { tsImport } from "tsx/esm/api";

const { runCli } = await tsImport("../src/cli/main.ts", import.meta.url);
process.exitCode = await runCli(process.argv.slice(2));
