import { ProblemError } from './problem';
import type { ApiProblem } from './types';

/** What an openapi-fetch call resolves to, as far as the dashboard reads it. */
interface Answer<T> {
  data?: T;
  error?: ApiProblem | string;
  response: Response;
}

/** The body of a successful answer; a failed one throws its ProblemError. */
export function dataOf<T>(answer: Answer<T>): T {
  done(answer);
  if (answer.data === undefined) {
    throw new ProblemError({ status: answer.response.status, title: 'Empty answer', detail: 'The server answered without the content the dashboard asked for.' });
  }
  return answer.data;
}

/** For calls that answer 204 No Content: a failed one throws its ProblemError. */
export function done(answer: Omit<Answer<unknown>, 'data'>): void {
  if (!answer.response.ok) {
    throw ProblemError.from(answer.response, answer.error);
  }
}
