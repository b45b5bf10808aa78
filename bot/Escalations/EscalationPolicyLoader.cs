using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoordinatorBot.Escalations;

/// <summary>Reads a policy file strictly: unknown fields, unknown actions and roles, and missing fields are faults.</summary>
public static class EscalationPolicyLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <exception cref="EscalationPolicyException">The file is missing or faulty; the message names the file, the line and the fault.</exception>
    public static EscalationPolicy Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EscalationPolicyException($"Escalation policy file '{path}' cannot be read: {ex.Message}", ex);
        }
        return Parse(text, path);
    }

    public static EscalationPolicy Parse(string json, string source)
    {
        try
        {
            var policy = JsonSerializer.Deserialize<EscalationPolicy>(json, Options)
                ?? throw new JsonException("the file holds null, not a policy.");
            return policy with { Source = source };
        }
        catch (JsonException ex)
        {
            // LineNumber counts from 0; people count from 1.
            var line = ex.LineNumber is { } n ? $", line {n + 1}" : "";
            throw new EscalationPolicyException($"Escalation policy file '{source}'{line}: {Fault(ex)}", ex);
        }
    }

    // The serializer's own messages end with the path and position, which the prefix already gives as a line.
    private static string Fault(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var fault = cut > 0 ? message[..cut] : message;
        return ex.Path is { Length: > 1 } path ? $"{fault} (at {path})" : fault;
    }
}

/// <summary>An escalation policy file cannot be used; the message says which file, where and why.</summary>
public sealed class EscalationPolicyException(string message, Exception? inner = null) : Exception(message, inner);
