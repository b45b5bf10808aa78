namespace CaseCoordinatorBot.Cards;

/// <summary>A card template that cannot be loaded or expanded; <see cref="Path"/> is the JSON path in the template.</summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException(string message)
        : base(message)
    {
    }

    public CardTemplateException(string message, string? path, Exception? inner = null)
        : base(path is null ? message : $"{path}: {message}", inner)
    {
        Path = path;
    }

    public string? Path { get; }
}
