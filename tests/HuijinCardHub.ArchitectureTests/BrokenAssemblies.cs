using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using HuijinCardHub.ArchitectureTests.Inputs;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.ArchitectureTests;

/// <summary>
/// The compiled half of the broken fixture. Real broken modules cannot be built (warnings as errors, and
/// the solution must stay clean), so tiny dlls with the same faults are emitted at test time:
/// Coupons (clean: its public types are outside Services, and it implements its own area's contract), Gifts (a public
/// Services class deriving from Coupons, so compiled against another module, and a class implementing the Coupons area's
/// contract) and an Abstractions compiled against MVC that declares that contract.
/// </summary>
internal sealed class BrokenAssemblies : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("huijin-broken-assemblies-").FullName;
    private readonly AssemblyLoadContext loadContext = new("broken-fixture", isCollectible: true);

    public BrokenAssemblies()
    {
        var abstractions = Emit("HuijinCardHub.Abstractions", module =>
        {
            module.DefineType("HuijinCardHub.Orders.OrderPage", TypeAttributes.Public | TypeAttributes.Class, typeof(ControllerBase)).CreateType();
            module.DefineType(CouponContract, TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract).CreateType();
        });
        Abstractions = AssemblyFacts.Read(abstractions);
        var contract = loadContext.LoadFromAssemblyPath(abstractions).GetType(CouponContract, throwOnError: true)!;

        var coupons = Emit("HuijinCardHub.Coupons", module =>
        {
            module.DefineType("HuijinCardHub.Coupons.CouponApi", TypeAttributes.Public | TypeAttributes.Class, typeof(object)).CreateType();
            module.DefineType("HuijinCardHub.Coupons.CouponRedemption", TypeAttributes.Class, typeof(object), [contract]).CreateType();
        });
        Coupons = AssemblyFacts.Read(coupons);
        var couponApi = loadContext.LoadFromAssemblyPath(coupons).GetType("HuijinCardHub.Coupons.CouponApi", throwOnError: true)!;

        var gifts = Emit("HuijinCardHub.Gifts", module =>
        {
            module.DefineType("HuijinCardHub.Gifts.Services.GiftWrapper", TypeAttributes.Public | TypeAttributes.Class, couponApi).CreateType();
            module.DefineType("HuijinCardHub.Gifts.GiftRedemption", TypeAttributes.Class, typeof(object), [contract]).CreateType();
        });
        Gifts = AssemblyFacts.Read(gifts);
        ContractUses = [.. ContractUse.Read(coupons), .. ContractUse.Read(gifts)];
    }

    /// <summary>A contract of the Coupons area, declared in the broken Abstractions.</summary>
    public const string CouponContract = "HuijinCardHub.Coupons.ICouponRedemption";

    /// <summary>What the emitted Coupons and Gifts implement or derive from.</summary>
    public IReadOnlyList<ContractUse> ContractUses { get; }

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

    private string Emit(string assemblyName, Action<ModuleBuilder> defineTypes)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(assemblyName), typeof(object).Assembly);
        defineTypes(assembly.DefineDynamicModule(assemblyName));
        var path = Path.Combine(folder, assemblyName + ".dll");
        assembly.Save(path);
        return path;
    }
}
