import type { SignalsMetrics } from '../api/client';
import { confidenceExplanation, describeEvidence, evidenceOf, flagSummary, flagTitles } from '../signals';

interface Props {
  signals: SignalsMetrics | null;
  publicSampleSize: number | null;
}

/** The raised signals with their evidence in words, how many are clear or lack data, and how far to trust them. */
export function SignalsCard({ signals, publicSampleSize }: Props) {
  if (signals === null) {
    return (
      <section className="card insight" aria-labelledby="signals-title" data-testid="signals">
        <h3 id="signals-title">Signals</h3>
        <p className="muted">No signals yet: this run was stored before signals existed; they come with the next update.</p>
      </section>
    );
  }
  const raised = signals.flags.filter((flag) => flag.status === 'raised');
  return (
    <section className="card insight" aria-labelledby="signals-title" data-testid="signals">
      <h3 id="signals-title">Signals</h3>
      <p data-testid="signals-summary">{flagSummary(signals)}.</p>
      {raised.length === 0 ? (
        <p className="muted">Nothing unusual raised.</p>
      ) : (
        <ul className="flags">
          {raised.map((flag) => {
            const evidence = evidenceOf(flag);
            return (
              <li key={flag.id} data-testid={`flag-${flag.id}`} className="flag-raised">
                <strong>{flagTitles[flag.id]}</strong>
                {evidence ? `: ${describeEvidence(flag.id, evidence)}.` : '.'}
              </li>
            );
          })}
        </ul>
      )}
      <p data-testid="data-confidence">
        <span className="label">Data confidence</span>{' '}
        <span className={`badge badge-confidence-${signals.dataConfidence}`}>{signals.dataConfidence}</span>
        {' — '}
        {confidenceExplanation(signals, publicSampleSize)}
      </p>
    </section>
  );
}
