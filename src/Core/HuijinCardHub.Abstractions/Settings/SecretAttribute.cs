namespace HuijinCardHub.Settings;

/// <summary>Encrypted in the database, never shown back in full in the admin.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
