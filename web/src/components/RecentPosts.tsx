import type { PostsPage } from '../api/client';
import type { ProblemError } from '../api/problem';
import { count, percent, plural } from '../format';
import { newestPosts } from '../influencerText';
import { contentTypeName, mostEngaging } from '../posts';
import { Loading } from './Loading';
import { ProblemMessage } from './ProblemMessage';
import { RelativeTime } from './RelativeTime';

interface Props {
  posts: PostsPage | null;
  error: ProblemError | null;
  loading: boolean;
}

/**
 * The newest posts with their interactions and engagement rate; the most engaging of them is marked in words
 * as well as by colour, so the highlight does not depend on seeing it.
 */
export function RecentPosts({ posts, error, loading }: Props) {
  const items = posts?.items ?? [];
  const best = mostEngaging(items);
  return (
    <section className="card recent-posts" aria-labelledby="recent-posts-title">
      <h3 id="recent-posts-title">Recent posts</h3>
      {error ? <ProblemMessage error={error} context="Could not load the posts" /> : null}
      {loading && !posts ? <Loading label="Loading the posts…" /> : null}
      {posts && items.length === 0 ? <p className="empty">No posts stored yet.</p> : null}
      {best ? (
        <p className="muted">
          Most engaging of {newestPosts(items.length)}: a {contentTypeName(best.contentType).toLowerCase()} with {plural(best.interactions, 'interaction')}
          {best.engagementRate === null ? '' : ` (${percent(best.engagementRate)} of followers)`}.
        </p>
      ) : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="sr-only">
              {plural(posts?.totalCount ?? items.length, 'post')} stored; {newestPosts(items.length)} shown, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Published</th>
                <th scope="col">Type</th>
                <th scope="col" className="num">
                  Interactions
                </th>
                <th scope="col" className="num">
                  Engagement rate
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((post) => {
                const top = post === best;
                return (
                  <tr key={post.externalId} className={top ? 'top-post' : undefined}>
                    <td>
                      <RelativeTime iso={post.publishedAt} />
                      {top ? <span className="badge badge-top">Most engaging</span> : null}
                    </td>
                    <td>{contentTypeName(post.contentType)}</td>
                    <td className="num">{count(post.interactions)}</td>
                    <td className="num">{percent(post.engagementRate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
