import type { Metrics } from '../api/client';
import { engagementBenchmark, growthBenchmark } from '../benchmark';

interface Props {
  metrics: Metrics;
  platform: string;
}

/** Where the influencer stands among accounts of its platform and follower tier (docs/metrics.md, stage 5). */
export function BenchmarkCard({ metrics, platform }: Props) {
  return (
    <section className="card insight" aria-labelledby="benchmark-title" data-testid="benchmark">
      <h3 id="benchmark-title">Compared with peers</h3>
      {metrics.benchmark === null ? (
        <p data-testid="benchmark-missing">{engagementBenchmark(metrics, platform)}</p>
      ) : (
        <>
          <p data-testid="benchmark-engagement">{engagementBenchmark(metrics, platform)}</p>
          <p data-testid="benchmark-growth">{growthBenchmark(metrics, platform)}</p>
        </>
      )}
    </section>
  );
}
