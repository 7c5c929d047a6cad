using HuijinCardHub.Shells;
using HuijinCardHub.Text;

namespace HuijinCardHub.Kernel.Features;

/// <summary>
/// The features and their dependencies. Checked when built: a missing dependency or a cycle stops
/// the host with a message that names them. Answers what else changes when a feature is switched.
/// </summary>
internal sealed class FeatureGraph
{
    private readonly Dictionary<string, FeatureInfo> _features;
    private readonly Dictionary<string, int> _rank = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _missing = new(StringComparer.Ordinal);

    public FeatureGraph(IEnumerable<FeatureInfo> features)
    {
        _features = new Dictionary<string, FeatureInfo>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (!_features.TryAdd(feature.Id, feature))
            {
                throw new ShopException(new Bilingual($"功能 {feature.Id} 被重复声明", $"Feature {feature.Id} is declared twice"));
            }
        }

        // A feature whose dependency is not installed stays listed but cannot be enabled: the host still starts,
        // and the merchant who tries gets a message naming what is missing.
        foreach (var feature in _features.Values)
        {
            if (feature.Dependencies.FirstOrDefault(d => !_features.ContainsKey(d)) is { } missing)
            {
                _missing[feature.Id] = missing;
            }
        }

        bool grew;
        do
        {
            var broken = _features.Values.Where(f => !_missing.ContainsKey(f.Id) && f.Dependencies.Any(_missing.ContainsKey)).ToList();
            broken.ForEach(f => _missing[f.Id] = _missing[f.Dependencies.First(_missing.ContainsKey)]);
            grew = broken.Count > 0;
        }
        while (grew);

        Rank();
    }

    public IReadOnlyCollection<FeatureInfo> All => _features.Values;

    public bool Contains(string id) => _features.ContainsKey(id);

    /// <summary>The dependency that is not installed, for a feature that therefore cannot run.</summary>
    public string? MissingDependencyOf(string id) => _missing.GetValueOrDefault(id);

    public FeatureInfo this[string id] => _features[id];

    /// <summary>Dependencies before dependents; ties keep a stable order by id.</summary>
    public IReadOnlyList<string> Sort(IEnumerable<string> ids) =>
        ids.Distinct().OrderBy(id => _rank[id]).ThenBy(id => id, StringComparer.Ordinal).ToList();

    /// <summary>The ids plus everything they depend on, transitively.</summary>
    public IReadOnlySet<string> WithDependencies(IEnumerable<string> ids)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(ids);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (result.Add(id))
            {
                foreach (var dependency in _features[id].Dependencies)
                {
                    stack.Push(dependency);
                }
            }
        }

        return result;
    }

    /// <summary>What a shell runs: the stored features, the always-enabled ones, and their dependencies.</summary>
    public IReadOnlyList<string> Resolve(IEnumerable<string> stored) =>
        Sort(WithDependencies(stored.Where(id => Contains(id) && !_missing.ContainsKey(id))
            .Concat(_features.Values.Where(f => f.IsAlwaysEnabled && !_missing.ContainsKey(f.Id)).Select(f => f.Id))));

    public FeatureChangePlan PlanEnable(IReadOnlyCollection<string> current, IEnumerable<string> ids, bool isDefaultTenant)
    {
        var wanted = ids.Distinct().ToList();
        var errors = UnknownFeatures(wanted);
        if (errors.Count > 0)
        {
            return new FeatureChangePlan([], [], errors);
        }

        foreach (var id in wanted.Where(_missing.ContainsKey))
        {
            errors.Add(new Bilingual(
                $"无法启用 {_features[id].Name}：它依赖的功能 {_missing[id]} 未安装",
                $"Cannot enable {_features[id].Name}: the feature it depends on, {_missing[id]}, is not installed"));
        }

        if (errors.Count > 0)
        {
            return new FeatureChangePlan([], [], errors);
        }

        var toEnable = Sort(WithDependencies(wanted).Where(id => !current.Contains(id)));
        foreach (var id in toEnable.Where(id => _features[id].DefaultTenantOnly && !isDefaultTenant))
        {
            errors.Add(new Bilingual($"功能 {_features[id].Name} 只能在默认租户启用", $"Feature {_features[id].Name} can only be enabled on the Default tenant"));
        }

        return new FeatureChangePlan(toEnable, [], errors);
    }

    public FeatureChangePlan PlanDisable(IReadOnlyCollection<string> current, IEnumerable<string> ids)
    {
        var wanted = ids.Distinct().ToList();
        var errors = UnknownFeatures(wanted);
        if (errors.Count > 0)
        {
            return new FeatureChangePlan([], [], errors);
        }

        var toDisable = new HashSet<string>(wanted.Where(current.Contains), StringComparer.Ordinal);
        bool grew;
        do
        {
            // Cascade: whatever depends on a feature going away goes too.
            var dependents = current.Where(id => !toDisable.Contains(id) && _features[id].Dependencies.Any(toDisable.Contains)).ToList();
            toDisable.UnionWith(dependents);
            grew = dependents.Count > 0;
        }
        while (grew);

        foreach (var id in toDisable.Where(id => _features[id].IsAlwaysEnabled))
        {
            errors.Add(wanted.Contains(id)
                ? new Bilingual($"功能 {_features[id].Name} 始终启用，不能停用", $"Feature {_features[id].Name} is always enabled and cannot be disabled")
                : new Bilingual($"不能停用：始终启用的功能 {_features[id].Name} 依赖它", $"Cannot disable: the always-enabled feature {_features[id].Name} depends on it"));
        }

        return new FeatureChangePlan([], Sort(toDisable).Reverse().ToList(), errors);
    }

    private List<Bilingual> UnknownFeatures(IEnumerable<string> ids) =>
        ids.Where(id => !Contains(id)).Select(id => new Bilingual($"未知功能：{id}", $"Unknown feature: {id}")).ToList();

    private void Rank()
    {
        // Depth-first topological ranking; a grey node met again is a cycle.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new Stack<string>();
        var next = 0;

        void Visit(string id)
        {
            state.TryGetValue(id, out var s);
            if (s == 2)
            {
                return;
            }

            if (s == 1)
            {
                var cycle = string.Join(" → ", path.Reverse().SkipWhile(p => p != id).Append(id));
                throw new ShopException(new Bilingual($"功能依赖出现循环：{cycle}", $"Feature dependencies form a cycle: {cycle}"));
            }

            state[id] = 1;
            path.Push(id);
            foreach (var dependency in _features[id].Dependencies.Where(_features.ContainsKey).Order(StringComparer.Ordinal))
            {
                Visit(dependency);
            }

            path.Pop();
            state[id] = 2;
            _rank[id] = next++;
        }

        foreach (var id in _features.Keys.Order(StringComparer.Ordinal))
        {
            Visit(id);
        }
    }
}
