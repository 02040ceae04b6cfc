using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.RenameList;

public sealed class RenameListHandler(AppDbContext db, TimeProvider time) : ICommandHandler<RenameListCommand, SavedListResponse>
{
    public async ValueTask<SavedListResponse> Handle(RenameListCommand command, CancellationToken cancellationToken)
    {
        var list = await OwnedLists.FindAsync(db, command.Id, command.OwnerId, cancellationToken);
        list.Name = command.Name!.Trim();
        list.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return await OwnedLists.ResponseAsync(db, list.Id, cancellationToken);
    }
}
