namespace HuijinCardHub.Payments;

public enum PaymentQueryState
{
    /// <summary>The gateway could not be asked or gave no clear answer: try again later.</summary>
    Unknown,

    /// <summary>Created, the buyer has not paid yet.</summary>
    Pending,

    Paid,

    /// <summary>Closed or cancelled without payment: it can no longer be paid.</summary>
    Closed,

    /// <summary>The gateway has no such payment (the buyer never reached it).</summary>
    NotFound,
}
