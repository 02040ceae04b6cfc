using System.Text.RegularExpressions;

namespace AnalisaAI.UnitTests.Docs;

/// <summary>
/// The README and docs/ are what a user who clones the repo reads: every relative link in them must resolve
/// to a file or folder inside the repository, and the code's comments cite docs that exist.
/// </summary>
public partial class DocumentationLinkTests
{
    private static readonly string Root = RepositoryRoot.Path;

    public static TheoryData<string> Pages() => RepositoryRoot.DocumentationPages();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_resolves_inside_the_repository(string page)
    {
        var path = Path.Combine(Root, page);
        var broken = MarkdownLink().Matches(File.ReadAllText(path))
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(target => target.Split('#')[0])
            .Where(target => target.Length > 0)
            .Where(target =>
            {
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, target));
                var inside = resolved.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                return !inside || !(File.Exists(resolved) || Directory.Exists(resolved));
            })
            .ToArray();

        broken.Should().BeEmpty($"{page} links only to files inside the repository");
    }

    [Fact]
    public void The_code_cites_only_docs_that_exist()
    {
        var cited = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => CitedDoc().Matches(File.ReadAllText(file)).Select(m => m.Value))
            .Distinct()
            .ToArray();

        cited.Should().NotBeEmpty();
        cited.Where(doc => !File.Exists(Path.Combine(Root, doc))).Should().BeEmpty();
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"docs/[A-Za-z0-9_./-]+\.md")]
    private static partial Regex CitedDoc();
}
