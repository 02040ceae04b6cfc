import type { EngagementMetrics, PostsPage } from '../api/client';
import { cadenceSentence } from '../cadence';
import { percent, plural } from '../format';
import { newestPosts } from '../influencerText';
import { contentTypeName, topEngaging } from '../posts';
import { RelativeTime } from './RelativeTime';

interface Props {
  engagement: EngagementMetrics;
  posts: PostsPage | null;
}

const top = 3;

/** How often the influencer posts, and the most engaging of the recent posts the page loaded. */
export function CadenceCard({ engagement, posts }: Props) {
  const items = posts?.items ?? [];
  const best = topEngaging(items, top);
  return (
    <section className="card insight" aria-labelledby="cadence-title" data-testid="cadence">
      <h3 id="cadence-title">Posting cadence</h3>
      <p data-testid="cadence-sentence">{cadenceSentence(engagement)}</p>
      {best.length > 0 ? (
        <>
          <h4 id="top-posts-title">Most engaging of {newestPosts(items.length)}</h4>
          <ol aria-labelledby="top-posts-title" data-testid="top-posts">
            {best.map((post) => (
              <li key={post.externalId}>
                {contentTypeName(post.contentType)}, <RelativeTime iso={post.publishedAt} />: {percent(post.engagementRate)} of followers (
                {plural(post.interactions, 'interaction')})
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
