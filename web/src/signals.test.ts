import { describe, expect, it } from 'vitest';
import type { SignalsMetrics } from './api/client';
import { confidenceExplanation, describeEvidence, flagSummary, signed } from './signals';

describe('signals', () => {
  it('signs changes', () => {
    expect(signed(6200)).toBe('+6,200');
    expect(signed(-350)).toBe('−350');
    expect(signed(40.5)).toBe('+40.5');
    expect(signed(0)).toBe('0');
  });

  it('describes a spike and a drop against the usual daily change', () => {
    const spike = { date: '2026-11-03', change: 6200, baselineMedian: 440, baselineMad: 35.5, baselineDays: 14, matchingDays: 1 };
    expect(describeEvidence('followerSpike', spike)).toBe(
      '+6,200 followers on 3 Nov 2026 against a usual daily change of +440 (median of the 14 days before, typical deviation 35.5)',
    );
    const drop = { ...spike, change: -3000, baselineMedian: -12.25, matchingDays: 3 };
    expect(describeEvidence('followerDrop', drop)).toBe(
      '−3,000 followers on 3 Nov 2026 against a usual daily change of −12.25 (median of the 14 days before, typical deviation 35.5); 2 other days in the last 30 also stood out',
    );
  });

  it('describes the other flags', () => {
    expect(describeEvidence('massFollowing', { following: 2300, followers: 19000, ratio: 2300 / 19000 })).toBe(
      'follows 2,300 accounts, 12 % of its 19,000 followers',
    );
    expect(describeEvidence('lowEngagementForTier', { engagementRatePublic: 0.4, erTierMedian: 2.1, erPercentile: 3.2 })).toBe(
      "comparable engagement 0.40 % is under a quarter of its tier's median 2.10 % (better than only 3 % of its peers)",
    );
    expect(describeEvidence('highCommentToLikeRatio', { postsSampled: 12, totalLikes: 9000, totalComments: 1200, ratio: 1200 / 9000 })).toBe(
      '1,200 comments against 9,000 likes over the 12 newest posts: 13.3 comments for every 100 likes',
    );
    expect(describeEvidence('likesExceedViews', { posts: 1, postsWithViews: 20, externalId: 'p12', likes: 5000, views: 3000 })).toBe(
      '1 of 20 posts with a view count has more likes than views; the newest, p12, has 5,000 likes and 3,000 views',
    );
  });

  it('counts the flags and explains the data confidence', () => {
    const signals: SignalsMetrics = {
      flags: [
        { id: 'followerSpike', status: 'raised', evidence: {} },
        { id: 'followerDrop', status: 'clear', evidence: null },
        { id: 'massFollowing', status: 'insufficientData', evidence: null },
        { id: 'lowEngagementForTier', status: 'insufficientData', evidence: null },
        { id: 'highCommentToLikeRatio', status: 'clear', evidence: null },
        { id: 'likesExceedViews', status: 'clear', evidence: null },
      ],
      raisedFlags: ['followerSpike'],
      snapshotDays30: 30,
      dataConfidence: 'high',
    };
    expect(flagSummary(signals)).toBe('1 raised, 3 clear, 2 without enough data');
    expect(confidenceExplanation(signals, 12)).toBe(
      '12 newest posts sampled and 30 daily snapshots in the last 30 days: enough for every signal (high needs 12 posts and 21 days).',
    );
    expect(confidenceExplanation({ ...signals, dataConfidence: 'low', snapshotDays30: 1 }, null)).toBe(
      'an unknown number of posts sampled and 1 daily snapshot in the last 30 days: too little data to rely on the signals (medium needs 6 posts and 7 days).',
    );
  });
});
