using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Lists.CreateList;

/// <summary>
/// The count and the insert share a transaction, which SQLite's one writer serializes; on a server database two
/// creates by one user at the same instant could both pass at 99 lists and end at 101, a bound loose by the
/// number of simultaneous requests, where a lock per user would cost every create.
/// </summary>
public sealed class CreateListHandler(AppDbContext db, TimeProvider time) : ICommandHandler<CreateListCommand, SavedListResponse>
{
    // Retried whole on a transient failure (TransientFailureRetries): an attempt counts again and inserts a list of its
    // own; one whose commit may have gone through is not retried, so a create never makes two lists.
    public async ValueTask<SavedListResponse> Handle(CreateListCommand command, CancellationToken cancellationToken) =>
        await TransientFailureRetries.InTransactionAsync(db, token => CreateAsync(command, token), cancellationToken);

    private async Task<SavedListResponse> CreateAsync(CreateListCommand command, CancellationToken cancellationToken)
    {
        var count = await OwnedLists.Of(db, command.OwnerId).CountAsync(cancellationToken);
        if (count >= SavedList.MaxListsPerOwner)
        {
            throw SavedListRules.LimitReached("name", $"You have {count} lists, the most one user may keep ({SavedList.MaxListsPerOwner}): delete one first.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var list = new SavedList { Id = Guid.CreateVersion7(), OwnerId = command.OwnerId, Name = command.Name!.Trim(), CreatedAt = now, UpdatedAt = now };
        db.SavedLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        return new SavedListResponse(list.Id, list.Name, 0, list.CreatedAt, list.UpdatedAt);
    }
}
