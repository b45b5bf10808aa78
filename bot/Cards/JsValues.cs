using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Cards;

/// <summary>JavaScript's <c>undefined</c>: a missing property, which the templating language treats
/// differently from JSON <c>null</c>.</summary>
internal sealed class Undefined
{
    public static readonly Undefined Value = new();

    private Undefined()
    {
    }

    public override string ToString() => "undefined";
}

/// <summary>
/// The JavaScript semantics that the npm templating engine inherits and that decide its output: values are
/// <c>null</c>, <see cref="Undefined"/>, <see cref="string"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="JsonObject"/> or <see cref="JsonArray"/>.
/// </summary>
internal static class JsValues
{
    // JavaScript's Number.EPSILON, which adaptive-expressions uses for number equality.
    private const double NumberEpsilon = 2.220446049250313e-16;

    public static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        // Typed as object: JsonNode's implicit conversions would otherwise turn the primitives back into nodes.
        JsonObject or JsonArray => (object)node,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.TryGetValue(out string? s) ? s : JsonSerializer.Deserialize<string>(value.ToJsonString()),
            JsonValueKind.Number => (object)double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        JsonNode node => node.DeepClone(),
        _ => throw new InvalidOperationException($"{value.GetType().Name} is not a template value."),
    };

    public static bool IsNullish(object? value) => value is null or Undefined;

    /// <summary>adaptive-expressions' truth test: only false, null and undefined are false ("" and 0 are true).</summary>
    public static bool IsLogicTrue(object? value) => value switch
    {
        bool b => b,
        null or Undefined => false,
        _ => true,
    };

    /// <summary>JavaScript's own truth test, used for a literal (non-expression) <c>$when</c>.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null or Undefined => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => true,
    };

    /// <summary>JavaScript's <c>String(value)</c>.</summary>
    public static string ToJsString(object? value) => value switch
    {
        null => "null",
        Undefined => "undefined",
        string s => s,
        bool b => b ? "true" : "false",
        double d => FormatNumber(d),
        JsonArray array => Join(array.Select(FromNode), ","),
        _ => "[object Object]",
    };

    /// <summary>JavaScript's <c>Array.prototype.join</c>: null and undefined items become empty.</summary>
    public static string Join(IEnumerable<object?> items, string separator)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(separator);
            }

            first = false;
            if (!IsNullish(item))
            {
                builder.Append(ToJsString(item));
            }
        }

        return builder.ToString();
    }

    /// <summary>ECMAScript Number::toString: shortest round-trip digits, exponent only outside 1e-7..1e21.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + FormatNumber(-value);
        }

        var (digits, n) = ShortestDigits(value);
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var sign = exponent < 0 ? "-" : "+";
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    // The digits s and exponent n of ECMAScript's algorithm: value = 0.s × 10^n, with s as short as possible.
    private static (string Digits, int N) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.');
        var integral = dot < 0 ? text : text[..dot];
        var digits = dot < 0 ? text : integral + text[(dot + 1)..];
        var n = integral.Length + exponent;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        return (digits[lead..].TrimEnd('0'), n - lead);
    }

    /// <summary>adaptive-expressions' <c>commonEquals</c>, behind <c>==</c> and <c>!=</c>.</summary>
    public static bool CommonEquals(object? a, object? b)
    {
        if (IsNullish(a) || IsNullish(b))
        {
            return IsNullish(a) && IsNullish(b);
        }

        return (a, b) switch
        {
            (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => CommonEquals(FromNode(p.First), FromNode(p.Second))),
            (JsonObject x, JsonObject y) => DeepEquals(x, y),
            (double x, double y) => Math.Abs(x - y) < NumberEpsilon || x == y,
            (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
            (bool x, bool y) => x == y,
            _ => false,
        };
    }

    // lodash isEqual on plain JSON: key order does not matter, key case does.
    private static bool DeepEquals(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count
            && x.All(p => y.TryGetPropertyValue(p.Key, out var other) && DeepEquals(p.Value, other)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => DeepEquals(p.First, p.Second)),
        (JsonValue x, JsonValue y) => Equals(FromNode(x), FromNode(y)),
        _ => false,
    };
}
