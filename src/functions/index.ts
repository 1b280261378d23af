/**
 * Entry of the `functions` chunk, the first script of the shared-runtime page
 * (taskpane.html). It depends on nothing from the task pane, so the custom
 * functions are registered as soon as this chunk runs, before React loads.
 *
 * Registration: custom-functions-metadata-plugin appends
 * `CustomFunctions.associate("<ID>", <function>)` to ./functions at build time
 * (office.js, loaded synchronously in the page head, defines `CustomFunctions`
 * before this chunk runs). Importing ./functions is therefore all it takes.
 */
import "./functions";
import { langFromLocale } from "../domain/language";
import { setFunctionsLang } from "./lang";

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // Text results (status, approval level) follow Excel's display language.
    setFunctionsLang(langFromLocale(Office.context?.displayLanguage));
  });
}
