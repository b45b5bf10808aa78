namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>
/// A refusal whose message is written for the user (plain words, no personal data). The router shows it
/// on the card or in the chat instead of an error card.
/// </summary>
public class UserFacingException(string message) : Exception(message);
