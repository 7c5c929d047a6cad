using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using HuijinCardHub.Events;
using HuijinCardHub.Jobs;
using HuijinCardHub.Modules;
using HuijinCardHub.Recipes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

[assembly: Module("HuijinCardHub.Tests.Probe", "测试探针", Category = "测试")]
[assembly: Feature("HuijinCardHub.Tests.Probe", Name = "测试探针", Category = "测试", Dependencies = ["HuijinCardHub.Content"])]

namespace HuijinCardHub.Tests.Fixtures;

/// <summary>A feature only tests switch on: an endpoint, an outbox handler that fails on demand, a recipe step that explodes.</summary>
[Feature("HuijinCardHub.Tests.Probe")]
internal sealed class ProbeStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IOutboxHandler, FlakyHandler>();
        services.AddScoped<IRecipeStep, ExplodingStep>();
        services.AddScoped<IEventHandler<FeaturesChanged>, FeatureChangeRecorder>();
        services.AddSingleton<IRecurringJob, HeartbeatJob>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/probe", () => "probe is on");
        endpoints.MapGet("/probe/slow", async () =>
        {
            Probe.SlowRequestStarted.TrySetResult();
            await Probe.ReleaseSlowRequest.Task;
            return "slow request finished";
        });
    }
}

/// <summary>State the probe shares with the tests (one test class uses it at a time).</summary>
internal static class Probe
{
    public static readonly ConcurrentQueue<(long Id, int Attempt)> Handled = new();
    public static readonly ConcurrentQueue<FeaturesChanged> FeatureChanges = new();
    public static int FailuresBeforeSuccess;
    public static int Heartbeats;
    public static TaskCompletionSource SlowRequestStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public static TaskCompletionSource ReleaseSlowRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class FlakyHandler : IOutboxHandler
{
    public string Topic => "probe.flaky";

    public int MaxAttempts => 3;

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Probe.Handled.Enqueue((message.Id, message.Attempt));
        if (message.Attempt <= Probe.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException("probe failure " + message.Attempt);
        }

        return Task.CompletedTask;
    }
}

internal sealed class ExplodingStep : IRecipeStep
{
    public string Name => "explode";

    public Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the explode step always fails");
}

internal sealed class FeatureChangeRecorder : IEventHandler<FeaturesChanged>
{
    public Task HandleAsync(FeaturesChanged shopEvent, CancellationToken cancellationToken)
    {
        Probe.FeatureChanges.Enqueue(shopEvent);
        return Task.CompletedTask;
    }
}

internal sealed class HeartbeatJob : IRecurringJob
{
    public string Name => "probe.heartbeat";

    public TimeSpan Interval => TimeSpan.FromMilliseconds(300);

    public Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Probe.Heartbeats);
        return Task.CompletedTask;
    }
}
