using System.Globalization;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Families;

/// <summary><c>contact</c> in a case channel: a fresh card to record a contact, or attempt, with a parent or carer.</summary>
public sealed class StartParentContact(CaseAccess access, TimeProvider clock) : ICommandHandler
{
    public const string Action = "contact.start";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("A parent contact belongs to a case: use 'contact' in the case's channel.");
        return TurnReply.Card(ParentContactCard.Template, ParentContactCard.New(grant.Case, Guid.NewGuid().ToString("N"), Today(clock.GetUtcNow())));
    }

    internal static string Today(DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, London).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
