using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.DeleteInfluencer;

/// <summary>
/// One DELETE statement: the database's cascades take the posts, stories, snapshots, category links,
/// metric runs and their results with the influencer, atomically, without loading any of them.
/// </summary>
public sealed class DeleteInfluencerHandler(AppDbContext db) : ICommandHandler<DeleteInfluencerCommand>
{
    public async ValueTask<Unit> Handle(DeleteInfluencerCommand command, CancellationToken cancellationToken)
    {
        var deleted = await db.Influencers.Where(i => i.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw NotFoundException.For("Influencer", command.Id);
        }

        return Unit.Value;
    }
}
