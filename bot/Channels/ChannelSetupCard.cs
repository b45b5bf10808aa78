using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Channels;

/// <summary>Data of <c>cards/channels/setup.json</c>. Every field is present: the template has no defaults.</summary>
public sealed record ChannelSetupCard(
    string ChannelName,
    string Problem,
    string CaseRef,
    string Initials,
    string Agency,
    string DeskKind,
    string DeskName,
    IReadOnlyList<Choice> Agencies,
    IReadOnlyList<Choice> DeskKinds)
{
    public static ChannelSetupCard Empty(Turn turn) => new(
        turn.Activity.ChannelData?.Channel?.Name ?? "", "", "", "", "", "", "",
        CaseVocabulary.AgencyChoices, DeskKinds_);

    /// <summary>The card again, with what the user typed and what was wrong with it.</summary>
    public static ChannelSetupCard Again(Turn turn, string problem, string? caseRef, string? initials, string? agency, string? deskKind, string? deskName) =>
        Empty(turn) with
        {
            Problem = problem,
            CaseRef = caseRef ?? "",
            Initials = initials ?? "",
            Agency = agency ?? "",
            DeskKind = deskKind ?? "",
            DeskName = deskName ?? "",
        };

    public static string DeskTitle(DeskKind kind) => kind switch
    {
        Cases.DeskKind.CscFrontDoor => "Children's social care front door",
        Cases.DeskKind.SchoolSafeguarding => "School safeguarding team",
        _ => "Agency safeguarding desk",
    };

    private static readonly IReadOnlyList<Choice> DeskKinds_ =
        Enum.GetValues<DeskKind>().Select(k => new Choice(k.ToString(), DeskTitle(k))).ToArray();
}

/// <summary>Data of <c>cards/channels/case-linked.json</c>.</summary>
public sealed record CaseLinkedCard(string CaseRef, string Initials, string AgencyTitle, string LinkedBy, string LinkedAt);

/// <summary>Data of <c>cards/channels/desk-linked.json</c>.</summary>
public sealed record DeskLinkedCard(string DeskKindTitle, string DeskName, string LinkedBy, string LinkedAt);
