/**
 * Builds the preview once for the whole e2e run (every test file copies it),
 * instead of one webpack build per file.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PREVIEW_BUILD_ENV, webpackPreview } from "./env";

export default function globalSetup(): void {
  const dir = mkdtempSync(join(tmpdir(), "plan-preview-build-"));
  webpackPreview(dir);
  process.env[PREVIEW_BUILD_ENV] = dir;
}
