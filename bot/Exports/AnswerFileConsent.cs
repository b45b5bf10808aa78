using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Protocol.Connector;
using CaseCoordinatorBot.Protocol.Routing;
using CaseCoordinatorBot.Protocol.Schema;

namespace CaseCoordinatorBot.Exports;

/// <summary>
/// <c>fileConsent/invoke</c> from an export's consent card. Only the person the export was offered to, while the
/// offer lasts and while they are still in the case, gets the file: it is built from the chronology now, put in
/// their OneDrive and shown with a file info card; nothing of it is kept by the bot.
/// </summary>
public sealed class AnswerFileConsent(ExportRequests requests, ExportAccess access, ChronologyExport reader, FileUploader uploader,
    IConnectorClient connector, AuditLog audit, TimeProvider clock, ILogger<AnswerFileConsent> logger) : IEventHandler
{
    public const string InvokeName = "fileConsent/invoke";

    public bool CanHandle(Turn turn) => turn.Activity.IsType(ActivityTypes.Invoke) && turn.Activity.Name == InvokeName;

    public async Task<TurnReply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var value = FileConsentValue.Read(turn.Activity.Value);
        var request = await requests.FindAsync(value?.Context?.ExportId, cancellationToken);
        if (value?.Context?.ParsedFormat is not { } format || request is null)
            return await RefuseAsync(turn, null, "unknown-export", "That export is not one the bot knows. Type 'export' in the case's channel to ask again.", cancellationToken);
        if (turn.User is not { } user || user.AadObjectId != request.AadObjectId)
            return await RefuseAsync(turn, request.CaseRef, "other-user", "This export was prepared for someone else, so it was refused and recorded.", cancellationToken);
        if (clock.GetUtcNow() > request.ExpiresAt)
            return await RefuseAsync(turn, request.CaseRef, "expired", "This export offer has expired. Type 'export' in the case's channel to ask again.", cancellationToken);

        if (!value.Accepted)
        {
            Log.ExportDeclined(logger, turn.CorrelationId, request.Id);
            await audit.RecordAsync(request.CaseRef, StartExport.Action, turn, $"declined:{request.Id}:{Extension(format)}", cancellationToken);
            return TurnReply.Text($"You declined the {Extension(format).ToUpperInvariant()} file, so nothing was uploaded.");
        }

        if (!await access.IsStillInCaseAsync(request, user, cancellationToken))
            return await RefuseAsync(turn, request.CaseRef, "not-a-member", "You are no longer a member of this case, so the export was refused and recorded.", cancellationToken);

        var export = await reader.ReadAsync(request.CaseRef, cancellationToken);
        var content = ExportFiles.Build(export, clock.GetUtcNow(), format);
        var upload = await uploader.UploadAsync(value.UploadInfo?.UploadUrl, content, cancellationToken);
        if (!upload.Succeeded)
        {
            Log.ExportUploadFailed(logger, turn.CorrelationId, request.Id, upload.StatusCode ?? 0);
            await audit.RecordAsync(request.CaseRef, StartExport.Action, turn, $"upload-failed:{request.Id}:{Extension(format)}", cancellationToken);
            return TurnReply.Text("The file could not be saved to your OneDrive. Nothing was kept; type 'export' in the case's channel to try again.");
        }

        await connector.SendToConversationAsync(turn.ServiceUrl, turn.ConversationId,
            turn.Activity.CreateReply() with { ReplyToId = null, Attachments = [FileCards.Info(value.UploadInfo!)] }, cancellationToken);
        Log.ExportUploaded(logger, turn.CorrelationId, request.Id, request.CaseRef, Extension(format), export.Entries.Count, export.Chain.Intact);
        await audit.RecordAsync(request.CaseRef, StartExport.Action, turn,
            $"uploaded:{request.Id}:{Extension(format)}:{export.Entries.Count}" + (export.Chain.Intact ? "" : $":broken-at-{export.Chain.BrokenAt}"), cancellationToken);
        return TurnReply.None;
    }

    private async Task<TurnReply> RefuseAsync(Turn turn, string? caseRef, string reason, string message, CancellationToken cancellationToken)
    {
        Log.ConsentRefused(logger, turn.CorrelationId, reason);
        await audit.RecordAsync(caseRef, StartExport.Action, turn, "refused:" + reason, cancellationToken);
        return TurnReply.Text(message);
    }

    private static string Extension(ExportFormat format) => ExportFiles.Extension(format);
}
