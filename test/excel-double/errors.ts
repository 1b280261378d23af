/**
 * Errors shaped like Office's `OfficeExtension.Error` ("RichApi.Error"): a
 * `code` from Excel.ErrorCodes, a `message`, `debugInfo` with the failing
 * statement's location, and `httpStatusCode`.
 */
export const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  UnsupportedOperation: "The operation being attempted is not supported.",
};

const STATUS: Record<string, number> = {
  AccessDenied: 401,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
};

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  /** What the double itself knows about the cause (not in real Excel's errors). */
  detail?: string;
}

/** Same shape as OfficeExtension.Error; `instanceof OfficeExtensionError` works for the double's errors. */
export class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;

  constructor(code: string, message?: string, location?: string, detail?: string) {
    const msg = message ?? MESSAGES[code] ?? code;
    super(msg);
    Object.setPrototypeOf(this, OfficeExtensionError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = STATUS[code] ?? 500;
    this.debugInfo = { code, message: msg, errorLocation: location, statement: location, detail };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** An Excel error for an operation: `excelError("ItemNotFound", "WorksheetCollection.getItem", "no sheet 'X'")`. */
export function excelError(code: string, location?: string, detail?: string): OfficeExtensionError {
  return new OfficeExtensionError(code, undefined, location, detail);
}

export function propertyNotLoaded(typeName: string, prop: string): OfficeExtensionError {
  return new OfficeExtensionError(
    "PropertyNotLoaded",
    MESSAGES.PropertyNotLoaded.replace("{0}", prop),
    `${typeName}.${prop}`,
  );
}

export const isOfficeError = (e: unknown): e is OfficeExtensionError => e instanceof OfficeExtensionError;
