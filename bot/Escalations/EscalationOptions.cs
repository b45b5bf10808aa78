namespace CaseCoordinatorBot.Escalations;

/// <summary>The local escalation policy (configuration section <c>Escalations</c>).</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalations";

    /// <summary>A shipped policy by name: <c>default</c> (2, 3, 5, 5 working days) or <c>one-day</c> (1 a stage, as Wirral).</summary>
    public string Policy { get; set; } = "default";

    /// <summary>A policy file of the area's own; when set it wins over <see cref="Policy"/>. Relative to the application folder.</summary>
    public string PolicyFile { get; set; } = "";

    public string FullPolicyFile => Path.GetFullPath(
        PolicyFile.Length > 0 ? PolicyFile : Path.Combine("Escalations", "policies", Policy + ".json"), AppContext.BaseDirectory);
}
