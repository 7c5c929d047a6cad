namespace HuijinCardHub.Security;

/// <summary>The default stereotypes every shop starts with.</summary>
public static class StandardRoles
{
    public const string Administrator = "Administrator";
    public const string ShopManager = "ShopManager";
    public const string Operator = "Operator";
    public const string Agent = "Agent";
    public const string Customer = "Customer";

    public static readonly IReadOnlyList<string> All = [Administrator, ShopManager, Operator, Agent, Customer];
}
