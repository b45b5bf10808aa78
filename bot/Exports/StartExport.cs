using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Exports;

/// <summary>
/// <c>export</c> in a case channel: offers the whole chronology, as CSV and as JSON, in the person's personal chat
/// with the bot (file consent cards), never in the channel. The channel only hears that it was sent.
/// </summary>
public sealed class StartExport(CaseAccess access, ExportRequests requests, ChronologyExport reader, IConnectorClient connector,
    AuditLog audit, TimeProvider clock, IOptions<ExportOptions> options, ILogger<StartExport> logger) : ICommandHandler
{
    public const string Action = "chronology.export";
    public const string Sent = "I've sent the export to you in a personal chat.";

    public async Task<TurnReply> HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await access.RequireThisChannelsCaseAsync(turn, Action, cancellationToken) is not { } grant)
            return TurnReply.Text("An export is of a case's chronology: type 'export' in the case's channel.");
        var caseRef = grant.Case.CaseRef;
        var now = clock.GetUtcNow();
        var request = new ExportRequest(ExportRequests.NewId(), caseRef, grant.User.AadObjectId, grant.User.Key,
            now, now + options.Value.RequestLifetime);
        await requests.SaveAsync(request, cancellationToken);

        // The sizes are measured now for the consent cards; the files themselves are built again on accept.
        var export = await reader.ReadAsync(caseRef, cancellationToken);
        var tenant = turn.TenantId ?? grant.User.TenantId;
        try
        {
            var chat = await connector.CreateConversationAsync(turn.ServiceUrl, new ConversationParameters
            {
                Bot = turn.Activity.Recipient,
                Members = [new ChannelAccount { Id = turn.Activity.From?.Id }],
                TenantId = tenant,
                ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenant } },
            }, cancellationToken);
            var conversationId = chat.Id ?? throw new ConnectorException(null, "InvalidResponse", "No conversation id for the personal chat.");
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                var name = ExportFiles.FileName(caseRef, now, format);
                var size = ExportFiles.Build(export, now, format).LongLength;
                var consent = FileCards.Consent(name, Description(caseRef, export, format), size, request, format);
                await connector.SendToConversationAsync(turn.ServiceUrl, conversationId, new Activity
                {
                    Type = ActivityTypes.Message,
                    Text = format == ExportFormat.Csv
                        ? $"The chronology of {caseRef}, as you asked. Accept a file to save it to your OneDrive; the offer lasts until {options.Value.RequestLifetime.TotalMinutes:0} minutes after you asked."
                        : null,
                    Attachments = [consent],
                }, cancellationToken);
            }
        }
        catch (ConnectorException ex)
        {
            Log.ExportNotOffered(logger, turn.CorrelationId, caseRef, ex.StatusCode ?? 0, ex.ErrorCode ?? "");
            await audit.RecordAsync(caseRef, Action, turn, "not-offered:" + (ex.ErrorCode ?? "connector"), cancellationToken);
            return TurnReply.Text(ex.ErrorCode == "BotNotInConversationRoster"
                ? "I could not open a personal chat with you: add the Case Coordinator app for yourself first, then type 'export' here again."
                : "I could not reach your personal chat just now. Nothing was sent; please type 'export' again in a few minutes.");
        }

        Log.ExportOffered(logger, turn.CorrelationId, request.Id, caseRef);
        await audit.RecordAsync(caseRef, Action, turn, "offered:" + request.Id, cancellationToken);
        return TurnReply.Text(Sent);
    }

    private static string Description(string caseRef, ExportedChronology export, ExportFormat format) =>
        $"Chronology of {caseRef}: {export.Entries.Count} entries as {(format == ExportFormat.Csv ? "CSV (for spreadsheets)" : "JSON (entries as stored, with their hashes)")}. "
        + (export.Chain.Intact ? "The hash chain is intact." : $"Warning: the hash chain is broken at entry {export.Chain.BrokenAt}.");
}
