// The API's shapes and vocabularies under the names the dashboard uses, every one taken from the types
// generated from docs/openapi.json (schema.d.ts, `npm run api:types`), so a change to the contract shows here
// as a compile error rather than as a surprise at run time.
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/**
 * The values of a closed set as a list, checked to name every member: `allOf<Platform>()([...])` stops
 * compiling when the document adds a platform the list lacks, or when the list names one the document does not.
 */
export function allOf<Member extends string>() {
  return <const Values extends readonly Member[]>(values: Values & ([Member] extends [Values[number]] ? unknown : { missing: Exclude<Member, Values[number]> })): Values =>
    values;
}

/** Whether `value` is one of `values`, narrowing it to their type (for text from a URL or a form). */
export function isOneOf<Member extends string>(values: readonly Member[], value: string): value is Member {
  return values.some((member) => member === value);
}

export type Platform = Schemas['Influencers.Platform'];
export const platforms = allOf<Platform>()(['instagram', 'tiktok', 'facebook', 'youtube']);

export type User = Schemas['Auth.UserResponse'];
export type Role = Schemas['Auth.Role'];
export const roles = allOf<Role>()(['analyst', 'admin']);

export type EngagementMetrics = Schemas['Metrics.Engagement.EngagementMetrics'];
export type ReachMetrics = Schemas['Metrics.Reach.ReachMetrics'];
export type GrowthMetrics = Schemas['Metrics.Growth.GrowthMetrics'];
export type RelevanceScore = Schemas['Metrics.Relevance.RelevanceScore'];
export type FollowerTier = Schemas['Metrics.Benchmark.FollowerTier'];
export const followerTiers = allOf<FollowerTier>()(['nano', 'micro', 'mid', 'macro', 'mega']);
export type BenchmarkMetrics = Schemas['Metrics.Benchmark.BenchmarkMetrics'];
export type SignalId = Schemas['Metrics.Signals.SignalId'];
export const signalIds = allOf<SignalId>()([
  'followerSpike',
  'followerDrop',
  'massFollowing',
  'lowEngagementForTier',
  'highCommentToLikeRatio',
  'likesExceedViews',
]);
/** A signal; its `evidence` is an open object whose keys depend on the flag (docs/metrics.md, "Signals"). */
export type SignalFlag = Schemas['Metrics.Signals.SignalFlag'];
export type SignalsMetrics = Schemas['Metrics.Signals.SignalsMetrics'];
/** One run's results; `benchmark` and `signals` are null for runs stored before those stages existed. */
export type Metrics = Schemas['Metrics.MetricsResponse'];

export type Influencer = Schemas['Influencers.InfluencerResponse'];
/** A list item: the influencer plus its latest run's figures the list filters and sorts on (null before such a run). */
export type InfluencerListItem = Schemas['Influencers.ListInfluencers.ListInfluencersItem'];
export type InfluencersPage = Schemas['Influencers.ListInfluencers.ListInfluencersResponse'];
/** The list's query; the dashboard leaves out the filters not set. */
export type InfluencerQuery = NonNullable<operations['ListInfluencers']['parameters']['query']>;
/** The list's sorts: each key ascending or, with a leading '-', descending. */
export type InfluencerSort = Schemas['Influencers.ListInfluencers.ListInfluencersSort'];
export type InfluencerSortKey = Exclude<InfluencerSort, `-${string}`>;
export const influencerSortKeys = allOf<InfluencerSortKey>()(['handle', 'relevance', 'updatedAt', 'dataAsOf', 'engagementRate', 'followers', 'growth30', 'erPercentile']);

/** One stored daily audience snapshot (GET /api/influencers/{id}/audience); unknown counts are null. */
export type AudienceDay = Schemas['Influencers.GetAudience.AudienceDayResponse'];
export type ContentType = Schemas['Influencers.ContentType'];
/** A stored post with its interactions and engagement rate (GET /api/influencers/{id}/posts). */
export type PostWithEngagement = Schemas['Influencers.ListPosts.PostEngagementResponse'];
export type PostsPage = Schemas['Influencers.ListPosts.ListPostsResponse'];
export type MetricRun = Schemas['MetricsUpdate.ListMetricUpdates.ListMetricUpdatesItem'];
/** A category in use and how many influencers have it (GET /api/influencers/categories). */
export type CategoryCount = Schemas['Influencers.ListCategories.ListCategoriesItem'];
/** A saved list (GET /api/lists): the caller's own, never anyone else's. */
export type SavedList = Schemas['Lists.SavedListResponse'];

/** A signed-in session (a refresh-token family) of the caller (GET /api/auth/sessions). */
export type AccountSession = Schemas['Auth.ListSessions.SessionResponse'];
/** An account as an admin sees it (GET /api/users). */
export type AdminUser = Schemas['Auth.AdminUserResponse'];
export type UsersPage = Schemas['Auth.ListUsers.ListUsersResponse'];
export type UsersQuery = NonNullable<operations['ListUsers']['parameters']['query']>;
/** POST /api/invitations answers with the token, once; the list never shows it again. */
export type CreatedInvitation = Schemas['Auth.CreateInvitation.CreateInvitationResponse'];
/** An invitation in the admin's list (GET /api/invitations). */
export type Invitation = Schemas['Auth.ListInvitations.InvitationResponse'];
/** With an invitation the email is optional: the account takes the invitation's. */
export type Registration = Schemas['Auth.Register.RegisterCommand'];
/** What login and refresh answer; in cookie mode the refresh token itself stays in the HttpOnly cookie. */
export type TokenResponse = Schemas['Auth.TokenPairResponse'];
/** The body of every error (RFC 9457); a 400's also names the fields that failed. */
export type ApiProblem = Schemas['ValidationProblemDetails'];
