/**
 * Bundles the Node benchmarks (bench/src/*.ts) into bench/results/.out/*.cjs
 * (under bench/results/, which git and ESLint ignore) with the
 * project's own toolchain (webpack + ts-loader, transpile only), so the
 * benchmarks run the same TypeScript the add-in ships, compiled the same way
 * (production mode: scope hoisting, ES2020 target). Minification is off so
 * profiles keep function names. HyperFormula stays an external `require`.
 */
const path = require("path");

const ROOT = path.join(__dirname, "..");

module.exports = {
  mode: "production",
  target: "node20",
  context: ROOT,
  entry: {
    functions: "./bench/src/functions.ts",
    "read-check": "./bench/src/read-check.ts",
    "round-trips": "./bench/src/round-trips.ts",
    recalc: "./bench/src/recalc.ts",
    files: "./bench/src/files.ts",
  },
  output: {
    path: path.join(__dirname, "results", ".out"),
    filename: "[name].cjs",
    library: { type: "commonjs2" },
    clean: { keep: /^(dist|preview|stats\.json)/ },
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  externals: { hyperformula: "commonjs hyperformula", exceljs: "commonjs exceljs", jszip: "commonjs jszip" },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { target: "ES2020", module: "ESNext", sourceMap: false } },
        },
      },
    ],
  },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};
