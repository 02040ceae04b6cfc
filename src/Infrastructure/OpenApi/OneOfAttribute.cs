using System.Reflection;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// On a response property that is text (or a list of text) from a closed set: the set is the static
/// <see cref="ClosedSet"/> <paramref name="member"/> (<c>All</c> by default) of <paramref name="valuesFrom"/>, the
/// one the code writes from, and the document refers to its schema.
/// Responses have no validator to read this from (request bodies do: <see cref="Validation.ShapedRules.OneOf{T}"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute(Type valuesFrom, string member = "All") : Attribute
{
    public Type ValuesFrom { get; } = valuesFrom;

    public string Member { get; } = member;

    public ClosedSet Values =>
        ValuesFrom.GetProperty(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ClosedSet
        ?? ValuesFrom.GetField(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ClosedSet
        ?? throw new InvalidOperationException($"{ValuesFrom.Name} has no public static closed set {Member}.");
}
