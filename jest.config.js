/**
 * Two projects, both run by `npm test`:
 *   unit  everything under test/ except test/e2e (node, ts-jest)
 *   e2e   test/e2e/**.e2e.test.ts: the browser preview in Debian's Chromium
 *         (builds the preview once with webpack; fails, never skips, without Chromium)
 * `npm run test:unit` / `npm run test:e2e` run one of them.
 */
const transform = {
  "^.+\\.tsx?$": [
    "ts-jest",
    { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      transform,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/e2e/support/global-teardown.ts",
      transform,
      // Longer timeouts are set in the test file (jest.setTimeout): Jest 30 ignores testTimeout in a project.
    },
  ],
};
