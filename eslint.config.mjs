// ESLint 9 flat config: eslint:recommended + typescript-eslint recommended, with the
// Office add-in rules of eslint-plugin-office-addins (Excel.run / context.sync
// misuse). That plugin's own `recommended` preset is not used as a whole: it pins
// an older typescript-eslint parser and turns on prettier/prettier for every file;
// its rules are registered here one by one instead.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const OFFICE_ADDIN_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** Imports each layer may not use (design/architecture.md: one direction, domain pure). */
const NODE_BUILTINS = ["fs", "fs/*", "path", "os", "child_process", "node:*"];
const layer = (group) => ({
  "no-restricted-imports": [
    "error",
    { patterns: [{ group, message: "This layer may not import that (see design/architecture.md)." }] },
  ],
});
const LAYER_RULES = [
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: layer([
      "office*",
      "@microsoft/*",
      "react",
      "react-*",
      "react/*",
      "@fluentui/*",
      "exceljs",
      ...NODE_BUILTINS,
      "**/excel/*",
      "**/excel",
      "**/taskpane/**",
      "**/files/**",
      "**/cli/**",
      "**/functions/**",
    ]),
  },
  {
    files: ["src/excel/**/*.{ts,tsx}"],
    rules: layer([
      "react",
      "react-*",
      "react/*",
      "@fluentui/*",
      "exceljs",
      "**/taskpane/**",
      "**/files/**",
      "**/cli/**",
    ]),
  },
  {
    files: ["src/functions/**/*.{ts,tsx}"],
    rules: layer([
      "react",
      "react-*",
      "react/*",
      "@fluentui/*",
      "exceljs",
      "**/excel/*",
      "**/excel",
      "**/taskpane/**",
      "**/files/**",
      "**/cli/**",
    ]),
  },
  {
    files: ["src/files/**/*.{ts,tsx}"],
    rules: layer([
      "react",
      "react-*",
      "react/*",
      "@fluentui/*",
      "**/excel/*",
      "**/excel",
      "**/taskpane/**",
      "**/cli/**",
    ]),
  },
  {
    files: ["src/cli/**/*.{ts,tsx}"],
    rules: layer(["react", "react-*", "react/*", "@fluentui/*", "**/excel/*", "**/excel", "**/taskpane/**"]),
  },
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "coverage/**",
      "node_modules/**",
      "test-results/**",
      "bench/results/**",
      "playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Chinese text legitimately contains U+3000 (ideographic space) in strings, templates and patterns.
      "no-irregular-whitespace": [
        "error",
        { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: false },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_ADDIN_RULES,
  },
  ...LAYER_RULES,
  {
    // Node scripts and tool configs.
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}", "dev/**/*.{ts,tsx}", "bench/**/*.{ts,tsx,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
