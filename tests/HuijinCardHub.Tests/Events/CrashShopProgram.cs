namespace HuijinCardHub.Tests.Events;

/// <summary>
/// The test assembly's entry point (the test SDK's generated one is switched off): the test runner never calls it;
/// the crash test starts this assembly as a process of its own to run <see cref="CrashShop"/>.
/// </summary>
internal static class CrashShopProgram
{
    public static Task<int> Main(string[] args) =>
        args is ["crash-shop", .. var rest] ? CrashShop.RunAsync(rest) : Task.FromResult(0);
}
