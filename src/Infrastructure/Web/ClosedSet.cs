using System.Collections;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// A closed set of text values that the API reads and writes (a platform, a role, a follower tier, ...): the one
/// list that the validators check against and the code writes from, and the name under which the OpenAPI document
/// shows it, as one component schema that every request body, query parameter and response refers to. One name,
/// so that a generated client has one type for the set instead of one per place it appears.
/// </summary>
public sealed class ClosedSet : IReadOnlyList<string>
{
    private readonly string[] values;

    /// <param name="declaredBy">The type that defines the set: the schema takes its place among the feature's schemas.</param>
    /// <param name="name">The schema's own name, singular (<c>Role</c> for the roles).</param>
    /// <param name="values">Every value, in the order the API lists them.</param>
    public ClosedSet(Type declaredBy, string name, IEnumerable<string> values)
    {
        DeclaredBy = declaredBy;
        Name = name;
        this.values = [.. values];
    }

    public Type DeclaredBy { get; }

    public string Name { get; }

    public int Count => values.Length;

    public string this[int index] => values[index];

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", values);
}
