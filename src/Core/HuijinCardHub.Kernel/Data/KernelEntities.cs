namespace HuijinCardHub.Kernel.Data;

/// <summary>One row per enabled feature of this shell.</summary>
internal sealed class EnabledFeatureRow
{
    public string FeatureId { get; set; } = "";
    public DateTime EnabledUtc { get; set; }
}

/// <summary>A typed settings section as JSON; secret properties are encrypted inside it.</summary>
internal sealed class SettingsRow
{
    public string Section { get; set; } = "";
    public string Json { get; set; } = "{}";
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>A durable side effect or delayed job.</summary>
internal sealed class OutboxRow
{
    public long Id { get; set; }
    public string Topic { get; set; } = "";
    public string Payload { get; set; } = "{}";
    public DateTime CreatedUtc { get; set; }
    public DateTime NotBeforeUtc { get; set; }
    public int Attempts { get; set; }
    /// <summary>0 pending, 1 done, 2 dead (gave up after the handler's max attempts).</summary>
    public int Status { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public string? LastError { get; set; }
    public DateTime? DoneUtc { get; set; }

    /// <summary>A durable event's delivery to one handler (topic <c>kernel.event</c>): the event, shared by every handler it reaches.</summary>
    public Guid? EventId { get; set; }

    /// <summary>The event type's full name.</summary>
    public string? EventType { get; set; }

    /// <summary>The handler type's full name.</summary>
    public string? Handler { get; set; }

    /// <summary>Set while no enabled feature registers the handler: the delivery waits, attempts untouched.</summary>
    public DateTime? WaitingSinceUtc { get; set; }
}

/// <summary>A durable event one handler has handled, written in the handler's own transaction: the key makes it once.</summary>
internal sealed class InboxRow
{
    public string Handler { get; set; } = "";
    public Guid EventId { get; set; }
    public DateTime HandledUtc { get; set; }
}

/// <summary>Which node runs a recurring job until when.</summary>
internal sealed class JobLeaseRow
{
    public string Name { get; set; } = "";
    public string? Holder { get; set; }
    public DateTime LeaseUntilUtc { get; set; }
    public DateTime? LastRunUtc { get; set; }
}

/// <summary>A sub-station. Host names are stored comma-separated; settings as JSON.</summary>
internal sealed class SiteRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string HostNames { get; set; } = "";
    public string Theme { get; set; } = "Jade";
    public string? LogoUrl { get; set; }
    public bool IsDefault { get; set; }
    public string SettingsJson { get; set; } = "{}";
    /// <summary>Where the site's links in mails and webhooks point; null means the default site's.</summary>
    public string? PublicAddress { get; set; }
}

/// <summary>A merchant's edit of a theme template, which wins over the theme's own file.</summary>
internal sealed class TemplateOverrideRow
{
    public long Id { get; set; }
    public string Theme { get; set; } = "";
    public string Template { get; set; } = "";
    public string Source { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }

    /// <summary>Failed storefront renders of this source since it was saved.</summary>
    public int Failures { get; set; }

    /// <summary>Set when repeated failures made the storefront go back to the theme's own template.</summary>
    public DateTime? SwitchedOffUtc { get; set; }

    public string? SwitchedOffReasonZh { get; set; }

    public string? SwitchedOffReasonEn { get; set; }
}
