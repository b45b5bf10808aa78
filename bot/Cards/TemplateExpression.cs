using System.Text;

namespace CaseCoordinatorBot.Cards;

/// <summary>
/// A parsed <c>${…}</c> expression. <see cref="ToString"/> prints it the way adaptive-expressions does,
/// because that text is what the templating engine leaves in the card when an interpolation fails.
/// </summary>
internal abstract record TemplateExpression
{
    /// <summary>adaptive-expressions' static return type, used only to refuse bad function arguments at load.</summary>
    public abstract ValueKinds ReturnType { get; }
}

[Flags]
internal enum ValueKinds
{
    Boolean = 1,
    Number = 2,
    Any = 4,
    String = 8,
    Array = 16,
}

internal sealed record ConstantExpression(object? Value) : TemplateExpression
{
    public override ValueKinds ReturnType => Value switch
    {
        string => ValueKinds.String,
        bool => ValueKinds.Boolean,
        double => ValueKinds.Number,
        _ => ValueKinds.Any,
    };

    public override string ToString() => Value switch
    {
        string s => "'" + EscapeQuotes(s.Replace("\\", "\\\\", StringComparison.Ordinal)) + "'",
        _ => JsValues.ToJsString(Value),
    };

    private static string EscapeQuotes(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'' && (i == 0 || text[i - 1] != '\\'))
            {
                builder.Append('\\');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}

/// <summary>A property read: <c>name</c> (no instance) or <c>instance.name</c>.</summary>
internal sealed record AccessorExpression(string Property, TemplateExpression? Instance) : TemplateExpression
{
    public override ValueKinds ReturnType => ValueKinds.Any;

    public override string ToString() => Instance is null ? Property : $"{Instance}.{Property}";
}

/// <summary>An index: <c>instance[index]</c>.</summary>
internal sealed record ElementExpression(TemplateExpression Instance, TemplateExpression Index) : TemplateExpression
{
    public override ValueKinds ReturnType => ValueKinds.Any;

    public override string ToString() => $"{Instance}[{Index}]";
}

/// <summary>An operator (<c>!</c>, <c>==</c>, <c>&amp;&amp;</c>, …) or a function call.</summary>
internal sealed record CallExpression(string Name, IReadOnlyList<TemplateExpression> Arguments) : TemplateExpression
{
    public override ValueKinds ReturnType => Name switch
    {
        "count" => ValueKinds.Number,
        "join" => ValueKinds.String,
        "if" => ValueKinds.Any,
        _ => ValueKinds.Boolean,
    };

    public override string ToString()
    {
        var infix = !char.IsAsciiLetter(Name[0]) && Arguments.Count >= 2;
        var separator = infix ? $" {Name} " : ", ";
        return (infix ? "" : Name) + "(" + string.Join(separator, Arguments) + ")";
    }
}
