namespace CaseCoordinatorBot.Conferences;

/// <summary>
/// Told once when a meeting is booked (the click that booked it, not its retries), for other features to prepare for it:
/// the plan, for one, opens every core group. A failure here never undoes the booking.
/// </summary>
public interface IConferenceBooked
{
    Task BookedAsync(Conference booked, CancellationToken cancellationToken);
}
