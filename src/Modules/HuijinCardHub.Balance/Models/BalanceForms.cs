namespace HuijinCardHub.Balance.Models;

/// <summary>The member's top-up form; public because MVC binds it into a public controller action.</summary>
public sealed class TopUpForm
{
    /// <summary>In yuan, as typed: "50", "12.5".</summary>
    public string? Amount { get; set; }

    /// <summary>Generated with the page, so a form posted twice credits once.</summary>
    public Guid RequestId { get; set; }
}

/// <summary>The staff adjustment form.</summary>
public sealed class AdjustForm
{
    public string? UserId { get; set; }

    /// <summary>In yuan, may be negative: "-20.00".</summary>
    public string? Amount { get; set; }

    public string? Reason { get; set; }

    /// <summary>Generated with the page, so a form posted twice adjusts once.</summary>
    public Guid RequestId { get; set; }
}
