namespace HuijinCardHub.Settings;

/// <summary>Lists the settings types of enabled features so the admin can render them.</summary>
public interface ISettingsSectionProvider
{
    IEnumerable<Type> SectionTypes { get; }
}
