/**
 * Errors shaped like OfficeExtension.Error, with the codes Office.js uses.
 * `OfficeExtension.Error`: "The error object returned by `context.sync()`, if a promise is rejected due to an error
 * while processing the request." Fields per @types/office-js: name, message, code, traceMessages, debugInfo, innerError.
 */

/** Codes of `OfficeExtension.ErrorCodes` and `Word.ErrorCodes` that the simulator raises. */
export const ErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;
export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class SimulatedOfficeError extends Error {
  /** The @types comment says "OfficeExtension.Error"; office.js at run time names them "RichApi.Error". Adapters should test `code`. */
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: SimulatedOfficeError | null = null;

  constructor(code: string, message: string, location?: string, statement?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}), ...(statement ? { statement } : {}) };
  }
}

export function propertyNotLoaded(property: string, typeName: string): SimulatedOfficeError {
  return new SimulatedOfficeError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function valueNotLoaded(): SimulatedOfficeError {
  return new SimulatedOfficeError(
    ErrorCode.valueNotLoaded,
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
    "ClientResult.value",
  );
}

export function itemNotFound(location: string, detail = "The requested resource doesn't exist."): SimulatedOfficeError {
  return new SimulatedOfficeError(ErrorCode.itemNotFound, detail, location);
}

export function invalidArgument(location: string, detail: string): SimulatedOfficeError {
  return new SimulatedOfficeError(ErrorCode.invalidArgument, `The argument is invalid or missing or has an incorrect format. ${detail}`, location);
}

export function accessDenied(location: string, detail: string): SimulatedOfficeError {
  return new SimulatedOfficeError(ErrorCode.accessDenied, `You cannot perform the requested operation. ${detail}`, location);
}

export function apiNotFound(location: string, requirement: string): SimulatedOfficeError {
  return new SimulatedOfficeError(
    ErrorCode.apiNotFound,
    `The API you are trying to use could not be found. It may be available in a newer version of Word (${location} needs ${requirement}).`,
    location,
  );
}

/** Used for behaviour of real Word that this simulator deliberately does not model (e.g. inline content controls). */
export function notSimulated(location: string, what: string): SimulatedOfficeError {
  return new SimulatedOfficeError(ErrorCode.notImplemented, `The requested feature isn't implemented (Word simulator: ${what}).`, location);
}

export function invalidObjectPath(location: string): SimulatedOfficeError {
  return new SimulatedOfficeError(
    ErrorCode.invalidObjectPath,
    `The object path '${location}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    location,
  );
}
