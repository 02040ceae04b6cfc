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
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await publisher.Publish(new InfluencerDeleting(command.Id), cancellationToken);
        var deleted = await db.Influencers.Where(i => i.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw NotFoundException.For("Influencer", command.Id);
        }

        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
