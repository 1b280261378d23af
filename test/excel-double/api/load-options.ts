/**
 * load() arguments as Office reads them: "values, address", ["values"],
 * "format/fill/color", "items/name", { select: "name", expand: "tables" }, or
 * nothing (every scalar property).
 */
export interface LoadRequest {
  /** No property named: every scalar property (for collections: of every item). */
  all: boolean;
  props: string[];
  navs: Map<string, LoadRequest>;
  itemProps: string[];
  itemNavs: Map<string, LoadRequest>;
}

const empty = (): LoadRequest => ({ all: false, props: [], navs: new Map(), itemProps: [], itemNavs: new Map() });

function addPath(req: LoadRequest, path: string): void {
  const segs = path
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean);
  if (segs.length === 0) return;
  if (segs[0] === "items" || segs[0] === "$all") {
    if (segs[0] === "$all") {
      req.all = true;
      return;
    }
    if (segs.length === 1) req.props.push("items");
    else if (segs.length === 2) req.itemProps.push(segs[1]);
    else {
      const sub = req.itemNavs.get(segs[1]) ?? empty();
      addPath(sub, segs.slice(2).join("/"));
      req.itemNavs.set(segs[1], sub);
    }
    return;
  }
  if (segs.length === 1) {
    req.props.push(segs[0]);
    return;
  }
  const sub = req.navs.get(segs[0]) ?? empty();
  addPath(sub, segs.slice(1).join("/"));
  req.navs.set(segs[0], sub);
}

function toList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => toList(x));
  return String(v).split(",");
}

export function parseLoadOption(option: unknown): LoadRequest {
  const req = empty();
  if (option === undefined || option === null) {
    req.all = true;
    return req;
  }
  if (typeof option === "object" && !Array.isArray(option)) {
    const o = option as { select?: unknown; expand?: unknown };
    for (const p of toList(o.select)) addPath(req, p);
    for (const p of toList(o.expand)) {
      const segs = p
        .split("/")
        .map((s) => s.trim())
        .filter(Boolean);
      if (segs.length === 0) continue;
      let cur = req;
      for (const seg of segs) {
        const sub = cur.navs.get(seg) ?? empty();
        cur.navs.set(seg, sub);
        cur = sub;
      }
      cur.all = true;
    }
    if (req.props.length === 0 && req.navs.size === 0 && req.itemProps.length === 0) req.all = true;
    return req;
  }
  for (const p of toList(option)) addPath(req, p);
  if (req.props.length === 0 && req.navs.size === 0 && req.itemProps.length === 0 && req.itemNavs.size === 0)
    req.all = true;
  return req;
}
