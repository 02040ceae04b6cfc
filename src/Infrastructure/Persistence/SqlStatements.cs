using System.Text.RegularExpressions;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>What a command's text says about it, for the interceptors that treat writes apart from reads.</summary>
public static partial class SqlStatements
{
    /// <summary>
    /// True when the command writes: its first statement, after comments (a tag such as the claim's) and
    /// <c>SET</c> options (SQL Server's batches start with them), inserts, updates, deletes or merges.
    /// </summary>
    public static bool IsWrite(string sql) => Write().IsMatch(sql);

    [GeneratedRegex(@"\A\s*(?:(?:--[^\n]*(?:\n|\z)|/\*.*?\*/)\s*|SET\s[^;]*;\s*)*(?:INSERT|UPDATE|DELETE|REPLACE|MERGE)\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Write();
}
