using HuijinCardHub.Kernel.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHuijinCardHub(typeof(Program).Assembly);
var app = builder.Build();
if (await KernelCommandLine.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

app.UseHuijinCardHub();
await app.RunAsync();
return 0;

/// <summary>The host. Everything else lives in the kernel and the modules.</summary>
public partial class Program;
