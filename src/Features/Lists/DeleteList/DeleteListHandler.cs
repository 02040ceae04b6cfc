using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Lists.DeleteList;

/// <summary>One DELETE; the list's items go with it by the database's cascade.</summary>
public sealed class DeleteListHandler(AppDbContext db) : ICommandHandler<DeleteListCommand>
{
    public async ValueTask<Unit> Handle(DeleteListCommand command, CancellationToken cancellationToken)
    {
        var deleted = await OwnedLists.Of(db, command.OwnerId).Where(l => l.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? throw OwnedLists.NotFound(command.Id) : Unit.Value;
    }
}
