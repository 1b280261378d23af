/**
 * The test build `npm run test:excel` serves (never the production build): the
 * add-in's webpack configuration with the task pane replaced by the test page,
 * taskpane-test.html = office.js + the functions chunk (PLAN.* registered, as in
 * the shared runtime) + taskpane-test.ts, which runs the integration cases.
 * The runner passes in the golden example (the page cannot read the disk) and
 * the test server's port.
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addinConfig = require("../../webpack.config.js");

const ROOT = path.join(__dirname, "../..");

/**
 * @param {{ golden: unknown, testServerPort: number, serve?: boolean, outputPath?: string }} options
 * serve: for the HTTPS dev server (reads the certificates); without it, a build to outputPath.
 */
module.exports = async function testConfig({ golden, testServerPort, serve = true, outputPath }) {
  const config = await addinConfig(serve ? { WEBPACK_SERVE: true } : {}, { mode: "development" });
  return {
    ...config,
    entry: { functions: config.entry.functions, "taskpane-test": path.join(__dirname, "taskpane-test.ts") },
    output: { ...config.output, path: outputPath ?? path.join(ROOT, "test-results/real-excel/dist") },
    plugins: [
      ...config.plugins.filter((p) => !(p instanceof HtmlWebpackPlugin)),
      new HtmlWebpackPlugin({
        filename: "taskpane-test.html",
        template: path.join(__dirname, "taskpane-test.html"),
        chunks: ["functions", "taskpane-test"],
        chunksSortMode: "manual",
        officeJs: "office-js/office.js",
      }),
      new webpack.DefinePlugin({
        __GOLDEN_EXAMPLE__: JSON.stringify(golden),
        __TEST_SERVER_PORT__: JSON.stringify(testServerPort),
      }),
    ],
  };
};
