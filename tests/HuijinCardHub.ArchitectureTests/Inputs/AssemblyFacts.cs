using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace HuijinCardHub.ArchitectureTests.Inputs;

/// <summary>
/// What the rules need to know about a compiled assembly, read from its metadata without loading it
/// (so a module dll built against other versions, or deliberately broken, can still be inspected).
/// </summary>
internal sealed record AssemblyFacts(string Name, string Path, IReadOnlyList<string> References, IReadOnlyList<string> PublicTypes)
{
    public static AssemblyFacts Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .Order(StringComparer.Ordinal)
            .ToList();
        var publicTypes = metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(type => IsVisibleOutside(metadata, type))
            .Select(type => FullName(metadata, type))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new AssemblyFacts(metadata.GetString(metadata.GetAssemblyDefinition().Name), path, references, publicTypes);
    }

    /// <summary>The same facts for an assembly this test references, through the loaded assembly itself.</summary>
    public static AssemblyFacts Of(Assembly assembly) => new(
        assembly.GetName().Name!,
        assembly.Location,
        assembly.GetReferencedAssemblies().Select(name => name.Name!).Order(StringComparer.Ordinal).ToList(),
        assembly.GetExportedTypes().Select(type => type.FullName!).Order(StringComparer.Ordinal).ToList());

    private static bool IsVisibleOutside(MetadataReader metadata, TypeDefinition type)
    {
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        if (visibility == TypeAttributes.Public)
        {
            return true;
        }

        var declaring = type.GetDeclaringType();
        return visibility == TypeAttributes.NestedPublic && !declaring.IsNil && IsVisibleOutside(metadata, metadata.GetTypeDefinition(declaring));
    }

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(metadata, metadata.GetTypeDefinition(declaring)) + "+" + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
