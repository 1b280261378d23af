import { rmSync } from "node:fs";
import { PREVIEW_BUILD_ENV } from "./env";

export default function globalTeardown(): void {
  const dir = process.env[PREVIEW_BUILD_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
