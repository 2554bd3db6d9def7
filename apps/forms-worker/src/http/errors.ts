/**
 * The worker's catalogue of HTTP errors. A `code` never changes once published (clients and
 * logs key on it); the message says what happened and what to do.
 */
export const httpErrors = {
  not_found: {
    status: 404,
    message: "There is no endpoint at this path. Check the URL against the API documentation.",
  },
  method_not_allowed: {
    status: 405,
    message: "This endpoint does not accept this HTTP method. Use one listed in the Allow header.",
  },
  internal_error: {
    status: 500,
    message: "The server failed to handle the request. Try again later; if it persists, tell us.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type HttpErrorCode = keyof typeof httpErrors;
