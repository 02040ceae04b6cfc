using System.Reflection;
using AnalisaAI.Api.Features;
using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.UnitTests.Architecture.Control.Features.Reports.GetReport;
using AnalisaAI.UnitTests.Architecture.Control.Features.Reports.ListReports;
using NetArchTest.Rules;

namespace AnalisaAI.UnitTests.Architecture;

/// <summary>
/// Inside a feature: a slice is a folder named after its use case; a feature folder (marked with
/// <see cref="FeatureFolderAttribute"/>) holds workflow code that the feature's slices share. A slice may use its
/// feature's folders and loose files, and another slice only through that slice's mediator messages; a folder
/// never uses a slice's files. Each rule has a control that shows the check sees what it forbids.
/// </summary>
public sealed partial class SliceDependencyTests
{
    private const string ControlFeatures = "AnalisaAI.UnitTests.Architecture.Control.Features";

    public static TheoryData<string> Slices() => [.. SlicesOf(Api, Features)];

    public static TheoryData<string> Folders() => [.. FoldersOf(Api)];

    [Fact]
    public void Feature_folders_are_found_and_are_not_slices()
    {
        FoldersOf(Api).Should().Contain(typeof(ClaimStore).Namespace!);
        FoldersOf(Api).Should().HaveCountGreaterThan(5).And.OnlyContain(f => f.StartsWith($"{Features}.MetricsUpdate.", StringComparison.Ordinal));
        SlicesOf(Api, Features).Should().Contain($"{Features}.MetricsUpdate.GetFreshness").And.NotIntersectWith(FoldersOf(Api));
    }

    [Theory]
    [MemberData(nameof(Slices))]
    public void A_slice_reaches_another_slice_of_its_feature_only_through_its_messages(string slice)
    {
        SiblingBreaches(Api, slice).Should().BeEmpty($"{slice} must reach its sibling slices only through the mediator or the database");
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_feature_folder_uses_no_slice_files(string folder)
    {
        FolderBreaches(Api, folder).Should().BeEmpty($"{folder} is shared by the slices and must not depend on one of them");
    }

    [Fact]
    public void The_sibling_check_reports_a_slice_that_uses_another_slices_files_but_not_one_that_uses_a_folder()
    {
        // The control: ListReports uses GetReport's handler (forbidden); GetReport uses the Queue folder (allowed).
        SlicesOf(typeof(ListReportsHandler).Assembly, ControlFeatures).Should().Equal($"{ControlFeatures}.Reports.GetReport", $"{ControlFeatures}.Reports.ListReports");

        SiblingBreaches(typeof(ListReportsHandler).Assembly, $"{ControlFeatures}.Reports.ListReports").Should().Equal(typeof(ListReportsHandler).FullName);
        SiblingBreaches(typeof(GetReportHandler).Assembly, $"{ControlFeatures}.Reports.GetReport").Should().BeEmpty();
    }

    [Fact]
    public void The_folder_check_reports_a_folder_that_uses_a_slices_files()
    {
        var control = typeof(ListReportsHandler).Assembly;

        FolderBreaches(control, $"{ControlFeatures}.Reports.Queue").Should().Equal($"{ControlFeatures}.Reports.Queue.ReportQueueAudit");
    }

    /// <summary>The namespaces the assembly marks as feature folders.</summary>
    private static IReadOnlyList<string> FoldersOf(Assembly assembly) =>
        [.. assembly.GetCustomAttributes<FeatureFolderAttribute>().Select(a => a.TypeInFolder.Namespace!).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every namespace one level inside a feature that is not a feature folder.</summary>
    private static IReadOnlyList<string> SlicesOf(Assembly assembly, string featuresRoot)
    {
        var folders = FoldersOf(assembly);
        return [.. assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith(featuresRoot + ".", StringComparison.Ordinal))
            .Select(ns => ns[(featuresRoot.Length + 1)..].Split('.'))
            .Where(parts => parts.Length >= 2)
            .Select(parts => $"{featuresRoot}.{parts[0]}.{parts[1]}")
            .Where(ns => !folders.Contains(ns))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The types of <paramref name="slice"/> that use a file of a sibling slice other than its messages.</summary>
    private static string[] SiblingBreaches(Assembly assembly, string slice)
    {
        var feature = slice[..slice.LastIndexOf('.')];
        var folders = FoldersOf(assembly);
        return Breaches(assembly, slice, ns => ns != slice && !ns.StartsWith(slice + ".", StringComparison.Ordinal)
            && !folders.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal)), feature);
    }

    /// <summary>The types of <paramref name="folder"/> that use a file of one of its feature's slices other than its messages.</summary>
    private static string[] FolderBreaches(Assembly assembly, string folder)
    {
        var feature = folder[..folder.LastIndexOf('.')];
        var folders = FoldersOf(assembly);
        return Breaches(assembly, folder, ns => !folders.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal)), feature);
    }

    private static string[] Breaches(Assembly assembly, string user, Func<string, bool> isForbiddenNamespace, string feature)
    {
        var messages = MessagesOf(assembly);
        var forbidden = assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(feature + ".", StringComparison.Ordinal) && isForbiddenNamespace(ns)
                && !t.IsNested && !messages.Contains(t) && !SharedContracts.Contains(t))
            .Select(t => t.FullName!)
            .ToArray();
        if (forbidden.Length == 0)
        {
            return [];
        }

        var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching(InNamespace(user))
            .Should().NotHaveDependencyOnAny(forbidden).GetResult();
        return [.. result.FailingTypeNames ?? []];
    }
}
