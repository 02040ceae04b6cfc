using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.RunNow;

/// <summary>One <see cref="ExecuteRunCommand"/> per influencer, in order: a run may rank among the results of the runs before it.</summary>
public sealed class RunNowHandler(ISender sender) : ICommandHandler<RunNowCommand, RunNowResult>
{
    public async ValueTask<RunNowResult> Handle(RunNowCommand command, CancellationToken cancellationToken)
    {
        int succeeded = 0, failed = 0;
        foreach (var influencerId in command.InfluencerIds)
        {
            var outcome = await sender.Send(new ExecuteRunCommand(influencerId, RunTrigger.Manual), cancellationToken);
            if (outcome.Status == RunStatus.Succeeded)
            {
                succeeded++;
            }
            else
            {
                failed++;
            }
        }

        return new RunNowResult(succeeded, failed);
    }
}
