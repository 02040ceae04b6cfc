using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>Applies validated create/update fields to a tracked influencer and saves it, turning key clashes into 409s.</summary>
public static class InfluencerWriter
{
    public static async Task ApplyAsync(AppDbContext db, Influencer influencer, IInfluencerFields fields, CancellationToken cancellationToken)
    {
        var handle = InfluencerRules.CleanHandle(fields.Handle!);
        var platform = ApiEnum.Parse<Platform>(fields.Platform);

        influencer.Handle = handle;
        influencer.NormalizedHandle = Influencer.Normalize(handle);
        influencer.Platform = platform;
        influencer.DisplayName = string.IsNullOrWhiteSpace(fields.DisplayName) ? null : fields.DisplayName.Trim();
        influencer.Followers = fields.Followers;
        influencer.Following = fields.Following;
        influencer.PostsCount = fields.PostsCount;

        var names = InfluencerRules.NormalizeCategories(fields.Categories);
        var categories = await db.Categories.Where(c => names.Contains(c.Name)).ToListAsync(cancellationToken);
        foreach (var missing in names.Except(categories.Select(c => c.Name), StringComparer.Ordinal))
        {
            var category = new Category { Name = missing };
            db.Categories.Add(category);
            categories.Add(category);
        }

        influencer.Categories.RemoveAll(c => !names.Contains(c.Name, StringComparer.Ordinal));
        foreach (var category in categories.Where(c => !influencer.Categories.Contains(c)))
        {
            influencer.Categories.Add(category);
        }
    }

    /// <summary>Refuses a (platform, handle) that another influencer already has.</summary>
    public static async Task EnsureUniqueAsync(AppDbContext db, Influencer influencer, CancellationToken cancellationToken)
    {
        if (await IsTakenAsync(db, influencer, cancellationToken))
        {
            throw Duplicate(influencer);
        }
    }

    public static async Task SaveAsync(AppDbContext db, Influencer influencer, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The influencer was changed at the same time; reload it and try again.");
        }
        catch (DbUpdateException exception) when (!DatabaseErrors.IsTransient(exception))
        {
            // A concurrent write got past the check first; the unique indexes decided.
            throw await IsTakenAsync(db, influencer, cancellationToken)
                ? Duplicate(influencer)
                : new ConflictException("A concurrent change conflicted with this one; try again.");
        }
    }

    private static Task<bool> IsTakenAsync(AppDbContext db, Influencer influencer, CancellationToken cancellationToken) =>
        db.Influencers.AsNoTracking().AnyAsync(
            i => i.Platform == influencer.Platform && i.NormalizedHandle == influencer.NormalizedHandle && i.Id != influencer.Id,
            cancellationToken);

    private static ConflictException Duplicate(Influencer influencer) =>
        new($"An influencer with the handle '{influencer.Handle}' already exists on this platform.");
}
