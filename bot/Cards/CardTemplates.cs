using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoordinatorBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoordinatorBot.Cards;

/// <summary>
/// Every card template in <see cref="CardsOptions.Directory"/>, parsed once at start-up, by name
/// (<c>channels/setup</c> for <c>cards/channels/setup.json</c>). A template that does not parse stops
/// the bot from starting, with the file and JSON path in the message.
/// </summary>
public sealed class CardTemplates
{
    private readonly FrozenDictionary<string, CardTemplateExpander> _templates;

    public CardTemplates(IOptions<CardsOptions> options, ILogger<CardTemplates> logger)
        : this(options.Value.FullDirectory)
    {
        Log.CardTemplatesLoaded(logger, _templates.Count, options.Value.FullDirectory);
    }

    public CardTemplates(string directory)
    {
        _templates = TemplateFiles(directory).ToFrozenDictionary(
            file => Path.ChangeExtension(Path.GetRelativePath(directory, file), null).Replace('\\', '/'),
            file => Load(directory, file),
            StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>The template files of a folder: <c>*.json</c> at any depth, except <c>*.sample.json</c> data.</summary>
    public static IEnumerable<string> TemplateFiles(string directory) =>
        System.IO.Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".sample.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    /// <summary>Renders a card as a message attachment.</summary>
    public Attachment Render(string name, object data) => Attachment.AdaptiveCard(RenderCard(name, data));

    /// <summary>Serialises <paramref name="data"/> as the wire does (<see cref="BotJson.Options"/>) and expands the template with it.</summary>
    public JsonNode RenderCard(string name, object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new KeyNotFoundException($"There is no card template named '{name}'.");
        }

        var json = JsonSerializer.SerializeToNode(data, data.GetType(), BotJson.Options);
        return template.Expand(json) as JsonObject
            ?? throw new CardTemplateException($"The card template '{name}' did not expand to a JSON object.");
    }

    private static CardTemplateExpander Load(string directory, string file)
    {
        var relative = Path.GetRelativePath(directory, file);
        try
        {
            var json = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new CardTemplateException("The template is not a JSON object.");
            return CardTemplateExpander.Parse(json);
        }
        catch (Exception ex) when (ex is JsonException or CardTemplateException)
        {
            throw new CardTemplateException($"The card template '{relative}' in '{directory}' is invalid: {ex.Message}", path: null, ex);
        }
    }
}
