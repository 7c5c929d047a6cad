using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace HuijinCardHub.ArchitectureTests.Inputs;

/// <summary>One type of an assembly that implements an interface or derives from a class of another assembly.</summary>
internal sealed record ContractUse(string Assembly, string Type, string ContractAssembly, string ContractNamespace, string Contract)
{
    public string ContractFullName => ContractNamespace.Length == 0 ? Contract : ContractNamespace + "." + Contract;

    /// <summary>Read from metadata without loading, like <see cref="AssemblyFacts"/>: generic contracts by their definition.</summary>
    public static IReadOnlyList<ContractUse> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var assembly = metadata.GetString(metadata.GetAssemblyDefinition().Name);
        var uses = new List<ContractUse>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var typeName = metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
            var contracts = type.GetInterfaceImplementations()
                .Select(i => metadata.GetInterfaceImplementation(i).Interface)
                .Append(type.BaseType);
            foreach (var contract in contracts)
            {
                if (Referenced(metadata, contract) is { } found)
                {
                    uses.Add(new ContractUse(assembly, typeName, found.Assembly, found.Namespace, found.Name));
                }
            }
        }

        return uses;
    }

    /// <summary>The assembly, namespace and name of a type from another assembly; null for our own types and nothing.</summary>
    private static (string Assembly, string Namespace, string Name)? Referenced(MetadataReader metadata, EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return null;
        }

        if (handle.Kind == HandleKind.TypeSpecification)
        {
            // A generic instance (IEventHandler<OrderPaid>): GENERICINST, CLASS or VALUETYPE, then the definition.
            var blob = metadata.GetBlobReader(metadata.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return null;
            }

            blob.ReadSignatureTypeCode();
            return Referenced(metadata, blob.ReadTypeHandle());
        }

        if (handle.Kind != HandleKind.TypeReference)
        {
            return null;
        }

        var reference = metadata.GetTypeReference((TypeReferenceHandle)handle);
        var scope = reference.ResolutionScope;
        var outer = reference;
        while (scope.Kind == HandleKind.TypeReference)
        {
            outer = metadata.GetTypeReference((TypeReferenceHandle)scope);
            scope = outer.ResolutionScope;
        }

        if (scope.Kind != HandleKind.AssemblyReference)
        {
            return null;
        }

        var assembly = metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
        return (assembly, metadata.GetString(outer.Namespace), metadata.GetString(reference.Name));
    }
}
