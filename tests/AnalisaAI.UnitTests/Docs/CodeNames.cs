using System.Reflection;
using System.Text.RegularExpressions;
using AnalisaAI.Api.Infrastructure.Persistence;

namespace AnalisaAI.UnitTests.Docs;

/// <summary>
/// What the code declares, to check a documented name against. By reflection: the types and members of the
/// API and of this test assembly, the public types of the libraries they load, and namespaces. By text:
/// types declared in src/, tests/ and web/src/ (C# and TypeScript, comments left out), which covers the
/// projects this assembly does not load (integration tests, benchmarks, the dashboard); names the code
/// spells as a whole string literal (table, meter and header names) or as a log property (<c>{ElapsedMs}</c>);
/// the packages in Directory.Packages.props; the files and folders at the repository's root. Generated
/// migrations are left out: they keep the history of old names.
/// </summary>
public sealed partial class CodeNames
{
    private const BindingFlags AnyMember = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.FlattenHierarchy;

    private readonly Type[] projectTypes;
    private readonly Type[] allTypes;
    private readonly HashSet<string> projectNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> libraryTypeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> namespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> declaredInSource = new(StringComparer.Ordinal);
    private readonly HashSet<string> spelledInSource = new(StringComparer.Ordinal);

    private CodeNames(string root)
    {
        Assembly[] project = [typeof(AppDbContext).Assembly, typeof(CodeNames).Assembly];
        foreach (var reference in project.SelectMany(a => a.GetReferencedAssemblies()))
        {
            TryLoad(reference);
        }

        projectTypes = [.. project.SelectMany(LoadableTypes)];
        var libraries = AppDomain.CurrentDomain.GetAssemblies().Where(a => !project.Contains(a) && !a.IsDynamic);
        var libraryTypes = libraries.SelectMany(LoadableTypes).Where(t => t.IsPublic || t.IsNestedPublic).ToArray();
        allTypes = [.. projectTypes, .. libraryTypes];

        foreach (var type in projectTypes)
        {
            projectNames.Add(SimpleName(type));
            projectNames.UnionWith(type.GetMembers(AnyMember | BindingFlags.DeclaredOnly).Select(m => m.Name).Where(n => !n.Contains('<', StringComparison.Ordinal)));
            AddNamespace(type.Namespace);
        }

        libraryTypeNames.UnionWith(libraryTypes.Select(SimpleName));
        foreach (var file in SourceFiles(root))
        {
            var text = Comment().Replace(File.ReadAllText(file), string.Empty);
            foreach (var name in Declaration().Matches(text).Select(m => m.Groups["name"].Value))
            {
                (declaredInSource.TryGetValue(name, out var texts) ? texts : declaredInSource[name] = []).Add(text);
            }

            spelledInSource.UnionWith(WholeLiteral().Matches(text).Select(m => m.Groups["name"].Value));
            spelledInSource.UnionWith(LogProperty().Matches(text).Select(m => m.Groups["name"].Value));
        }

        spelledInSource.UnionWith(PackageReference().Matches(File.ReadAllText(Path.Combine(root, "Directory.Packages.props"))).Select(m => m.Groups["name"].Value));
        spelledInSource.UnionWith(Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).OfType<string>());
    }

    public static CodeNames Of(string root) => new(root);

    /// <summary>Whether <paramref name="name"/> (a type, a member, a namespace, or Type.Member) exists in the code.</summary>
    public bool Has(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var segments = name.Split('.');
        if (spelledInSource.Contains(name))
        {
            return true;
        }

        if (segments.Length == 1)
        {
            return projectNames.Contains(name) || libraryTypeNames.Contains(name) || declaredInSource.ContainsKey(name);
        }

        return namespaces.Contains(name) || ResolvesByReflection(segments) || DeclaredTypeMentions(segments[^2], segments[^1]);
    }

    private bool ResolvesByReflection(string[] segments)
    {
        for (var typeLength = segments.Length - 1; typeLength >= 1; typeLength--)
        {
            var typeName = string.Join('.', segments[..typeLength]);
            var members = segments[typeLength..];
            if (allTypes.Where(t => FullName(t) == typeName || FullName(t).EndsWith("." + typeName, StringComparison.Ordinal))
                .Any(t => ResolvesMembers(t, members)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ResolvesMembers(Type type, string[] members)
    {
        var current = type;
        foreach (var name in members)
        {
            var member = current.GetMember(name, AnyMember).FirstOrDefault()
                ?? current.GetInterfaces().SelectMany(i => i.GetMember(name, AnyMember)).FirstOrDefault();
            if (member is null)
            {
                return false;
            }

            current = member switch
            {
                Type nested => nested,
                PropertyInfo property => property.PropertyType,
                FieldInfo field => field.FieldType,
                MethodInfo method => method.ReturnType,
                _ => typeof(void),
            };
        }

        return true;
    }

    /// <summary>For types this assembly does not load: a file declaring the type also names the member.</summary>
    private bool DeclaredTypeMentions(string typeName, string memberName) =>
        declaredInSource.TryGetValue(typeName, out var texts)
        && texts.Any(text => Regex.IsMatch(text, $@"\b{Regex.Escape(memberName)}\b", RegexOptions.None, TimeSpan.FromSeconds(1)));

    private void AddNamespace(string? name)
    {
        for (var current = name; !string.IsNullOrEmpty(current); current = current.Contains('.', StringComparison.Ordinal) ? current[..current.LastIndexOf('.')] : null)
        {
            namespaces.Add(current);

            // A feature or a folder is named by its namespace's last segment (MetricsUpdate, Execution).
            projectNames.Add(current[(current.LastIndexOf('.') + 1)..]);
        }
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        new[] { ("src", "*.cs"), ("tests", "*.cs"), (Path.Combine("web", "src"), "*.ts"), (Path.Combine("web", "src"), "*.tsx") }
            .Where(folder => Directory.Exists(Path.Combine(root, folder.Item1)))
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder.Item1), folder.Item2, SearchOption.AllDirectories))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or "Migrations"))

            // This test's own files spell made-up and not-yet-existing names on purpose (its negative controls).
            .Where(file => !file.StartsWith(Path.Combine(root, "tests", "AnalisaAI.UnitTests", "Docs") + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static void TryLoad(AssemblyName reference)
    {
        try
        {
            Assembly.Load(reference);
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // A reference that is not deployed beside the tests holds nothing the docs need.
        }
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }

    /// <summary>The name without generic arity: <c>StageResult`1</c> is <c>StageResult</c>.</summary>
    private static string SimpleName(Type type) => type.Name.Split('`')[0];

    private static string FullName(Type type) =>
        string.Join('.', (type.FullName ?? type.Name).Replace('+', '.').Split('.').Select(part => part.Split('`')[0]));

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"""(?<name>[A-Za-z_][A-Za-z0-9_.]*)""")]
    private static partial Regex WholeLiteral();

    [GeneratedRegex(@"\{(?<name>[A-Z][A-Za-z0-9_]*)(:[^}]*)?\}")]
    private static partial Regex LogProperty();

    [GeneratedRegex(@"PackageVersion Include=""(?<name>[^""]+)""")]
    private static partial Regex PackageReference();

    /// <summary>C# types (class, record, struct, interface, enum) and TypeScript declarations of a PascalCase name.</summary>
    [GeneratedRegex(@"\b(class|record|struct|interface|enum|function|type|const|let)\s+(?<name>[A-Z][A-Za-z0-9_]*)")]
    private static partial Regex Declaration();
}
