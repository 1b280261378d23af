/**
 * The Office and OfficeExtension globals an add-in touches outside Excel.run:
 * Office.onReady, Office.context.requirements.isSetSupported,
 * Office.context.displayLanguage, OfficeExtension.Error.
 */
import { OfficeExtensionError } from "./errors";

export interface OfficeOptions {
  /** Highest ExcelApi requirement set supported (default "1.12"). */
  apiVersion?: string;
  /** Other requirement sets and their highest supported version, e.g. { CustomFunctionsRuntime: "1.3" }. */
  requirementSets?: Record<string, string>;
  /** Office.context.displayLanguage (default "en-US"). */
  displayLanguage?: string;
  /** Office.context.platform (default "OfficeOnline"). */
  platform?: string;
}

function versionLE(a: string, b: string): boolean {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export function createOffice(options: OfficeOptions = {}) {
  const sets: Record<string, string> = { excelapi: options.apiVersion ?? "1.12" };
  for (const [k, v] of Object.entries(options.requirementSets ?? {})) sets[k.toLowerCase()] = v;
  const platform = options.platform ?? "OfficeOnline";
  const info = { host: "Excel", platform };
  const context = {
    displayLanguage: options.displayLanguage ?? "en-US",
    contentLanguage: options.displayLanguage ?? "en-US",
    host: "Excel",
    platform,
    diagnostics: { host: "Excel", platform, version: "16.0.0000.0000" },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const have = sets[String(name).toLowerCase()];
        if (have === undefined) return false;
        if (minVersion === undefined || minVersion === null || minVersion === "") return true;
        return versionLE(String(minVersion), have);
      },
    },
    document: {
      settings: {
        get: () => null,
        set: () => undefined,
        remove: () => undefined,
        saveAsync: (cb?: (r: unknown) => void) => cb?.({ status: "succeeded" }),
      },
    },
  };
  return {
    context,
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
}

export const OfficeExtension = {
  Error: OfficeExtensionError,
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    activityLimitReached: "ActivityLimitReached",
    invalidObjectPath: "InvalidObjectPath",
    propertyNotLoaded: "PropertyNotLoaded",
    valueNotLoaded: "ValueNotLoaded",
    invalidRequestContext: "InvalidRequestContext",
    invalidArgument: "InvalidArgument",
    runMustReturnPromise: "RunMustReturnPromise",
    cannotRegisterEvent: "CannotRegisterEvent",
    apiNotFound: "ApiNotFound",
    connectionFailure: "ConnectionFailure",
  },
  config: { extendedErrorLogging: false },
  Promise,
};
