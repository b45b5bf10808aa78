using System.Globalization;
using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Cards;

/// <summary>
/// Property paths and indexes with adaptive-expressions' rules: a chain such as <c>items[0].name</c> is
/// resolved as one path (so a missing link anywhere yields <c>${items[0].name}</c> under substitution),
/// names match case-insensitively, and a path that starts with <c>$</c> reads <c>$root</c>, <c>$data</c>
/// or <c>$index</c> while any other path starts from <c>$data</c>.
/// </summary>
internal static class TemplatePaths
{
    private static readonly string[] MemoryFields = ["$root", "$data", "$index", "$host", "$_acTemplateVersion"];

    // A chain of .name and [index] is resolved as one path, so a missing link anywhere yields ${path}.
    public static Evaluation Evaluate(AccessorExpression accessor, TemplateScope scope, bool substitute)
    {
        var segments = new List<(string Key, string Text)>();
        TemplateExpression? current = accessor;
        while (current is AccessorExpression or ElementExpression)
        {
            if (current is AccessorExpression a)
            {
                segments.Insert(0, (a.Property, a.Property));
                current = a.Instance;
                continue;
            }

            var element = (ElementExpression)current;
            var index = TemplateExpressionEvaluator.Evaluate(element.Index, scope, substitute);
            switch (index)
            {
                case { Error: { } error }:
                    return Evaluation.Fail(error);
                case { Value: double d } when double.IsInteger(d):
                    var key = d.ToString(CultureInfo.InvariantCulture);
                    segments.Insert(0, (key, $"[{key}]"));
                    break;
                case { Value: string s }:
                    // JavaScript's parseInt decides how the path is written, which shows only in ${path}.
                    var numeric = s.TrimStart().TrimStart('+', '-') is [var first, ..] && char.IsAsciiDigit(first);
                    segments.Insert(0, (s, numeric ? $"[{s}]" : $"['{s}']"));
                    break;
                default:
                    return Evaluation.Fail($"{element.Index} doesn't return an int or string");
            }

            current = element.Instance;
        }

        object? value;
        if (current is not null)
        {
            var left = TemplateExpressionEvaluator.Evaluate(current, scope, substitute);
            if (left.Error is not null)
            {
                return left;
            }

            value = Walk(left.Value, segments, 0);
        }
        else if (segments[0].Key.StartsWith('$'))
        {
            value = Walk(MemoryField(segments[0].Key, scope), segments, 1);
        }
        else
        {
            value = Walk(scope.Data, segments, 0);
        }

        if (value is not Undefined || !substitute)
        {
            return Evaluation.Of(value);
        }

        var path = string.Concat(segments.Select((s, i) => i == 0 || s.Text.StartsWith('[') ? s.Text : "." + s.Text));
        return Evaluation.Of("${" + path + "}");
    }

    private static object? MemoryField(string name, TemplateScope scope)
    {
        var field = MemoryFields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
        return field switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => scope.Index,
            "$_acTemplateVersion" => new JsonObject { ["major"] = 2, ["minor"] = 3, ["patch"] = 1, ["suffix"] = "" },
            _ => Undefined.Value,
        };
    }

    // adaptive-expressions' SimpleObjectMemory.getValue: an integer segment indexes an array, anything else
    // is a case-insensitive property; a bad index ends the walk as undefined.
    private static object? Walk(object? value, List<(string Key, string Text)> segments, int start)
    {
        for (var i = start; i < segments.Count; i++)
        {
            var key = segments[i].Key;
            if (value is JsonArray && int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
            {
                var (item, error) = AccessIndex(value, index);
                if (error is not null)
                {
                    return Undefined.Value;
                }

                value = item;
            }
            else
            {
                value = AccessProperty(value, key);
            }
        }

        return value;
    }

    public static Evaluation Evaluate(ElementExpression element, TemplateScope scope, bool substitute)
    {
        var instance = TemplateExpressionEvaluator.Evaluate(element.Instance, scope, substitute);
        if (instance.Error is not null)
        {
            return instance;
        }

        var index = TemplateExpressionEvaluator.Evaluate(element.Index, scope, substitute: false);
        return index switch
        {
            { Error: not null } => index,
            { Value: double d } when double.IsInteger(d) => AccessIndex(instance.Value, d),
            { Value: string s } => Evaluation.Of(AccessProperty(instance.Value, s)),
            _ => Evaluation.Fail($"Could not coerce {element.Index} to an int or string."),
        };
    }

    private static Evaluation AccessIndex(object? instance, double index) => instance switch
    {
        null or Undefined => Evaluation.Of(Undefined.Value),
        JsonArray array when index >= 0 && index < array.Count => Evaluation.Of(JsValues.FromNode(array[(int)index])),
        JsonArray array => Evaluation.Fail($"{JsValues.FormatNumber(index)} is out of range for {JsValues.ToJsString(array)}"),
        _ => Evaluation.Fail($"{JsValues.ToJsString(instance)} is not a collection."),
    };

    // JavaScript property lookup through Object.keys, case-insensitive; falsy instances have no properties.
    private static object? AccessProperty(object? instance, string name)
    {
        if (!JsValues.IsTruthy(instance))
        {
            return Undefined.Value;
        }

        switch (instance)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (string.Equals(key.ToLowerInvariant(), name.ToLowerInvariant(), StringComparison.Ordinal))
                    {
                        return JsValues.FromNode(value);
                    }
                }

                return Undefined.Value;
            case JsonArray array when ArrayKey(name, array.Count) is { } i:
                return JsValues.FromNode(array[i]);
            case string s when ArrayKey(name, s.Length) is { } i:
                return s[i].ToString();
            default:
                return Undefined.Value;
        }
    }

    // Object.keys of an array or string are "0", "1", …: canonical decimal indexes only.
    private static int? ArrayKey(string name, int count) =>
        int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
        && i < count && i.ToString(CultureInfo.InvariantCulture) == name ? i : null;
}
