using System.Collections.Concurrent;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using HuijinCardHub.Theming.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Theming;

/// <summary>A shell's theming services over an in-memory theme, site and override store.</summary>
internal sealed class ThemingTestHost : IDisposable
{
    public const string Layout = "<html><body><header>{{ Site.Name }}|{{ \"首页\" | t }}</header><main>{{ Content }}</main></body></html>";

    private readonly ServiceProvider _provider;
    private readonly IServiceScope _scope;

    /// <param name="moreThemes">Themes beside the test's Jade (a child theme, say).</param>
    /// <param name="modules">Default storefront pages of enabled modules, as the kernel reads them from their assemblies.</param>
    public ThemingTestHost(IReadOnlyDictionary<string, string>? templates = null, Site? site = null, Action<IServiceCollection>? configure = null,
        IReadOnlyList<ThemePackage>? moreThemes = null, IReadOnlyList<ModuleTemplates>? modules = null)
    {
        var allTemplates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["layout"] = Layout };
        foreach (var (name, source) in templates ?? new Dictionary<string, string>())
        {
            allTemplates[name] = source;
        }

        var theme = new ThemePackage(
            new ThemeInfo("Jade", "翡翠 Jade", "test", new Dictionary<string, string> { ["accent"] = "jade", ["footerText"] = "默认页脚" }),
            "HuijinCardHub.Themes.Jade",
            allTemplates,
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["en-US"] = new Dictionary<string, string> { ["首页"] = "Home", ["欢迎光临"] = "Welcome" },
            });

        var services = new ServiceCollection();
        Site = site ?? new Site(1, "汇锦卡盟", ["localhost"], "Jade", null, true, new Dictionary<string, string>());
        services.AddSingleton<ISiteAccessor>(new CurrentSite(this));
        services.AddSingleton<ITemplateOverrideStore>(Overrides);
        configure?.Invoke(services);
        services.AddHuijinTheming([theme, .. moreThemes ?? []], modules);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _scope = _provider.CreateScope();
    }

    public InMemoryOverrides Overrides { get; } = new();

    /// <summary>The site every page is rendered for; replace it as the site store does when a merchant saves.</summary>
    public Site Site { get; set; }

    public IStorefrontRenderer Renderer => _scope.ServiceProvider.GetRequiredService<IStorefrontRenderer>();

    public ITemplatePreview Preview => _scope.ServiceProvider.GetRequiredService<ITemplatePreview>();

    public IThemeCatalog Catalog => _scope.ServiceProvider.GetRequiredService<IThemeCatalog>();

    /// <summary>Where a page builder hands codes to the renderer beside its model.</summary>
    public ICodesOnPage CodesOnPage => _scope.ServiceProvider.GetRequiredService<ICodesOnPage>();

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }

    private sealed class CurrentSite(ThemingTestHost host) : ISiteAccessor
    {
        public Task<Site> GetCurrentAsync(CancellationToken cancellationToken = default) => Task.FromResult(host.Site);
    }

    /// <summary>Overrides in memory, with the kernel store's failure counting (three failures of one source switch it off).</summary>
    internal sealed class InMemoryOverrides : ITemplateOverrideStore
    {
        private readonly ConcurrentDictionary<(string, string), TemplateOverride> _saved = new();
        private readonly ConcurrentDictionary<(string, string), int> _failures = new();

        public Task<string?> GetAsync(string theme, string template, CancellationToken cancellationToken = default) =>
            Task.FromResult(_saved.TryGetValue((theme, template), out var saved) && !saved.IsSwitchedOff ? saved.Source : null);

        public Task<TemplateOverride?> FindAsync(string theme, string template, CancellationToken cancellationToken = default) =>
            Task.FromResult(_saved.TryGetValue((theme, template), out var saved) ? saved : null);

        public Task<IReadOnlyList<TemplateOverride>> ListAsync(string theme, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<TemplateOverride>>(_saved.Where(p => p.Key.Item1 == theme).Select(p => p.Value).ToList());

        public Task SaveAsync(string theme, string template, string source, CancellationToken cancellationToken = default)
        {
            _saved[(theme, template)] = new TemplateOverride(theme, template, source, DateTime.UtcNow);
            _failures[(theme, template)] = 0;
            return Task.CompletedTask;
        }

        public Task DeleteAsync(string theme, string template, CancellationToken cancellationToken = default)
        {
            _saved.TryRemove((theme, template), out _);
            return Task.CompletedTask;
        }

        public Task<bool> RecordFailureAsync(string theme, string template, string source, Bilingual reason, CancellationToken cancellationToken = default)
        {
            if (!_saved.TryGetValue((theme, template), out var saved) || saved.Source != source || saved.IsSwitchedOff)
            {
                return Task.FromResult(false);
            }

            var failures = _failures.AddOrUpdate((theme, template), 1, (_, n) => n + 1);
            if (failures < ITemplateOverrideStore.SwitchOffAfterFailures)
            {
                return Task.FromResult(false);
            }

            _saved[(theme, template)] = saved with { SwitchedOffUtc = DateTime.UtcNow, SwitchedOffReason = reason };
            return Task.FromResult(true);
        }
    }
}
