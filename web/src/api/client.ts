import { ProblemError } from './problem';
import type { Session } from './session';

export * from './types';
import type { AudienceDay, CategoryCount, Influencer, InfluencerListItem, InfluencerQuery, Metrics, MetricRun, Page, PostWithEngagement, SavedList, User } from './types';

function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  return params.toString();
}

/** The API calls the dashboard makes, each throwing a ProblemError on failure. */
export class Api {
  constructor(private readonly session: Session) {}

  me(): Promise<User> {
    return this.get('/api/auth/me');
  }

  influencers(query: InfluencerQuery): Promise<Page<InfluencerListItem>> {
    return this.get(`/api/influencers?${queryString(query)}`);
  }

  /** Every category in use, for the list's category filter. */
  categories(): Promise<{ items: CategoryCount[] }> {
    return this.get('/api/influencers/categories');
  }

  /** Every influencer matching the filters and sort (no paging), as CSV. */
  influencersCsv(query: InfluencerQuery): Promise<Blob> {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    return this.csv(`/api/influencers?${queryString(filters)}`);
  }

  lists(): Promise<{ items: SavedList[] }> {
    return this.get('/api/lists');
  }

  createList(name: string): Promise<SavedList> {
    return this.request('/api/lists', { method: 'POST', body: JSON.stringify({ name }) });
  }

  renameList(id: string, name: string): Promise<SavedList> {
    return this.request(`/api/lists/${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify({ name }) });
  }

  deleteList(id: string): Promise<void> {
    return this.request(`/api/lists/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  /** The list's influencers in the order they were added, as the catalogue shows them. */
  listItems(id: string): Promise<{ items: InfluencerListItem[] }> {
    return this.get(`/api/lists/${encodeURIComponent(id)}/items`);
  }

  listItemsCsv(id: string): Promise<Blob> {
    return this.csv(`/api/lists/${encodeURIComponent(id)}/items`);
  }

  addToList(id: string, influencerIds: string[]): Promise<{ added: number }> {
    return this.request(`/api/lists/${encodeURIComponent(id)}/items`, { method: 'POST', body: JSON.stringify({ influencerIds }) });
  }

  removeFromList(id: string, influencerId: string): Promise<void> {
    return this.request(`/api/lists/${encodeURIComponent(id)}/items/${encodeURIComponent(influencerId)}`, { method: 'DELETE' });
  }

  influencer(id: string): Promise<Influencer> {
    return this.get(`/api/influencers/${encodeURIComponent(id)}`);
  }

  metricsHistory(id: string, limit = 100): Promise<{ items: Metrics[] }> {
    return this.get(`/api/influencers/${encodeURIComponent(id)}/metrics/history?limit=${limit}`);
  }

  /** The daily snapshots from `from` to `to` (yyyy-MM-dd, inclusive), oldest first; the server's default is the 90 days to today. */
  audience(id: string, from?: string, to?: string): Promise<{ items: AudienceDay[] }> {
    const params = new URLSearchParams();
    if (from) {
      params.set('from', from);
    }
    if (to) {
      params.set('to', to);
    }
    const query = params.size > 0 ? `?${params}` : '';
    return this.get(`/api/influencers/${encodeURIComponent(id)}/audience${query}`);
  }

  /** One page of the influencer's posts, newest first. */
  posts(id: string, page = 1, pageSize = 20): Promise<Page<PostWithEngagement>> {
    const params = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
    return this.get(`/api/influencers/${encodeURIComponent(id)}/posts?${params}`);
  }

  recalculate(id: string): Promise<{ influencerId: string; runId: string }> {
    return this.request(`/api/influencers/${encodeURIComponent(id)}/metrics/recalculate`, { method: 'POST' });
  }

  metricUpdates(limit = 100, influencerId?: string): Promise<{ items: MetricRun[] }> {
    const params = new URLSearchParams({ limit: String(limit) });
    if (influencerId) {
      params.set('influencerId', influencerId);
    }
    return this.get(`/api/metric-updates?${params}`);
  }

  private get<T>(path: string): Promise<T> {
    return this.request(path, { method: 'GET' });
  }

  private async csv(path: string): Promise<Blob> {
    return (await this.send(path, { method: 'GET' }, 'text/csv')).blob();
  }

  /** One JSON call; public for the other api modules (account.ts), which add their calls on top of this one. */
  async request<T>(path: string, init: RequestInit): Promise<T> {
    const response = await this.send(path, init, 'application/json');
    // 204 No Content (deletes) has no body.
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  private async send(path: string, init: RequestInit, accept: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept };
    if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await this.session.fetch(path, { ...init, headers });
    } catch {
      throw ProblemError.network();
    }
    if (!response.ok) {
      throw await ProblemError.from(response);
    }
    return response;
  }
}
