using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using HuijinCardHub.Text;
using HuijinCardHub.Theming.Codes;
using HuijinCardHub.Theming.Liquid.Limits;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// The shell's one Fluid parser and sandbox: allow-listed members, statement and recursion limits, no file
/// access (the default null file provider), and an HTML encoder that leaves Chinese text as it is. Every filter
/// is guarded and every parsed template rewritten (<see cref="TemplateGuards"/>) so that a render is bounded in
/// what it allocates and in time while it runs, not only in what it writes.
/// </summary>
internal sealed class LiquidEnvironment
{
    public const int MaxSteps = 100_000;
    public const int MaxRecursion = 20;
    public const int MaxOutputChars = 4 * 1024 * 1024;
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(5);

    public LiquidEnvironment()
    {
        var strategy = new DefaultMemberAccessStrategy { IgnoreCasing = true };
        Options = new TemplateOptions
        {
            MemberAccessStrategy = strategy,
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
        };
        Access = new LiquidModelAccess(strategy);
        Options.ValueConverters.Add(Access.Convert!);
        Options.Filters.AddFilter("t", TranslateFilter.TranslateAsync);
        Options.Filters.AddFilter("json", SafeJsonFilter.JsonAsync);
        GuardedFilters.Guard(Options.Filters);
        DeliveredCodesTag.Register(Parser);
    }

    public FluidParser Parser { get; } = new();

    public TemplateOptions Options { get; }

    public LiquidModelAccess Access { get; }

    /// <summary>Encodes what HTML needs encoded (&lt; &gt; &amp; quotes), not CJK characters into entities.</summary>
    public HtmlEncoder Encoder { get; } = HtmlEncoder.Create(new TextEncoderSettings(UnicodeRanges.All));

    public ParsedTemplate Parse(string source)
    {
        if (Parser.TryParse(source, out var template, out var error))
        {
            return new ParsedTemplate(source, TemplateGuards.Apply(template), null);
        }

        // Fluid appends the whole source after the position; the position is what the merchant needs.
        var reason = (error ?? "").Split('\n')[0].Trim();
        return new ParsedTemplate(source, null, new Bilingual($"模板语法错误：{reason}", $"Template syntax error: {reason}"));
    }

    public TemplateContext CreateContext() => new(Options) { AllowModelMembers = false };

    /// <summary>Renders into the page's buffer, which holds the output limit; the statement limit is the context's own, the rest the render budget's.</summary>
    public ValueTask RenderAsync(IFluidTemplate template, TemplateContext context, PageBuffer into) =>
        template.RenderAsync(into, Encoder, context);
}
