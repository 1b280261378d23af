/**
 * The proxy objects of the Office JS API. As in Office:
 * - a proxy stands for a server object; it is created at once (usable for
 *   chaining before any sync) and bound to the workbook object when its
 *   instantiation runs at the next context.sync() — errors such as ItemNotFound
 *   surface there, as a rejected sync;
 * - property writes and method calls are queued and applied in order at sync;
 * - load() queues a read; reading a property that was not loaded (or set
 *   locally) throws PropertyNotLoaded.
 */
import { excelError, propertyNotLoaded, OfficeExtensionError } from "../errors";
import type { RequestContext } from "./context";
import { parseLoadOption, type LoadRequest } from "./load-options";

/** The target of a null object (getItemOrNullObject of something missing). */
export const NULL = Symbol("null object");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTarget = any;

export interface PropDef {
  /** Reads the value from the workbook (at sync, for load). */
  get?: (target: AnyTarget, self: ClientObject) => unknown;
  /** Writes the value (at sync). Absent for read-only properties. */
  set?: (target: AnyTarget, value: unknown, self: ClientObject) => void;
  /** Not part of a load() without property names. */
  notDefault?: boolean;
}

export interface ClientObjectClass {
  typeName: string;
  props: Record<string, PropDef>;
  /** Navigation properties (objects) by name. */
  navs: readonly string[];
  /** For collections: the item class and how to list item targets. */
  collection?: {
    item: ClientObjectClass & (new (...a: never[]) => ClientObject);
    items: (target: AnyTarget, self: ClientObject) => AnyTarget[];
  };
}

/** Installs getters/setters for a class's scalar properties. */
export function defineProps(cls: ClientObjectClass & { prototype: ClientObject }): void {
  for (const [name, def] of Object.entries(cls.props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ClientObject) {
        return this._getProp(name);
      },
      set: def.set
        ? function (this: ClientObject, v: unknown) {
            this._setProp(name, v);
          }
        : undefined,
    });
  }
}

export interface PathInfo {
  name: string;
  args?: unknown[];
}

export class ClientObject {
  static typeName = "ClientObject";
  static props: Record<string, PropDef> = {};
  static navs: readonly string[] = [];

  readonly context: RequestContext;
  _parent: ClientObject | null;
  private readonly _create: ((parentTarget: AnyTarget) => AnyTarget) | null;
  private _bound = false;
  private _boundTarget: AnyTarget;
  _vals: Record<string, unknown> = {};
  _isNull: boolean | undefined;
  _items: ClientObject[] | undefined;
  readonly _pathId: number;
  private readonly _navCache = new Map<string, ClientObject>();

  constructor(
    context: RequestContext,
    parent: ClientObject | null,
    path: PathInfo,
    create: ((parentTarget: AnyTarget) => AnyTarget) | null,
    bound?: { target: AnyTarget },
  ) {
    this.context = context;
    this._parent = parent;
    this._create = create;
    this._pathId = context._nextId();
    if (bound) {
      this._bound = true;
      this._boundTarget = bound.target;
      this._isNull = bound.target === NULL;
    } else {
      context._enqueue({
        describe: () => ({
          ObjectPath: {
            Id: this._pathId,
            ObjectPathType: 3,
            Name: path.name,
            ParentObjectPathId: parent?._pathId ?? 0,
            ArgumentInfo: { Arguments: path.args ?? [] },
          },
          Action: { Id: context._nextId(), ActionType: 1, Name: "", ObjectPathId: this._pathId },
        }),
        run: () => {
          const t = this._target();
          return () => {
            this._isNull = t === NULL;
          };
        },
      });
    }
  }

  get _class(): ClientObjectClass {
    return this.constructor as unknown as ClientObjectClass;
  }

  /** The workbook object this proxy stands for; resolves (once) at sync time. */
  _target(): AnyTarget {
    if (!this._bound) {
      const parentTarget = this._parent ? this._parent._target() : undefined;
      this._boundTarget = parentTarget === NULL ? NULL : this._create!(parentTarget);
      this._bound = true;
    }
    return this._boundTarget;
  }

  _getProp(name: string): unknown {
    const v = this._vals[name];
    if (v === undefined && !this._isNull) throw propertyNotLoaded(this._class.typeName, name);
    return v;
  }

  _setProp(name: string, value: unknown): void {
    const def = this._class.props[name];
    this._vals[name] = value;
    this.context._enqueue({
      describe: () => ({
        Action: {
          Id: this.context._nextId(),
          ActionType: 4,
          Name: name,
          ObjectPathId: this._pathId,
          ArgumentInfo: { Arguments: [value] },
        },
      }),
      run: () => {
        const t = this._target();
        if (t !== NULL) def.set!(t, value, this);
      },
    });
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._class.typeName, "isNullObject");
    return this._isNull;
  }

  /** A navigation property (format, worksheet, tables …): created once, bound to this object's target. */
  protected _nav<C extends ClientObject>(name: string, make: () => C): C {
    let c = this._navCache.get(name) as C | undefined;
    if (!c) {
      c = make();
      this._navCache.set(name, c);
    }
    return c;
  }

  /** Queues a method call with no result. */
  protected _call(name: string, args: unknown[], apply: (t: AnyTarget) => void): void {
    this.context._enqueue({
      describe: () => ({
        Action: {
          Id: this.context._nextId(),
          ActionType: 3,
          Name: name,
          ObjectPathId: this._pathId,
          ArgumentInfo: { Arguments: args.map(argJson) },
        },
      }),
      run: () => {
        const t = this._target();
        if (t !== NULL) apply(t);
      },
    });
  }

  /** Queues a method call whose value arrives at sync (ClientResult). */
  protected _callResult<R>(name: string, args: unknown[], apply: (t: AnyTarget) => R): ClientResult<R> {
    const result = new ClientResult<R>();
    this.context._enqueue({
      describe: () => ({
        Action: {
          Id: this.context._nextId(),
          ActionType: 3,
          Name: name,
          ObjectPathId: this._pathId,
          ArgumentInfo: { Arguments: args.map(argJson) },
        },
      }),
      run: () => {
        const t = this._target();
        const v = t === NULL ? (null as R) : apply(t);
        this.context._addResponse(v);
        return () => result._set(v);
      },
    });
    return result;
  }

  load(option?: unknown): this {
    const req = parseLoadOption(option);
    this._load(req);
    return this;
  }

  _load(req: LoadRequest): void {
    const cls = this._class;
    // navigation paths load on the child object
    for (const [nav, sub] of req.navs) {
      if (!cls.navs.includes(nav)) throw loadError(cls.typeName, nav);
      const child = (this as unknown as Record<string, ClientObject>)[nav];
      child._load(sub);
    }
    if (cls.collection) {
      this._loadItems(req);
      return;
    }
    const names = req.all
      ? Object.keys(cls.props).filter((p) => cls.props[p].get && !cls.props[p].notDefault)
      : req.props;
    if (!req.all && names.length === 0 && req.navs.size > 0) return;
    for (const p of names) if (!cls.props[p]?.get) throw loadError(cls.typeName, p);
    this.context._enqueue({
      describe: () => ({
        Action: {
          Id: this.context._nextId(),
          ActionType: 2,
          Name: "",
          ObjectPathId: this._pathId,
          QueryInfo: { Select: names },
        },
      }),
      run: () => {
        const t = this._target();
        if (t === NULL) {
          return () => {
            this._isNull = true;
          };
        }
        const vals: Record<string, unknown> = {};
        for (const p of names) vals[p] = cls.props[p].get!(t, this);
        this.context._addResponse(vals);
        return () => {
          this._isNull = false;
          Object.assign(this._vals, vals);
        };
      },
    });
  }

  private _loadItems(req: LoadRequest): void {
    const cls = this._class;
    const { item, items } = cls.collection!;
    const own = req.props.filter((p) => p !== "items" && cls.props[p]?.get);
    const itemProps =
      req.all || req.props.includes("items")
        ? Object.keys(item.props).filter((p) => item.props[p].get && !item.props[p].notDefault)
        : [];
    for (const p of req.itemProps.length ? req.itemProps : req.props.filter((x) => x !== "items" && !cls.props[x])) {
      if (!item.props[p]?.get) throw loadError(item.typeName, p);
      if (!itemProps.includes(p)) itemProps.push(p);
    }
    if (req.itemNavs.size > 0)
      throw excelError(
        "NotImplemented",
        `${cls.typeName}.load`,
        "the double does not load navigation properties of collection items; load them on the items",
      );
    this.context._enqueue({
      describe: () => ({
        Action: {
          Id: this.context._nextId(),
          ActionType: 2,
          Name: "",
          ObjectPathId: this._pathId,
          QueryInfo: { Select: [...own, ...itemProps.map((p) => `items/${p}`)] },
        },
      }),
      run: () => {
        const t = this._target();
        if (t === NULL) {
          return () => {
            this._isNull = true;
          };
        }
        const ownVals: Record<string, unknown> = {};
        for (const p of own) ownVals[p] = cls.props[p].get!(t, this);
        const targets = items(t, this);
        const rows = targets.map((it) => {
          const vals: Record<string, unknown> = {};
          const proxy = new (
            item as unknown as new (
              ctx: RequestContext,
              parent: ClientObject | null,
              path: PathInfo,
              create: null,
              bound: { target: AnyTarget },
            ) => ClientObject
          )(this.context, this, { name: "_item" }, null, { target: it });
          for (const p of itemProps) vals[p] = item.props[p].get!(it, proxy);
          return { proxy, vals };
        });
        this.context._addResponse({ ...ownVals, items: rows.map((r) => r.vals) });
        return () => {
          this._isNull = false;
          Object.assign(this._vals, ownVals);
          for (const r of rows) Object.assign(r.proxy._vals, r.vals);
          this._items = rows.map((r) => r.proxy);
        };
      },
    });
  }

  /** Collections: the loaded items. */
  get items(): ClientObject[] {
    if (!this._class.collection) return undefined as never;
    if (this._items === undefined) throw propertyNotLoaded(this._class.typeName, "items");
    return this._items;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this._vals };
    if (this._class.collection && this._items) return { ...out, items: this._items.map((i) => i.toJSON()) };
    return out;
  }

  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      if (this._class.navs.includes(k) && typeof v === "object" && v !== null) {
        (this as unknown as Record<string, ClientObject>)[k].set(v as Record<string, unknown>);
      } else if (this._class.props[k]?.set) (this as unknown as Record<string, unknown>)[k] = v;
      else throw excelError("InvalidArgument", `${this._class.typeName}.set`, `cannot set ${k}`);
    }
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

export class ClientResult<T> {
  private _v: T | undefined;
  private _done = false;
  get value(): T {
    if (!this._done) throw new OfficeExtensionError("ValueNotLoaded");
    return this._v as T;
  }
  _set(v: T): void {
    this._v = v;
    this._done = true;
  }
}

function loadError(typeName: string, prop: string): OfficeExtensionError {
  return excelError(
    "InvalidArgument",
    `${typeName}.load`,
    `${typeName} has no loadable property '${prop}' in the double`,
  );
}

function argJson(a: unknown): unknown {
  if (a instanceof ClientObject) return { _ObjectPathId: a._pathId };
  return a === undefined ? null : a;
}
