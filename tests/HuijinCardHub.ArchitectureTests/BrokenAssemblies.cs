using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using HuijinCardHub.ArchitectureTests.Inputs;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.ArchitectureTests;

/// <summary>
/// The compiled half of the broken fixture. Real broken modules cannot be built (warnings as errors, and
/// the solution must stay clean), so tiny dlls with the same faults are emitted at test time:
/// Coupons (clean: its one public type is outside Services), Gifts (a public Services class deriving from
/// Coupons, so compiled against another module) and an Abstractions compiled against MVC.
/// </summary>
internal sealed class BrokenAssemblies : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("huijin-broken-assemblies-").FullName;
    private readonly AssemblyLoadContext loadContext = new("broken-fixture", isCollectible: true);

    public BrokenAssemblies()
    {
        var coupons = Emit("HuijinCardHub.Coupons", "HuijinCardHub.Coupons.CouponApi", typeof(object));
        Coupons = AssemblyFacts.Read(coupons);
        var couponApi = loadContext.LoadFromAssemblyPath(coupons).GetType("HuijinCardHub.Coupons.CouponApi", throwOnError: true)!;
        Gifts = AssemblyFacts.Read(Emit("HuijinCardHub.Gifts", "HuijinCardHub.Gifts.Services.GiftWrapper", couponApi));
        Abstractions = AssemblyFacts.Read(Emit("HuijinCardHub.Abstractions", "HuijinCardHub.Orders.OrderPage", typeof(ControllerBase)));
    }

    public AssemblyFacts Coupons { get; }

    public AssemblyFacts Gifts { get; }

    public AssemblyFacts Abstractions { get; }

    public IReadOnlyList<AssemblyFacts> Modules => [Coupons, Gifts];

    public void Dispose()
    {
        loadContext.Unload();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A dll still mapped until the load context is collected; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private string Emit(string assemblyName, string typeName, Type baseType)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(assemblyName), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule(assemblyName);
        module.DefineType(typeName, TypeAttributes.Public | TypeAttributes.Class, baseType).CreateType();
        var path = Path.Combine(folder, assemblyName + ".dll");
        assembly.Save(path);
        return path;
    }
}
