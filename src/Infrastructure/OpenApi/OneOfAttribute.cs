using System.Reflection;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// On a response property that is text (or a list of text) from a closed set: the set is the static list
/// <paramref name="member"/> (<c>All</c> by default) of <paramref name="valuesFrom"/>, the one the code writes from,
/// and the document shows it as an enum.
/// Responses have no validator to read this from (request bodies do: <see cref="Validation.ShapedRules.OneOf{T}"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute(Type valuesFrom, string member = "All") : Attribute
{
    public Type ValuesFrom { get; } = valuesFrom;

    public string Member { get; } = member;

    public IReadOnlyList<string> Values =>
        ValuesFrom.GetProperty(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<string>
        ?? ValuesFrom.GetField(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<string>
        ?? throw new InvalidOperationException($"{ValuesFrom.Name} has no public static list {Member}.");
}
