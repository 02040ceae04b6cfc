using AnalisaAI.Api.Features.Metrics;
using Mediator;

namespace AnalisaAI.Api.Features.MetricUpdates.ScheduleRecalculation;

/// <summary>
/// Schedules a background recalculation of one influencer through Quartz. A request for an influencer
/// that already has one pending coalesces with it.
/// </summary>
public sealed record ScheduleRecalculationCommand(Guid InfluencerId, RunTrigger Trigger, Guid? RunId = null)
    : ICommand<ScheduleRecalculationResult>;
