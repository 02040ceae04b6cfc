using System.Reflection;
using System.Text.RegularExpressions;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Influencers.ListInfluencers;
using AnalisaAI.Api.Features.Influencers.LoadListItems;
using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.CalculateMetrics;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.LoadLatestMetrics;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Features.MetricsUpdate;
using AnalisaAI.Api.Features.MetricsUpdate.LoadDataTargets;
using AnalisaAI.Api.Features.MetricsUpdate.LoadPendingRuns;
using AnalisaAI.Api.Features.MetricsUpdate.RunNow;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Features.SocialData.GetCallAllowance;
using AnalisaAI.Api.Features.SocialData.GetSourceStatus;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.UnitTests.Architecture.Control.Features.Reports;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace AnalisaAI.UnitTests.Architecture;

/// <summary>
/// Every type under AnalisaAI.Api.Features belongs to one feature, loose feature-level files included. A
/// feature uses another feature only through the shared contracts listed here (messages, the entities slices
/// share through the database, the stage contract); inside a feature, a slice reaches another slice only
/// through that slice's mediator messages or those same contracts (a later stage reads an earlier stage's numbers). Each rule has a control showing that the check does see what it forbids.
/// </summary>
public sealed partial class SliceDependencyTests
{
    private const string Features = "AnalisaAI.Api.Features";
    private const string Infrastructure = "AnalisaAI.Api.Infrastructure";

    /// <summary>The mediator's compile-time registry: generated code that lists every handler by design.</summary>
    private const string GeneratedMediator = "AnalisaAI.Api.Infrastructure.Mediator.Generated";

    private static readonly Assembly Api = typeof(AppDbContext).Assembly;

    /// <summary>What one feature may use of another. Anything else is private to its feature.</summary>
    private static readonly HashSet<Type> SharedContracts =
    [
        // Auth: the notifications that start the metrics update, and the accounts the demo seeds.
        typeof(UserLoggedIn), typeof(TokenRefreshed), typeof(User),

        // Influencers: the catalogue's entities, shared through the database, and the interest its reads show, the deletion it announces.
        typeof(InfluencerViewed), typeof(InfluencerDeleting), typeof(Influencer), typeof(Category), typeof(Post), typeof(Story), typeof(AudienceSnapshot),
        typeof(Platform), typeof(ContentType), typeof(LatestRunStatus),

        // Influencers: the bounds every piece of social data passes, whether an admin or a source sends it.
        typeof(IngestionRules),

        // Influencers: the catalogue's list items for given ids, which saved lists show, and their CSV, which saved
        // lists export; the items' one builder, which LoadListItems shares with the page so that both show the same.
        typeof(LoadListItemsQuery), typeof(LoadListItemsResult), typeof(ListInfluencersItem), typeof(ListInfluencersCsv),
        typeof(ListInfluencersItems),

        // Metrics: its reads for the catalogue, and the computation a run asks of it.
        typeof(LoadLatestMetricsQuery), typeof(LoadLatestMetricsResult), typeof(MetricsResponse),
        typeof(EngagementMetrics), typeof(ReachMetrics), typeof(GrowthMetrics), typeof(RelevanceScore), typeof(BenchmarkMetrics), typeof(SignalsMetrics),
        typeof(CalculateMetricsCommand), typeof(CalculateMetricsResult), typeof(CatalogueFigures), typeof(StageResult), typeof(StageFailedException),

        // Metrics: the names the catalogue filters on (tiers, flag ids), the contract's vocabulary.
        typeof(FollowerTier), typeof(SignalIds),

        // MetricsUpdate: the run log, which metrics history reads, and the data targets and pending runs the catalogue shows.
        typeof(MetricRun), typeof(RunStatus), typeof(LoadDataTargetsQuery), typeof(LoadDataTargetsResult),
        typeof(LoadPendingRunsQuery), typeof(LoadPendingRunsResult),

        // MetricsUpdate: runs now, for the demo's first calculation at start-up.
        typeof(RunNowCommand), typeof(RunNowResult),

        // SocialData: the source the profile step asks, and its health for the freshness report; its settings
        // (which source, its budget) and the calls its budget allows, by which the update orders and sizes its work.
        typeof(GetSourceStatusQuery), typeof(SourceStatus), typeof(GetCallAllowanceQuery),
        typeof(SocialDataOptions), typeof(InstagramGraphOptions),
        typeof(ISocialDataSource), typeof(SocialAccount), typeof(SocialProfile), typeof(SocialPost), typeof(SocialDataException),
    ];

    public static TheoryData<string> FeatureNames() => [.. FeaturesOf(Api, Features)];

    [Fact]
    public void Features_and_their_loose_files_are_found()
    {
        FeaturesOf(Api, Features).Should().Contain(["Auth", "Influencers", "Metrics", "MetricsUpdate", "SocialData"]);
        Api.GetTypes().Should().Contain(t => t.Namespace == $"{Features}.MetricsUpdate" && t.Name == nameof(MetricsUpdateOptions),
            "feature-level files are part of their feature and are checked");
    }

    [Fact]
    public void The_check_reports_a_loose_file_that_uses_another_features_slice()
    {
        // The negative control: a pretend feature in this test assembly, one of whose loose files uses the
        // Login slice's handler. The same check that guards the app must report it, and only it.
        var breaches = CrossFeatureBreaches(typeof(ReportsLooseFile).Assembly, "AnalisaAI.UnitTests.Architecture.Control.Features", "Reports");

        breaches.Should().Equal(typeof(ReportsLooseFile).FullName);
    }

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void A_feature_uses_other_features_only_through_shared_contracts(string feature)
    {
        CrossFeatureBreaches(Api, Features, feature).Should().BeEmpty(
            $"{feature} may use another feature only through the shared contracts listed in {nameof(SharedContracts)}");
    }

    [Fact]
    public void Every_shared_contract_is_shared()
    {
        // A contract that nothing outside its own folder uses is private again: take it off the list.
        var unshared = SharedContracts.Where(contract => Types.InAssembly(Api)
                .That().DoNotResideInNamespaceMatching(InNamespace(contract.Namespace!))
                .Should().NotHaveDependencyOn(contract.FullName).GetResult().IsSuccessful)
            .Select(t => t.Name);

        unshared.Should().BeEmpty();
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_features()
    {
        Types.InAssembly(Api).That().ResideInNamespace(GeneratedMediator)
            .Should().NotHaveDependencyOnAny(Features).GetResult().IsSuccessful
            .Should().BeFalse("the control: the generated mediator registry does reference the slices' handlers");

        var result = Types.InAssembly(Api).That().ResideInNamespaceMatching(InNamespace(Infrastructure))
            .And().DoNotResideInNamespace(GeneratedMediator)
            .And().DoNotResideInNamespaceMatching(InNamespace(typeof(AppDbContext).Namespace!))
            .Should().NotHaveDependencyOnAny(Features).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty("Infrastructure holds plumbing only");
    }

    [Fact]
    public void Persistence_uses_only_the_entities_of_features()
    {
        // The DbContext maps the features' entities (and the stage results' base types); nothing else is allowed.
        using var context = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        var entities = context.Model.GetEntityTypes().Select(e => e.ClrType)
            .SelectMany(BaseTypesAndSelf)
            .Concat(context.Model.GetEntityTypes().SelectMany(e => e.GetComplexProperties()).Select(p => p.ClrType))
            .ToHashSet();
        var nonEntityFeatureTypes = Api.GetTypes()
            .Where(t => t.Namespace?.StartsWith(Features + ".", StringComparison.Ordinal) == true)
            .Where(t => !entities.Contains(t) && !t.IsNested && t.FullName is not null && !t.IsEnum)
            .Select(t => t.FullName!)
            .ToArray();
        nonEntityFeatureTypes.Should().NotBeEmpty();
        Types.InAssembly(Api).That().ResideInNamespaceMatching(InNamespace(typeof(AppDbContext).Namespace!))
            .Should().NotHaveDependencyOnAny(typeof(User).FullName).GetResult().IsSuccessful
            .Should().BeFalse("the control: persistence does map the User entity, and the check must see it");

        var result = Types.InAssembly(Api).That().ResideInNamespaceMatching(InNamespace(typeof(AppDbContext).Namespace!))
            .Should().NotHaveDependencyOnAny(nonEntityFeatureTypes).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty();
    }

    private static IEnumerable<Type> BaseTypesAndSelf(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            yield return current.IsGenericType ? current.GetGenericTypeDefinition() : current;
            yield return current;
        }
    }

    /// <summary>The types of <paramref name="feature"/> that use a type of another feature that is not a shared contract.</summary>
    private static string[] CrossFeatureBreaches(Assembly assembly, string featuresRoot, string feature)
    {
        var privateTypesOfOthers = Api.GetTypes()
            .Where(t => FeatureOf(t, Features) is { } owner && owner != feature && !t.IsNested && !SharedContracts.Contains(t)
                && !IsGeneratedMediatorType(t))
            .Select(t => t.FullName!)
            .ToArray();

        var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching(InNamespace($"{featuresRoot}.{feature}"))
            .Should().NotHaveDependencyOnAny(privateTypesOfOthers).GetResult();
        return [.. result.FailingTypeNames ?? []];
    }

    /// <summary>Messages (commands, queries, notifications) and what they carry and return: how sibling slices talk.</summary>
    private static HashSet<Type> MessagesOf(Assembly assembly)
    {
        var messages = new HashSet<Type>();
        foreach (var message in assembly.GetTypes().Where(t => typeof(Mediator.IMessage).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }))
        {
            messages.Add(message);
            messages.UnionWith(message.GetInterfaces().Where(i => i.IsGenericType).SelectMany(i => i.GetGenericArguments()));
            messages.UnionWith(message.GetProperties().Select(p => p.PropertyType));
        }

        return messages.Where(t => t.Assembly == assembly).ToHashSet();
    }

    private static bool IsGeneratedMediatorType(Type type) => type.Namespace?.StartsWith("Mediator", StringComparison.Ordinal) == true;

    private static string? FeatureOf(Type type, string featuresRoot) =>
        type.Namespace is { } ns && ns.StartsWith(featuresRoot + ".", StringComparison.Ordinal)
            ? ns[(featuresRoot.Length + 1)..].Split('.')[0]
            : null;

    private static IReadOnlyList<string> FeaturesOf(Assembly assembly, string featuresRoot) =>
        [.. assembly.GetTypes().Select(t => FeatureOf(t, featuresRoot)).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    private static string InNamespace(string ns) => $"^{Regex.Escape(ns)}(\\..*)?$";
}
