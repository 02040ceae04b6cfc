using System.Reflection;
using System.Text.RegularExpressions;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace AnalisaAI.UnitTests.Architecture;

/// <summary>
/// A slice (AnalisaAI.Api.Features.&lt;Feature&gt;.&lt;Slice&gt;) never reaches into another slice; the feature level
/// (AnalisaAI.Api.Features.&lt;Feature&gt;) is shared. Slices are found by reflection, so new ones are covered.
/// Each rule has a control showing that NetArchTest does see the kind of dependency the rule forbids.
/// </summary>
public partial class SliceDependencyTests
{
    private const string Infrastructure = "AnalisaAI.Api.Infrastructure";

    /// <summary>The mediator's compile-time registry: generated code that lists every handler by design.</summary>
    private const string GeneratedMediator = "AnalisaAI.Api.Infrastructure.Mediator.Generated";

    /// <summary>Breaches that exist today, each to be removed from here when fixed (a test fails while an entry is stale).</summary>
    private static readonly Dictionary<string, string[]> KnownBreaches = [];

    private static readonly Assembly Api = typeof(AppDbContext).Assembly;

    /// <summary>
    /// What slices may share: mediator messages (commands, queries, notifications), the types they carry and
    /// the results they return. Slices talk through these; handlers, validators, endpoints and the rest stay private.
    /// </summary>
    private static readonly HashSet<Type> Contracts = FindContracts();

    public static TheoryData<string> Slices() => [.. SliceNamespaces()];

    [Fact]
    public void Slices_are_found()
    {
        SliceNamespaces().Should().Contain(["AnalisaAI.Api.Features.Auth.Login", "AnalisaAI.Api.Features.Auth.RefreshToken"]);
    }

    [Fact]
    public void The_dependency_check_sees_real_dependencies()
    {
        // The control: the same check does report the Login slice's use of its feature's shared types.
        var result = Types.InAssembly(Api).That().ResideInNamespaceMatching(InNamespace("AnalisaAI.Api.Features.Auth.Login"))
            .Should().NotHaveDependencyOnAny("AnalisaAI.Api.Features.Auth").GetResult();

        result.IsSuccessful.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Slices))]
    public void A_slice_does_not_depend_on_another_slice(string slice)
    {
        var allowed = KnownBreaches.GetValueOrDefault(slice, []);
        var others = SliceNamespaces().Where(other => other != slice && !allowed.Contains(other)).ToHashSet();
        var privateTypesOfOthers = Api.GetTypes()
            .Where(t => t.Namespace is { } ns && others.Contains(ns) && !t.IsNested && !Contracts.Contains(t))
            .Select(t => t.FullName!)
            .ToArray();

        var result = Types.InAssembly(Api).That().ResideInNamespaceMatching(InNamespace(slice))
            .Should().NotHaveDependencyOnAny(privateTypesOfOthers).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty($"{slice} must reach other slices only through the mediator or the database");
    }

    [Fact]
    public void Handlers_are_never_contracts()
    {
        Contracts.Should().Contain(typeof(Api.Features.Auth.Login.LoginCommand));
        Contracts.Should().NotContain(t => t.Name.EndsWith("Handler", StringComparison.Ordinal) || t.Name.EndsWith("Endpoint", StringComparison.Ordinal));
    }

    private static HashSet<Type> FindContracts()
    {
        var contracts = new HashSet<Type>();
        foreach (var message in Api.GetTypes().Where(t => typeof(Mediator.IMessage).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }))
        {
            contracts.Add(message);
            contracts.UnionWith(message.GetInterfaces().Where(i => i.IsGenericType).SelectMany(i => i.GetGenericArguments()));
            contracts.UnionWith(message.GetProperties().Select(p => p.PropertyType));
        }

        // What a result carries is part of it (a record inside a response).
        contracts.UnionWith(contracts.ToArray().SelectMany(t => t.GetProperties().Select(p => p.PropertyType)));
        return contracts.Where(t => t.Assembly == Api).ToHashSet();
    }

    [Fact]
    public void Known_breaches_are_still_real()
    {
        foreach (var (slice, targets) in KnownBreaches)
        {
            foreach (var target in targets)
            {
                Types.InAssembly(Api).That().ResideInNamespaceMatching(InNamespace(slice))
                    .Should().NotHaveDependencyOnAny(target).GetResult().IsSuccessful
                    .Should().BeFalse($"{slice} -> {target} is fixed: remove it from KnownBreaches");
            }
        }
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_slices()
    {
        Types.InAssembly(Api).That().ResideInNamespace(GeneratedMediator)
            .Should().NotHaveDependencyOnAny([.. SliceNamespaces()]).GetResult().IsSuccessful
            .Should().BeFalse("the control: the generated mediator registry does reference the slices' handlers");

        var slices = SliceNamespaces().ToArray();

        var result = Types.InAssembly(Api).That().ResideInNamespaceMatching(InNamespace(Infrastructure))
            .And().DoNotResideInNamespace(GeneratedMediator)
            .And().DoNotResideInNamespace(typeof(AppDbContext).Namespace)
            .Should().NotHaveDependencyOnAny(slices).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty();
    }

    [Fact]
    public void Persistence_uses_only_the_entities_of_slices()
    {
        // Entities live in their slices (architecture.md) and the DbContext must map them; nothing else is allowed.
        using var context = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        var entities = context.Model.GetEntityTypes().Select(e => e.ClrType).ToHashSet();
        var sliceNamespaces = SliceNamespaces().ToHashSet();
        var nonEntitySliceTypes = Api.GetTypes()
            .Where(t => t.Namespace is { } ns && sliceNamespaces.Any(slice => ns == slice || ns.StartsWith(slice + ".", StringComparison.Ordinal)))
            .Where(t => !entities.Contains(t) && !t.IsNested && t.FullName is not null)
            .Select(t => t.FullName!)
            .ToArray();
        nonEntitySliceTypes.Should().NotBeEmpty();
        Types.InAssembly(Api).That().ResideInNamespace(typeof(AppDbContext).Namespace)
            .Should().NotHaveDependencyOnAny(typeof(User).FullName).GetResult().IsSuccessful
            .Should().BeFalse("the control: persistence does map the User entity, and the check must see it");

        var result = Types.InAssembly(Api).That().ResideInNamespace(typeof(AppDbContext).Namespace)
            .Should().NotHaveDependencyOnAny(nonEntitySliceTypes).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty();
    }

    private static string InNamespace(string ns) => $"^{Regex.Escape(ns)}(\\..*)?$";

    private static IReadOnlyList<string> SliceNamespaces() =>
        [.. Api.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Select(ns => SliceNamespace().Match(ns))
            .Where(m => m.Success)
            .Select(m => m.Value)
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^AnalisaAI\.Api\.Features\.[^.]+\.[^.]+")]
    private static partial Regex SliceNamespace();
}
