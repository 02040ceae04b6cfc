using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.DeleteInfluencer;

/// <summary>
/// One transaction: <see cref="InfluencerDeleting"/> lets other features record the deletion, then one DELETE
/// statement, whose cascades take the posts, stories, snapshots, category links, metric runs and their results
/// with the influencer, without loading any of them.
/// </summary>
public sealed class DeleteInfluencerHandler(AppDbContext db, IPublisher publisher) : ICommandHandler<DeleteInfluencerCommand>
{
    public async ValueTask<Unit> Handle(DeleteInfluencerCommand command, CancellationToken cancellationToken)
    {
        // Retried whole on a transient failure (TransientFailureRetries): the handlers of InfluencerDeleting only write
        // the database, in this transaction, so an attempt after one that rolled back does the same once.
        await TransientFailureRetries.InTransactionAsync(db, token => DeleteAsync(command, token), cancellationToken);
        return Unit.Value;
    }

    private async Task DeleteAsync(DeleteInfluencerCommand command, CancellationToken cancellationToken)
    {
        await publisher.Publish(new InfluencerDeleting(command.Id), cancellationToken);
        var deleted = await db.Influencers.Where(i => i.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw NotFoundException.For("Influencer", command.Id);
        }
    }
}
