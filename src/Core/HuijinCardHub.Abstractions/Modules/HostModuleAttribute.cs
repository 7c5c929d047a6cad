namespace HuijinCardHub.Modules;

/// <summary>
/// Generated at build time into the host for each project it references, so modules are found
/// from the host's references instead of by scanning folders.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class HostModuleAttribute(string assemblyName) : Attribute
{
    public string AssemblyName { get; } = assemblyName;
}
