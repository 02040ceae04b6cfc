namespace AnalisaAI.UnitTests.Docs;

/// <summary>
/// Every type or member that README.md or docs/ names in backticks exists in the code, so the docs cannot
/// keep a name the code dropped. The README's worked example of a new slice is hypothetical and marked so.
/// </summary>
public sealed class DocumentedIdentifierTests
{
    /// <summary>Real names outside the code this test reads, each with why it is real.</summary>
    private static readonly Dictionary<string, string> AllowedOutsideTheCode = new(StringComparer.Ordinal)
    {
        ["MapIdentityApi"] = "ASP.NET Core Identity's endpoint mapper, called (not declared) by the load benchmark's peer app",
        ["HttpOnly"] = "a cookie attribute (RFC 6265) the refresh-token cookie carries, set through ASP.NET Core's CookieOptions",
        ["Secure"] = "a cookie attribute (RFC 6265) the refresh-token cookie carries, set through ASP.NET Core's CookieOptions",
        ["Information"] = "a log level, the default value of the Serilog__MinimumLevel__Default setting (appsettings.json)",
    };

    private static readonly Lazy<CodeNames> Code = new(() => CodeNames.Of(RepositoryRoot.Path));

    public static TheoryData<string> Pages() => RepositoryRoot.DocumentationPages();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_name_in_backticks_exists_in_the_code(string page)
    {
        var names = DocumentedNames.In(File.ReadAllText(Path.Combine(RepositoryRoot.Path, page)));

        // Joined, so the message lists every missing name at once.
        string.Join(", ", names.Where(name => !Exists(name))).Should().BeEmpty($"every type or member {page} names in backticks exists in the code");
    }

    [Fact]
    public void A_made_up_name_is_reported_and_a_real_one_is_not()
    {
        const string page = "The gate is `SqliteWriteGate`, counted by `ForegroundLoad.RequestsInFlight`; the queue is `NoSuchQueueAnywhere`.";

        var missing = DocumentedNames.In(page).Where(name => !Exists(name)).ToArray();

        missing.Should().Equal("NoSuchQueueAnywhere");
    }

    [Fact]
    public void A_made_up_member_of_a_real_type_is_reported()
    {
        DocumentedNames.In("`SqliteWriteGate.NoSuchMember` and `SqliteWriteGate.Dispose`").Where(name => !Exists(name))
            .Should().Equal("SqliteWriteGate.NoSuchMember");
    }

    [Fact]
    public void Names_in_the_hypothetical_example_and_in_code_blocks_are_skipped()
    {
        var page = $"""
            before `RealBefore`
            {DocumentedNames.HypotheticalStart} -->
            `ArchiveInfluencerCommand`
            {DocumentedNames.HypotheticalEnd}
            ```
            `InsideAFence`
            ```
            after `RealAfter`
            """;

        DocumentedNames.In(page).Should().Equal("RealBefore", "RealAfter");
    }

    [Theory]
    [InlineData("MetricsUpdate:MinAge")]
    [InlineData("MetricsUpdate__Budget__Concurrency")]
    [InlineData("/api/metric-updates")]
    [InlineData("src/Features/MetricsUpdate/")]
    [InlineData("UPDATE ... RETURNING")]
    [InlineData("OUTPUT")]
    [InlineData("lastUpdate")]
    [InlineData("dotnet test")]
    [InlineData("appsettings.json")]
    [InlineData("Data Source=data/analisaai.db")]
    [InlineData("<Stage>Metrics")]
    [InlineData("context.Metrics<T>()")]
    public void Paths_routes_settings_sql_commands_and_fields_are_not_names(string code) =>
        DocumentedNames.Normalize(code).Should().BeNull();

    [Theory]
    [InlineData("ClaimStore", "ClaimStore")]
    [InlineData("RunLog.TakeManualRunAsync", "RunLog.TakeManualRunAsync")]
    [InlineData("StageResult<TMetrics>", "StageResult")]
    [InlineData("ICommandHandler<,>", "ICommandHandler")]
    [InlineData("FreshnessReader.ReadAsync()", "FreshnessReader.ReadAsync")]
    public void Code_names_are_read_without_their_generic_arguments_or_parentheses(string code, string name) =>
        DocumentedNames.Normalize(code).Should().Be(name);

    [Fact]
    public void Every_allowed_name_is_really_absent_from_the_code_this_test_reads()
    {
        // An allowed name the code now declares no longer needs the list: keeps the list small and honest.
        AllowedOutsideTheCode.Keys.Where(Code.Value.Has).Should().BeEmpty();
        AllowedOutsideTheCode.Values.Should().OnlyContain(reason => reason.Length > 0);
    }

    private static bool Exists(string name) => AllowedOutsideTheCode.ContainsKey(name) || Code.Value.Has(name);
}
