import { problemMessages, type ProblemError } from '../api/problem';
import './ProblemMessage.css';

/** An error as the API described it, announced to screen readers; with `onRetry`, a Retry button asks again. */
export function ProblemMessage({ error, context, onRetry }: { error: ProblemError; context?: string; onRetry?: () => void }) {
  const messages = problemMessages(error.problem);
  return (
    <div className="problem" role="alert">
      <p className="problem-title">
        {context ?? 'Something went wrong'}
        {error.status > 0 ? ` (HTTP ${error.status})` : ''}
      </p>
      {messages.length === 1 ? <p>{messages[0]}</p> : <ul>{messages.map((message) => <li key={message}>{message}</li>)}</ul>}
      {error.problem.traceId ? <p className="trace">Trace id: {error.problem.traceId}</p> : null}
      {onRetry ? (
        <button type="button" className="button secondary retry" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
