import createClient, { type Client } from 'openapi-fetch';
import { ProblemError } from './problem';
import { dataOf, done } from './result';
import type { paths } from './schema';
import type { Session } from './session';

export * from './types';
import type { Influencer, InfluencerQuery, InfluencersPage, Metrics, PostsPage, SavedList, User } from './types';

/** The JSON media types of the document: the lists also answer text/csv, which would widen their bodies to string. */
export type JsonMedia = `${string}/${string}json`;

/** A client typed by the document's paths: every call's path, parameters, body and answer are checked against it. */
export type ApiClient = Client<paths, JsonMedia>;

interface ClientOptions {
  /** '' in the browser (the page's own origin); an absolute one where relative URLs do not resolve (tests). */
  baseUrl?: string;
  credentials?: RequestCredentials;
}

/** Makes the document's client, sending each request through `fetch`; a request that cannot be sent throws ProblemError.network(). */
export function apiClient(fetch: (request: Request) => Promise<Response>, { baseUrl = '', credentials }: ClientOptions = {}): ApiClient {
  return createClient<paths, JsonMedia>({
    baseUrl,
    credentials,
    headers: { Accept: 'application/json' },
    fetch: async (request) => {
      try {
        return await fetch(request);
      } catch {
        throw ProblemError.network();
      }
    },
  });
}

/** The API calls the dashboard makes, each throwing a ProblemError on failure. */
export class Api {
  /** Public for the other api modules (account.ts), which make their calls through it. */
  readonly client: ApiClient;

  constructor(session: Pick<Session, 'fetch'>, options: ClientOptions = {}) {
    this.client = apiClient((request) => session.fetch(request), options);
  }

  async me(): Promise<User> {
    return dataOf(await this.client.GET('/api/auth/me'));
  }

  async influencers(query: InfluencerQuery): Promise<InfluencersPage> {
    return dataOf(await this.client.GET('/api/influencers', { params: { query } }));
  }

  /** Every category in use, for the list's category filter. */
  async categories() {
    return dataOf(await this.client.GET('/api/influencers/categories'));
  }

  /** Every influencer matching the filters and sort (no paging), as CSV. */
  async influencersCsv(query: InfluencerQuery): Promise<Blob> {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    return dataOf(await this.client.GET('/api/influencers', { params: { query: filters }, headers: { Accept: 'text/csv' }, parseAs: 'blob' }));
  }

  async lists() {
    return dataOf(await this.client.GET('/api/lists'));
  }

  async createList(name: string): Promise<SavedList> {
    return dataOf(await this.client.POST('/api/lists', { body: { name } }));
  }

  async renameList(id: string, name: string): Promise<SavedList> {
    return dataOf(await this.client.PUT('/api/lists/{id}', { params: { path: { id } }, body: { name } }));
  }

  async deleteList(id: string): Promise<void> {
    done(await this.client.DELETE('/api/lists/{id}', { params: { path: { id } } }));
  }

  /** The list's influencers in the order they were added, as the catalogue shows them. */
  async listItems(id: string) {
    return dataOf(await this.client.GET('/api/lists/{id}/items', { params: { path: { id } } }));
  }

  async listItemsCsv(id: string): Promise<Blob> {
    return dataOf(await this.client.GET('/api/lists/{id}/items', { params: { path: { id } }, headers: { Accept: 'text/csv' }, parseAs: 'blob' }));
  }

  async addToList(id: string, influencerIds: string[]) {
    return dataOf(await this.client.POST('/api/lists/{id}/items', { params: { path: { id } }, body: { influencerIds } }));
  }

  async removeFromList(id: string, influencerId: string): Promise<void> {
    done(await this.client.DELETE('/api/lists/{id}/items/{influencerId}', { params: { path: { id, influencerId } } }));
  }

  async influencer(id: string): Promise<Influencer> {
    return dataOf(await this.client.GET('/api/influencers/{id}', { params: { path: { id } } }));
  }

  async metricsHistory(id: string, limit = 100): Promise<{ items: Metrics[] }> {
    return dataOf(await this.client.GET('/api/influencers/{id}/metrics/history', { params: { path: { id }, query: { limit } } }));
  }

  /** The daily snapshots from `from` to `to` (yyyy-MM-dd, inclusive), oldest first; the server's default is the 90 days to today. */
  async audience(id: string, from?: string, to?: string) {
    const query = { from: from || undefined, to: to || undefined };
    return dataOf(await this.client.GET('/api/influencers/{id}/audience', { params: { path: { id }, query } }));
  }

  /** One page of the influencer's posts, newest first. */
  async posts(id: string, page = 1, pageSize = 20): Promise<PostsPage> {
    return dataOf(await this.client.GET('/api/influencers/{id}/posts', { params: { path: { id }, query: { page, pageSize } } }));
  }

  async recalculate(id: string) {
    return dataOf(await this.client.POST('/api/influencers/{id}/metrics/recalculate', { params: { path: { id } } }));
  }

  async metricUpdates(limit = 100, influencerId?: string) {
    return dataOf(await this.client.GET('/api/metric-updates', { params: { query: { limit, influencerId: influencerId || undefined } } }));
  }
}
