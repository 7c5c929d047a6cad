using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// A contract is filed under the area that provides it: what Abstractions declares in namespace HuijinCardHub.X is
/// implemented by module HuijinCardHub.X, or by the kernel where X is not a module (Sites, Shells, Time...). So a
/// reader finds the provider from the name alone, and switching module X off removes every implementation of X.
/// Extension points (contracts any module implements, collected by their area) and the few contracts whose
/// provider is another module are listed here by name, each with its reason.
/// </summary>
internal static class ContractOwnershipRule
{
    public const string Name = "contract-ownership";

    private const string Prefix = "HuijinCardHub.";

    /// <summary>The kernel and the core libraries beside it: the providers of every area that is not a module.</summary>
    public static readonly string[] KernelAssemblies =
        ["HuijinCardHub.Kernel", "HuijinCardHub.Theming", "HuijinCardHub.Localization", "HuijinCardHub.Data", "HuijinCardHub.Web"];

    /// <summary>Contracts any module may implement: their area asks every enabled module for them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ExtensionPoints = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HuijinCardHub.Modules.ModuleStartup"] = "every feature wires itself",
        ["HuijinCardHub.Navigation.INavigationProvider"] = "each module adds its own menu items",
        ["HuijinCardHub.Navigation.IStorefrontMenuProvider"] = "each module adds its own links to the storefront's menus",
        ["HuijinCardHub.Security.IPermissionProvider"] = "each module declares its own permissions",
        ["HuijinCardHub.Settings.ISettingsSectionProvider"] = "each module offers its own settings sections",
        ["HuijinCardHub.Recipes.IRecipeStep"] = "each module reads its own recipe steps",
        ["HuijinCardHub.Recipes.IRecipeExportSource"] = "each module exports its own data to a recipe",
        ["HuijinCardHub.Setup.ISetupParticipant"] = "each module may add to a new shop at setup",
        ["HuijinCardHub.Events.IEventHandler`1"] = "any module listens to in-process events",
        ["HuijinCardHub.Events.IDurableEventHandler`1"] = "any module subscribes to durable events",
        ["HuijinCardHub.Jobs.IOutboxHandler"] = "any module handles its own outbox topics",
        ["HuijinCardHub.Jobs.IRecurringJob"] = "any module runs its own recurring work",
        ["HuijinCardHub.Data.IDataMigrationTarget"] = "each module's DbContext migrates itself",
        ["HuijinCardHub.Admin.IDashboardWidget"] = "the admin dashboard shows cards from every module",
        ["HuijinCardHub.Pricing.IPriceAdjuster"] = "price steps come from any module (levels, promotions, agents)",
        ["HuijinCardHub.Theming.ILayoutDataProvider"] = "any module adds data to the storefront layout",
        ["HuijinCardHub.Theming.ITemplateSampleProvider"] = "a module shows sample data for its own templates in the preview",
        ["HuijinCardHub.Catalog.IBuyerInputValidator"] = "a module checks the buyer inputs of the goods kinds it fulfils",
        ["HuijinCardHub.Caching.CacheSignal"] = "each module signals changes of its own cached data",
        ["HuijinCardHub.Orders.Fulfilment.IOrderLineFulfilment"] = "the module that owns a goods kind fulfils its lines (codes, staff queue, suppliers)",
        ["HuijinCardHub.Orders.Checkout.ICheckoutPriceContributor"] = "coupons, promotions and agents add discount lines at checkout",
        ["HuijinCardHub.Orders.Checkout.ICheckoutCheck"] = "risk and other modules allow, refuse or hold an order at checkout",
        ["HuijinCardHub.Payments.IPaymentProvider"] = "each payment module speaks its own gateway's protocol",
        ["HuijinCardHub.Text.ShopException"] = "any module refuses an action with its own bilingual message",
    };

    /// <summary>Contracts of one area provided by another module, and why they are filed where they are.</summary>
    public static readonly IReadOnlyDictionary<string, (string Provider, string Reason)> OtherProviders =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["HuijinCardHub.Security.IPermissionChecker"] = ("HuijinCardHub.Users", "the kernel defines permissions; roles and their grants are stored by Users"),
            ["HuijinCardHub.Security.IRoleProvisioner"] = ("HuijinCardHub.Users", "recipes (kernel) grant roles; Users stores them"),
            ["HuijinCardHub.Security.ISudoMode"] = ("HuijinCardHub.Users", "the kernel's [RequireSudo] needs a sign-in that Users owns"),
            ["HuijinCardHub.Messaging.IEmailSender"] = ("HuijinCardHub.Users", "the mail settings and queue are kept by Users until a messaging module exists"),
            ["HuijinCardHub.Pricing.IPriceCalculator"] = ("HuijinCardHub.Catalog", "prices are the catalogue's; Pricing holds the pipeline's shared types"),
            ["HuijinCardHub.Setup.ISetupService"] = ("HuijinCardHub.Kernel", "setup makes the shell the Setup module runs in; the module is only its page"),
        };

    /// <param name="uses">What the checked assemblies implement or derive from.</param>
    /// <param name="modules">The names of the tree's modules and themes: an area of one of these names is that module's.</param>
    public static IReadOnlyList<Violation> Check(IEnumerable<ContractUse> uses, IReadOnlyCollection<string> modules) =>
        uses.Where(use => use.ContractAssembly == SourceTree.AbstractionsName)
            .Where(use => !ExtensionPoints.ContainsKey(use.ContractFullName))
            .Where(use => !(OtherProviders.TryGetValue(use.ContractFullName, out var other) && other.Provider == use.Assembly))
            .Select(use => (Use: use, Owner: OwnerOf(use.ContractNamespace, modules)))
            .Where(found => found.Owner is null
                ? !KernelAssemblies.Contains(found.Use.Assembly, StringComparer.Ordinal)
                : found.Owner != found.Use.Assembly)
            .Select(found => new Violation(Name, found.Use.Assembly,
                $"{found.Use.Type} implements {found.Use.ContractFullName}, a contract of the {Area(found.Use.ContractNamespace)} area, " +
                $"which only {found.Owner ?? "the kernel"} provides; move the contract to the area of its provider, or list it here with a reason"))
            .Distinct()
            .ToList();

    private static string Area(string ns) =>
        ns.StartsWith(Prefix, StringComparison.Ordinal) ? ns[Prefix.Length..].Split('.')[0] : "(root)";

    /// <summary>The module an area belongs to; null for the kernel's areas (and the root namespace).</summary>
    private static string? OwnerOf(string ns, IReadOnlyCollection<string> modules) =>
        modules.Contains(Prefix + Area(ns), StringComparer.Ordinal) ? Prefix + Area(ns) : null;
}
