using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Lists.AddListItems;

/// <summary>
/// One transaction that first locks the list (<see cref="OwnedLists.LockAsync"/>), so two adds to one list go one
/// after the other and the 1,000-item limit holds exactly. The key (list, influencer) keeps duplicates out
/// whatever happens; should a write still fail (a duplicate or an influencer deleted meanwhile, where the lock
/// did not apply), the add is tried again from the start, and its checks then answer.
/// </summary>
public sealed class AddListItemsHandler(AppDbContext db, TimeProvider time) : ICommandHandler<AddListItemsCommand, AddListItemsResponse>
{
    private const int Attempts = 3;

    public async ValueTask<AddListItemsResponse> Handle(AddListItemsCommand command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new AddListItemsResponse(await AddAsync(command, cancellationToken));
            }
            catch (DbUpdateException exception) when (attempt < Attempts && !DatabaseErrors.IsTransient(exception))
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException exception) when (!DatabaseErrors.IsTransient(exception))
            {
                throw new ConflictException("The list changed at the same time; try again.");
            }
        }
    }

    // Retried whole on a transient failure (TransientFailureRetries): an attempt reads the list's items again and adds
    // only those it does not hold, so a failed attempt that rolled back leaves nothing to double.
    private Task<int> AddAsync(AddListItemsCommand command, CancellationToken cancellationToken) =>
        TransientFailureRetries.InTransactionAsync(db, token => AddInTransactionAsync(command, token), cancellationToken);

    private async Task<int> AddInTransactionAsync(AddListItemsCommand command, CancellationToken cancellationToken)
    {
        var requested = command.InfluencerIds!.Distinct().ToArray();
        await OwnedLists.LockAsync(db, command.Id, command.OwnerId, cancellationToken);

        var known = (await db.Influencers.AsNoTracking().Where(i => requested.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
        var unknown = command.InfluencerIds!
            .Select((id, index) => (id, index))
            .Where(x => !known.Contains(x.id))
            .Select(x => new ValidationFailure($"{nameof(command.InfluencerIds)}[{x.index}]", $"Influencer {x.id} does not exist."))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException(unknown);
        }

        var present = await db.SavedListItems.AsNoTracking()
            .Where(i => i.ListId == command.Id && requested.Contains(i.InfluencerId))
            .Select(i => i.InfluencerId)
            .ToListAsync(cancellationToken);
        var added = requested.Except(present).ToArray();
        if (added.Length == 0)
        {
            return 0;
        }

        var count = await db.SavedListItems.CountAsync(i => i.ListId == command.Id, cancellationToken);
        if (count + added.Length > SavedList.MaxItems)
        {
            throw SavedListRules.LimitReached(
                "influencerIds",
                $"A list holds at most {SavedList.MaxItems} influencers: this one has {count}, and {added.Length} of these are new.");
        }

        var last = await db.SavedListItems.Where(i => i.ListId == command.Id).MaxAsync(i => (long?)i.Position, cancellationToken) ?? 0;
        var now = time.GetUtcNow().UtcDateTime;
        db.SavedListItems.AddRange(added.Select((influencerId, index) => new SavedListItem
        {
            ListId = command.Id,
            InfluencerId = influencerId,
            Position = last + index + 1,
            AddedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await OwnedLists.TouchAsync(db, command.Id, now, cancellationToken);
        return added.Length;
    }
}
