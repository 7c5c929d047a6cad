namespace HuijinCardHub.ArchitectureTests.Inputs;

/// <summary>One broken rule at one place, worded so the failing test says what to fix.</summary>
internal sealed record Violation(string Rule, string Where, string What)
{
    public override string ToString() => $"[{Rule}] {Where}: {What}";
}
