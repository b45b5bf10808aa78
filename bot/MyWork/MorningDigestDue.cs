using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Protocol.Schema;
using CaseCoordinatorBot.Scheduling;

namespace CaseCoordinatorBot.MyWork;

/// <summary>
/// A person's digest time has come: sets the next one, then, if anything of theirs is due today or overdue, sends the
/// list to their personal chat, once per day. A digest stopped, or moved to another time, since the timer was set
/// finds nothing to do, so "stop these" holds from the moment it is pressed.
/// </summary>
public sealed class MorningDigestDue(DigestStore store, MorningDigest digest, MyWorkBuilder builder, MyWorkCardBuilder cardBuilder,
    CardTemplates cards, WorkingDayCalendar calendar, IConnectorClient connector, TrustedServiceUrls trust, ILogger<MorningDigestDue> logger) : ITimerHandler
{
    public static string Kind => "mywork.digestDue";

    public async Task HandleAsync(TimerFired timer, CancellationToken cancellationToken)
    {
        var due = timer.PayloadAs<DigestTimer>();
        var settings = await store.FindAsync(due.UserKey, cancellationToken);
        if (settings is not { Enabled: true } || MorningDigest.Format(settings.At) != due.At) return;
        await digest.ScheduleNextAsync(due.UserKey, settings.At, timer.DueAt, cancellationToken);

        var day = calendar.LocalDay(timer.DueAt);
        if (settings.LastSent == day) return;
        var person = new BotUser(settings.TenantId, settings.AadObjectId, "");
        var today = (await builder.ForPersonAsync(person, cancellationToken)).Where(l => builder.IsDueByToday(l.Item)).ToArray();
        if (today.Length == 0)
        {
            Log.DigestNotNeeded(logger, timer.Id);
            return;
        }

        var card = cardBuilder.Card(today, "due today or overdue in your cases", settings, "Good morning.");
        trust.Trust(settings.Chat.ServiceUrl);
        await connector.SendToConversationAsync(settings.Chat.ServiceUrl, settings.Chat.ConversationId, new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [cards.Render(MyWorkCardBuilder.Template, card)],
        }, cancellationToken);
        await store.UpdateAsync(due.UserKey, c => (c ?? settings) with { LastSent = day }, cancellationToken);
        Log.DigestSent(logger, timer.Id, today.Length);
    }
}
