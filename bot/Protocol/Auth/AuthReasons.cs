namespace CaseCoordinatorBot.Protocol.Auth;

/// <summary>Reason codes logged when a request is refused; never the token itself.</summary>
public static class AuthReasons
{
    public const string TokenMissing = "token-missing";
    public const string TokenInvalid = "token-invalid";
    public const string NotAuthenticated = "not-authenticated";
    public const string ServiceUrlClaimMissing = "serviceurl-claim-missing";
    public const string ServiceUrlMismatch = "serviceurl-mismatch";
    public const string EndorsementMissing = "endorsement-missing";
    public const string ServiceUrlNotLoopback = "serviceurl-not-loopback";
    public const string RemoteNotLoopback = "remote-not-loopback";
    public const string TenantMissing = "tenant-missing";
    public const string TenantNotAllowed = "tenant-not-allowed";
}
