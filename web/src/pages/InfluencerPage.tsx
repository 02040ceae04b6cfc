import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Influencer, Metrics } from '../api/client';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { BenchmarkCard } from '../components/BenchmarkCard';
import { CadenceCard } from '../components/CadenceCard';
import { DataAge } from '../components/DataAge';
import { HistoryChart, loadChartDrawing } from '../components/HistoryChart';
import { Loading } from '../components/Loading';
import { RecentPosts } from '../components/RecentPosts';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { SignalsCard } from '../components/SignalsCard';
import { StatusBadge } from '../components/StatusBadge';
import { count, countFine, dash, dataAge, decimal, percent, platformName, plural } from '../format';
import { estimatedSentence, noStories } from '../influencerText';
import { useLoad } from '../useLoad';
import './influencer.css';

const pollMs = 1_500;
const recentPostCount = 10;

type ManualRun = { state: 'starting' } | { state: 'running'; runId: string } | { state: 'done'; message: string; ok: boolean } | { state: 'error'; error: ProblemError };

function Metric({ label, value, estimated }: { label: string; value: ReactNode; estimated?: boolean }) {
  return (
    <div className="metric">
      <dt>
        {label}
        {estimated ? (
          <span className="badge badge-estimated" title="Estimated: its inputs were incomplete, so this component was estimated">
            estimated
          </span>
        ) : null}
      </dt>
      <dd>{value}</dd>
    </div>
  );
}

function Group({ title, children, note }: { title: string; children: ReactNode; note?: ReactNode }) {
  const id = `group-${title.toLowerCase()}`;
  return (
    <section className="card metric-group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <dl>{children}</dl>
      {note}
    </section>
  );
}

function MetricGroups({ metrics, platform }: { metrics: Metrics; platform: string }) {
  const { engagement: e, reach: r, growth: g, relevance } = metrics;
  const estimated = new Set(relevance.estimatedComponents.map((c) => c.toLowerCase()));
  const isEstimated = (component: string) => estimated.has(component.toLowerCase());
  const estimatedNote = estimatedSentence(relevance.estimatedComponents);
  // A platform without stories gets words rather than a dash, which would read as "unknown".
  const stories = (value: string) => noStories(platform) ?? value;
  return (
    <div className="groups">
      <Group title="Engagement">
        <Metric label="Engagement rate" value={percent(e.engagementRate)} />
        <Metric label="Rate by reach" value={percent(e.engagementRateByReach)} />
        <Metric label="Avg interactions" value={decimal(e.avgInteractions)} />
        <Metric label="Avg likes" value={decimal(e.avgLikes)} />
        <Metric label="Avg comments" value={decimal(e.avgComments)} />
        <Metric label="Posts analysed" value={count(e.postsAnalyzed)} />
      </Group>
      <Group title="Reach">
        <Metric label="Avg reach" value={count(r.avgReach === null ? null : Math.round(r.avgReach))} />
        <Metric label="Reach rate" value={percent(r.reachRate)} />
        <Metric label="Avg impressions" value={count(r.avgImpressions === null ? null : Math.round(r.avgImpressions))} />
        <Metric label="Avg story views" value={stories(count(r.avgStoryViews === null ? null : Math.round(r.avgStoryViews)))} />
        <Metric label="Story completion" value={stories(percent(r.storyCompletionRate))} />
        <Metric label="Profile views" value={count(r.profileViews)} />
      </Group>
      <Group title="Growth">
        <Metric label="Followers" value={count(g.followers)} />
        <Metric label="Net new, 7 days" value={count(g.netNewFollowers7)} />
        <Metric label="Net new, 30 days" value={count(g.netNewFollowers30)} />
        <Metric label="Growth, 30 days" value={percent(g.growthRate30)} />
        <Metric label="Churn, 30 days" value={percent(g.churnRate30)} />
        <Metric label="Projected in 30 days" value={count(g.projectedFollowers30)} />
      </Group>
      <Group
        title="Relevance"
        note={
          <p className={relevance.estimatedComponents.length > 0 ? 'estimated-note' : 'estimated-note none'} data-testid="estimated-components">
            {estimatedNote}
          </p>
        }
      >
        <Metric label="Overall" value={<strong>{decimal(relevance.overall)}</strong>} />
        <Metric label="Engagement score" value={decimal(relevance.engagementScore)} estimated={isEstimated('engagement')} />
        <Metric label="Reach score" value={decimal(relevance.reachScore)} estimated={isEstimated('reach')} />
        <Metric label="Growth score" value={decimal(relevance.growthScore)} estimated={isEstimated('growth')} />
        <Metric label="Consistency score" value={decimal(relevance.consistencyScore)} estimated={isEstimated('consistency')} />
        <Metric label="Audience quality score" value={decimal(relevance.audienceQualityScore)} estimated={isEstimated('audienceQuality')} />
      </Group>
    </div>
  );
}

export function InfluencerPage() {
  const { id = '' } = useParams();
  const { api, user } = useAuth();
  const influencer = useLoad(() => api.influencer(id), [api, id]);
  const history = useLoad(() => api.metricsHistory(id, 200), [api, id]);
  // The server's default window (the 90 days to today) holds the demo's 60 days and a quarter of real data.
  const audience = useLoad(() => api.audience(id), [api, id]);
  const posts = useLoad(() => api.posts(id, 1, recentPostCount), [api, id]);
  const [manualRun, setManualRun] = useState<ManualRun | null>(null);
  const polling = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(loadChartDrawing, []);

  useEffect(() => {
    document.title = `${influencer.data ? `@${influencer.data.handle}` : 'Influencer'} · AnalisaAI`;
  }, [influencer.data]);

  useEffect(() => () => {
    if (polling.current) {
      clearTimeout(polling.current);
    }
  }, []);

  const recalculate = async () => {
    setManualRun({ state: 'starting' });
    try {
      const { runId } = await api.recalculate(id);
      setManualRun({ state: 'running', runId });
      const poll = async () => {
        try {
          const runs = await api.metricUpdates(20, id);
          const run = runs.items.find((item) => item.id === runId);
          if (!run || run.status === 'running') {
            polling.current = setTimeout(poll, pollMs);
            return;
          }
          await Promise.all([influencer.reload(), history.reload(), audience.reload(), posts.reload()]);
          setManualRun({
            state: 'done',
            ok: run.status === 'succeeded',
            message: run.status === 'succeeded' ? 'Run finished: the figures below are new.' : `The run failed at the ${run.failedStage ?? 'unknown'} stage: ${run.error ?? 'no detail'}.`,
          });
        } catch (caught) {
          setManualRun({ state: 'error', error: caught instanceof ProblemError ? caught : ProblemError.network() });
        }
      };
      polling.current = setTimeout(poll, pollMs);
    } catch (caught) {
      setManualRun({ state: 'error', error: caught instanceof ProblemError ? caught : ProblemError.network() });
    }
  };

  if (influencer.error && !influencer.data) {
    return (
      <main className="page">
        <p>
          <Link to="/">← Influencers</Link>
        </p>
        <h1>{influencer.error.status === 404 ? 'Influencer not found' : 'Influencer'}</h1>
        <ProblemMessage error={influencer.error} context={influencer.error.status === 404 ? 'No influencer has this id' : 'Could not load the influencer'} />
      </main>
    );
  }
  if (!influencer.data) {
    return (
      <main className="page">
        <Loading label="Loading the influencer…" />
      </main>
    );
  }

  const item: Influencer = influencer.data;
  const points = [...(history.data?.items ?? [])].reverse();
  // Without data, a chart says why (loading, failed) instead of "no history yet".
  const pendingOf = (load: { data: unknown; error: unknown }) => (load.data ? undefined : load.error ? ('failed' as const) : ('loading' as const));
  const historyPending = pendingOf(history);
  const audiencePending = pendingOf(audience);
  const busy = manualRun?.state === 'starting' || manualRun?.state === 'running';
  return (
    <main className="page">
      <p className="crumbs">
        <Link to="/">← Influencers</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>@{item.handle}</h1>
          <p className="muted">
            {item.displayName ? `${item.displayName} · ` : ''}
            <span className={`platform platform-${item.platform}`}>{platformName(item.platform)}</span>
            {item.categories.length > 0 ? ` · ${item.categories.join(', ')}` : ''} · {item.followers === null ? `${count(null)} followers` : plural(item.followers, 'follower')}
          </p>
        </div>
        {user?.role === 'admin' ? (
          <button type="button" className="button primary" onClick={recalculate} disabled={busy}>
            {busy ? 'Recalculating…' : 'Recalculate'}
          </button>
        ) : null}
      </div>

      <div aria-live="polite">
        {manualRun?.state === 'running' || manualRun?.state === 'starting' ? (
          <p className="notice" role="status">
            <span className="spinner" aria-hidden="true" /> Recalculating in the background; this page updates when the run finishes.
          </p>
        ) : null}
        {manualRun?.state === 'done' ? (
          <p className={manualRun.ok ? 'notice success' : 'problem'} role="status">
            {manualRun.message}
          </p>
        ) : null}
      </div>
      {manualRun?.state === 'error' ? <ProblemMessage error={manualRun.error} context="Could not recalculate" /> : null}

      <section className="card status-line" aria-label="Last update">
        <div>
          <span className="label">Last update</span> <StatusBadge status={item.lastUpdate.status} />{' '}
          {item.lastUpdate.at ? <RelativeTime iso={item.lastUpdate.at} /> : null}
        </div>
        <div>
          <span className="label">Data</span> <DataAge iso={item.dataAsOf} targetSeconds={item.dataTargetSeconds} />
          {' · '}calculated {item.metrics ? <RelativeTime iso={item.metrics.calculatedAt} /> : dash}
        </div>
        {item.metrics && item.dataAsOf && !(Date.parse(item.metrics.dataAsOf ?? '') >= Date.parse(item.dataAsOf)) ? (
          <p className="muted inline" role="note">
            The figures below were calculated from {item.metrics.dataAsOf ? `data ${dataAge(item.metrics.dataAsOf)}` : 'data of unrecorded age'}; newer data has arrived since.
          </p>
        ) : null}
        {item.lastUpdate.error ? (
          <p className="problem inline" role="note">
            <span className="label">Error:</span> {item.lastUpdate.error}
          </p>
        ) : null}
      </section>

      <h2>Latest metrics</h2>
      {item.metrics ? <MetricGroups metrics={item.metrics} platform={item.platform} /> : <p className="empty card">No metrics yet: they appear after the first successful calculation.</p>}
      {item.metrics ? (
        <div className="insights">
          <BenchmarkCard metrics={item.metrics} platform={item.platform} />
          <SignalsCard signals={item.metrics.signals} publicSampleSize={item.metrics.engagement.publicSampleSize} />
          <CadenceCard engagement={item.metrics.engagement} posts={posts.data} />
        </div>
      ) : null}

      <h2>Over time</h2>
      {history.error ? <ProblemMessage error={history.error} context="Could not load the history" onRetry={() => void history.reload()} /> : null}
      {history.loading && !history.data ? <Loading label="Loading the history…" /> : null}
      {audience.error ? <ProblemMessage error={audience.error} context="Could not load the daily audience" onRetry={() => void audience.reload()} /> : null}
      <div className="charts">
        <HistoryChart title="Relevance history" points={points.map((m) => ({ at: m.calculatedAt, value: m.relevance.overall }))} format={(v) => decimal(v)} color="#4f46e5" domain={[0, 100]} pending={historyPending} />
        <HistoryChart title="Engagement rate history" points={points.map((m) => ({ at: m.calculatedAt, value: m.engagement.engagementRate }))} format={(v) => percent(v)} color="#0891b2" pending={historyPending} />
        <HistoryChart
          title="Followers history"
          unit="day"
          points={(audience.data?.items ?? []).map((day) => ({ at: day.date, value: day.followers }))}
          format={(v) => countFine(v)}
          color="#16a34a"
          pending={audiencePending}
        />
      </div>

      <h2>Posts</h2>
      <RecentPosts posts={posts.data} error={posts.error} loading={posts.loading} />
    </main>
  );
}
