import type { ApiProblem } from './types';

/** RFC 9457 problem details: the API's, or one made up from the status line when an answer has no such body. */
export type Problem = Partial<ApiProblem> & { status: number };

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

  /** A failed answer's problem, from its body as openapi-fetch read it: an object when it was JSON, else text or nothing. */
  static from(response: Response, body: ApiProblem | string | undefined): ProblemError {
    const json = (response.headers.get('content-type') ?? '').includes('json');
    // A body that is not a JSON object leaves the status line as the whole story.
    const fields = json && typeof body === 'object' ? body : {};
    const problem: Problem = { title: response.statusText || undefined, ...fields, status: response.status };
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
