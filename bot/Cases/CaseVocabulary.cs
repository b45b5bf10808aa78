namespace CaseCoordinatorBot.Cases;

/// <summary>The words people see for agencies and roles, and the choices cards offer.</summary>
public static class CaseVocabulary
{
    public static string Title(Agency agency) => agency switch
    {
        Agency.School => "School or nursery",
        Agency.Csc => "Children's social care",
        Agency.Health => "Health",
        Agency.Police => "Police",
        Agency.EarlyHelp => "Early help",
        _ => "Other agency",
    };

    public static string Title(CaseRole role) => role switch
    {
        CaseRole.Lead => "Case lead for their agency",
        CaseRole.Dsl => "Designated safeguarding lead",
        CaseRole.DeputyDsl => "Deputy safeguarding lead",
        CaseRole.SocialWorker => "Social worker",
        CaseRole.TeamManager => "CSC team manager",
        CaseRole.ConferenceChair => "Conference chair",
        _ => "Other agency professional",
    };

    /// <summary>The agency a granted role belongs to; a lead keeps the agency they linked with.</summary>
    public static Agency AgencyOf(CaseRole role, Agency leadAgency) => role switch
    {
        CaseRole.Dsl or CaseRole.DeputyDsl => Agency.School,
        CaseRole.SocialWorker or CaseRole.TeamManager or CaseRole.ConferenceChair => Agency.Csc,
        CaseRole.OtherAgency => Agency.Other,
        _ => leadAgency,
    };

    public static IReadOnlyList<Choice> AgencyChoices { get; } =
        Enum.GetValues<Agency>().Select(a => new Choice(a.ToString(), Title(a))).ToArray();

    /// <summary>
    /// The agencies an "other agency" role may be for. Health and police are named, since strategy discussions must
    /// include them and conferences count agencies for quorum; "other" is the rest.
    /// </summary>
    public static IReadOnlyList<Choice> OtherAgencyChoices { get; } =
        new[] { Agency.Health, Agency.Police, Agency.EarlyHelp, Agency.Other }.Select(a => new Choice(a.ToString(), Title(a))).ToArray();

    /// <summary>Roles a lead can grant on the roles card (lead itself comes from linking).</summary>
    public static IReadOnlyList<Choice> GrantableRoles { get; } =
        Enum.GetValues<CaseRole>().Where(r => r != CaseRole.Lead).Select(r => new Choice(r.ToString(), Title(r))).ToArray();
}

/// <summary>One choice of an Input.ChoiceSet.</summary>
public sealed record Choice(string Value, string Title);
