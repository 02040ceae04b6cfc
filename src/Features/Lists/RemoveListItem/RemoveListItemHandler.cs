using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Lists.RemoveListItem;

/// <summary>Removing an influencer the list does not hold changes nothing (not even updatedAt) and is still a 204: the outcome is the one asked for.</summary>
public sealed class RemoveListItemHandler(AppDbContext db, TimeProvider time) : ICommandHandler<RemoveListItemCommand>
{
    public async ValueTask<Unit> Handle(RemoveListItemCommand command, CancellationToken cancellationToken)
    {
        // Retried whole on a transient failure (TransientFailureRetries): removing an item and touching the list again
        // leaves the same state, whatever an earlier attempt did.
        await TransientFailureRetries.InTransactionAsync(db, token => RemoveAsync(command, token), cancellationToken);
        return Unit.Value;
    }

    private async Task RemoveAsync(RemoveListItemCommand command, CancellationToken cancellationToken)
    {
        await OwnedLists.LockAsync(db, command.Id, command.OwnerId, cancellationToken);
        var removed = await db.SavedListItems
            .Where(i => i.ListId == command.Id && i.InfluencerId == command.InfluencerId)
            .ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            await OwnedLists.TouchAsync(db, command.Id, time.GetUtcNow().UtcDateTime, cancellationToken);
        }
    }
}
