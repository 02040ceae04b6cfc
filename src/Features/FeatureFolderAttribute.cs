namespace AnalisaAI.Api.Features;

/// <summary>
/// Marks the folder (namespace) of <see cref="TypeInFolder"/> as a feature's internal folder: workflow code that
/// the feature's slices share, not a slice. The architecture test lets any slice of the feature use it, and
/// still forbids a slice to use another slice's files.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureFolderAttribute(Type typeInFolder) : Attribute
{
    public Type TypeInFolder { get; } = typeInFolder;
}
