using System.Text.Json.Nodes;
using HuijinCardHub.Recipes;
using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Recipes;

/// <summary>
/// A step holding one array of items (<c>{"name":"banners","banners":[...]}</c>): every item is read and
/// checked before any runs, so a bad item leaves the shop unchanged.
/// </summary>
internal abstract class ItemsStep<TInput> : IRecipeStep
{
    public abstract string Name { get; }

    /// <summary>The Chinese name of one item in messages ("公告").</summary>
    protected abstract Bilingual ItemName { get; }

    public IEnumerable<Bilingual> Validate(JsonObject step, RecipeValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step[Name] is not JsonArray items)
        {
            return [new Bilingual($"{Name} 步骤需要一个 {Name} 数组", $"The {Name} step needs a \"{Name}\" array")];
        }

        var problems = new List<Bilingual>();
        for (var i = 0; i < items.Count; i++)
        {
            var number = i + 1;
            if (items[i] is not JsonObject item)
            {
                problems.Add(new Bilingual($"{Name} 第 {number} 项不是对象", $"Item {number} of {Name} is not an object"));
                continue;
            }

            var itemProblems = new List<Bilingual>();
            var input = Read(item, i, itemProblems);
            itemProblems.AddRange(Check(input));
            problems.AddRange(itemProblems.Select(p => new Bilingual($"{Name} 第 {number} 项（{ItemName.Chinese}）：{p.Chinese}", $"Item {number} of {Name} ({ItemName.English}): {p.English}")));
        }

        return problems;
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(context);
        var items = step[Name]!.AsArray();
        for (var i = 0; i < items.Count; i++)
        {
            await SaveAsync(context.Services, Read(items[i]!.AsObject(), i, []), cancellationToken);
        }
    }

    /// <summary>Reads one item; problems of reading (a bad date) go to <paramref name="problems"/>.</summary>
    protected abstract TInput Read(JsonObject item, int index, List<Bilingual> problems);

    protected abstract IEnumerable<Bilingual> Check(TInput input);

    protected abstract Task SaveAsync(IServiceProvider services, TInput input, CancellationToken cancellationToken);
}
