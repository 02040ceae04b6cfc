/** RFC 9457 problem details, as every error of the API is. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
}

/** A failed API call: the problem the API answered, or one made up for a network failure. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ProblemError';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  static async from(response: Response): Promise<ProblemError> {
    let problem: Problem = { status: response.status, title: response.statusText || undefined };
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json')) {
      try {
        problem = { ...problem, ...((await response.json()) as Partial<Problem>), status: response.status };
      } catch {
        // A body that is not JSON leaves the status line as the whole story.
      }
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    return new ProblemError(problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }

  static network(): ProblemError {
    return new ProblemError({ status: 0, title: 'Network error', detail: 'The server could not be reached. Check your connection and try again.' });
  }
}

/** One line per validation error, "field: message", else the problem's detail or title. */
export function problemMessages(problem: Problem): string[] {
  if (problem.errors && Object.keys(problem.errors).length > 0) {
    return Object.entries(problem.errors).flatMap(([field, messages]) =>
      messages.map((message) => (field ? `${field}: ${message}` : message)),
    );
  }
  return [problem.detail ?? problem.title ?? `Request failed (HTTP ${problem.status}).`];
}
