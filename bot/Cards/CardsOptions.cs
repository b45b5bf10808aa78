namespace CaseCoordinatorBot.Cards;

/// <summary>Where the card templates are (<c>Cards:Directory</c>); a relative path is relative to the app's folder.</summary>
public sealed class CardsOptions
{
    public const string Section = "Cards";

    /// <summary>Defaults to the <c>cards</c> folder that the build copies beside the bot.</summary>
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "cards");

    public string FullDirectory => Path.GetFullPath(Directory, AppContext.BaseDirectory);
}
