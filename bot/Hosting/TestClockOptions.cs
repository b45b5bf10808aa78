namespace CaseCoordinatorBot.Hosting;

/// <summary>
/// <c>Testing:ClockControl</c>: lets an end-to-end run move the bot's clock forward (<c>POST /_test/clock/advance</c>).
/// Off by default, and refused at start-up unless the bot runs in anonymous local mode (no app id, loopback only).
/// </summary>
public sealed class TestClockOptions
{
    public const string Section = "Testing";

    public bool ClockControl { get; set; }
}
