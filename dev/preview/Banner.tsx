/** The preview's banner: what this page is (both languages), Excel's display language, start over. */
import { useId, useState } from "react";
import { LANGS, type Lang } from "../../src/domain/language";

export type OfficeJsStatus = { state: "ready"; host: string | null } | { state: "absent" } | { state: "timeout" };

const LANG_NAMES: Record<Lang, string> = { "zh-CN": "中文（简体） zh-CN", "en-US": "English en-US" };

function officeJsText(s: OfficeJsStatus): string {
  switch (s.state) {
    case "ready":
      return "office.js 已加载（不在 Office 中）· office.js loaded (no Office host)";
    case "absent":
      return "office.js 未加载 · office.js not loaded";
    case "timeout":
      return "office.js 未就绪 · office.js did not get ready";
  }
}

function reloadWith(lang: Lang): void {
  const url = new URL(window.location.href);
  url.searchParams.set("lang", lang);
  window.location.assign(url.toString());
}

export function Banner({
  lang,
  officeJs,
  onDownload,
}: {
  lang: Lang;
  officeJs: OfficeJsStatus;
  onDownload?: () => Promise<void>;
}) {
  const selectId = useId();
  const [download, setDownload] = useState<"idle" | "busy" | "failed">("idle");
  const startDownload = () => {
    if (!onDownload) return;
    setDownload("busy");
    onDownload().then(
      () => setDownload("idle"),
      (e: unknown) => {
        console.error(e);
        setDownload("failed");
      },
    );
  };
  return (
    <div className="banner" data-testid="preview-banner">
      <div className="banner-text">
        <strong lang="zh-CN">浏览器预览</strong>
        <span lang="zh-CN">：工作簿在浏览器内存中，未连接 Excel；刷新页面即重新开始。</span>
        <span className="banner-sep" aria-hidden="true">
          ·
        </span>
        <strong lang="en-US">Browser preview</strong>
        <span lang="en-US">: an in-memory workbook, not connected to Excel; reloading starts over.</span>
        <span className="banner-office" data-testid="preview-office-js" data-state={officeJs.state}>
          {officeJsText(officeJs)}
        </span>
      </div>
      <div className="banner-controls">
        <label htmlFor={selectId}>Excel 显示语言 · Excel display language</label>
        <select
          id={selectId}
          value={lang}
          onChange={(e) => reloadWith(e.target.value as Lang)}
          data-testid="preview-lang"
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
        {onDownload && (
          <button
            type="button"
            onClick={startDownload}
            disabled={download === "busy"}
            data-testid="preview-download"
            data-state={download}
          >
            {download === "failed" ? "下载失败，重试 · Download failed, retry" : "下载 .xlsx · Download .xlsx"}
          </button>
        )}
        <button type="button" onClick={() => window.location.reload()} data-testid="preview-reset">
          新工作簿 · New workbook
        </button>
      </div>
    </div>
  );
}
