using System.ComponentModel.DataAnnotations;

namespace CaseCoordinatorBot.Referrals;

/// <summary>Local timescales for referrals (section <c>Referrals</c>).</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    /// <summary>Working days from submission within which CSC acknowledges.</summary>
    [Range(0, 30)]
    public int AcknowledgeWithinWorkingDays { get; set; } = 1;

    /// <summary>Working days from submission within which CSC decides and gives its reason.</summary>
    [Range(0, 30)]
    public int DecideWithinWorkingDays { get; set; } = 1;

    /// <summary>Working days within which a school's request for an update should be answered before a nudge.</summary>
    [Range(0, 30)]
    public int AnswerRequestWithinWorkingDays { get; set; } = 1;
}
