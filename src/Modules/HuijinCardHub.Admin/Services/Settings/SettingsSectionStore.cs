using System.Reflection;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Admin.Services.Settings;

/// <summary>ISettingsStore for a section type known only at run time.</summary>
internal sealed class SettingsSectionStore(ISettingsStore store)
{
    private static readonly MethodInfo GetMethod = typeof(ISettingsStore).GetMethod(nameof(ISettingsStore.GetAsync))!;
    private static readonly MethodInfo SaveMethod = typeof(ISettingsStore).GetMethod(nameof(ISettingsStore.SaveAsync))!;

    public async Task<object> LoadAsync(Type sectionType, CancellationToken cancellationToken)
    {
        var task = (Task)GetMethod.MakeGenericMethod(sectionType).Invoke(store, BindingFlags.DoNotWrapExceptions, null, [cancellationToken], null)!;
        await task;
        return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task)!;
    }

    public Task SaveAsync(Type sectionType, object section, CancellationToken cancellationToken) =>
        (Task)SaveMethod.MakeGenericMethod(sectionType).Invoke(store, BindingFlags.DoNotWrapExceptions, null, [section, cancellationToken], null)!;
}
