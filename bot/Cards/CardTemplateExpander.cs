using System.Text;
using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Cards;

/// <summary>
/// Expands an Adaptive Card template with data, producing what npm <c>adaptivecards-templating</c> 2.3.1
/// produces for <c>new Template(template).expand({ $root: data })</c>, for the subset of the templating
/// language our cards use: <c>${path}</c> bindings (<c>.</c>, <c>[n]</c>, <c>$root</c>, <c>$data</c>,
/// <c>$index</c>), <c>$data</c> (rebind or repeat), <c>$when</c>, literals, <c>! == != &lt; &gt; &lt;= &gt;=
/// &amp;&amp; ||</c> and <c>exists count empty not if join</c>. Anything else is refused by
/// <see cref="Parse"/> so that a template never renders differently here and in the Designer.
/// </summary>
/// <remarks>
/// Like the npm engine, a binding whose path resolves to nothing is left in the card as <c>${path}</c>,
/// and an element whose <c>$data</c> is an empty array disappears. Templates should not rely on either:
/// card data records always carry every field.
/// </remarks>
public sealed class CardTemplateExpander
{
    private static readonly HashSet<string> ReservedKeys = new(StringComparer.Ordinal)
    {
        "$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion",
    };

    private readonly Node _root;

    private CardTemplateExpander(Node root) => _root = root;

    /// <summary>Parses every binding in the template once; throws <see cref="CardTemplateException"/>
    /// (naming the JSON path) for a binding the npm engine would reject or that is outside our subset.</summary>
    public static CardTemplateExpander Parse(JsonNode template) => new(Prepare(template));

    /// <summary>Parses and expands in one go; prefer <see cref="Parse"/> once and <see cref="Expand(JsonNode?)"/> per use.</summary>
    public static JsonNode? Expand(JsonNode template, JsonNode? data) => Parse(template).Expand(data);

    /// <summary>Expands the template with <paramref name="data"/> as <c>$root</c>; the result is a new tree.</summary>
    public JsonNode? Expand(JsonNode? data)
    {
        var root = JsValues.FromNode(data);
        var result = Expand(_root, new TemplateScope(root, root, Undefined.Value));
        return result.IsUndefined ? null : result.Node;
    }

    private abstract record Node;

    private sealed record LiteralNode(JsonNode? Value) : Node;

    private sealed record BindingNode(TemplateExpression Expression) : Node;

    private sealed record InterpolationNode(IReadOnlyList<TemplateExpression> Parts) : Node;

    // Kept as text so that concurrent expansions never share a lazily built JsonObject.
    private sealed record LiteralDataNode(string Json) : Node;

    private sealed record ArrayNode(IReadOnlyList<Node> Items) : Node;

    private sealed record ObjectNode(IReadOnlyList<KeyValuePair<string, Node>> Properties, Node? Data, Node? When) : Node;

    // Undefined (a property to leave out) is distinct from JSON null.
    private readonly record struct Expanded(JsonNode? Node, bool IsUndefined)
    {
        public static readonly Expanded Missing = new(null, true);
    }

    private static Node Prepare(JsonNode? node)
    {
        try
        {
            return node switch
            {
                JsonObject obj => PrepareObject(obj),
                JsonArray array => new ArrayNode(array.Select(Prepare).ToList()),
                JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && JsValues.FromNode(value) is string text && text.Contains("${", StringComparison.Ordinal) => PrepareString(text),
                _ => new LiteralNode(node?.DeepClone()),
            };
        }
        catch (CardTemplateException ex) when (ex.Path is null && node is not null)
        {
            throw new CardTemplateException(ex.Message, node.GetPath(), ex);
        }
    }

    private static Node PrepareString(string text)
    {
        var parts = TemplateStringParser.ParseInterpolated(text);
        return parts is [var single] && single is not ConstantExpression
            ? new BindingNode(single)
            : new InterpolationNode(parts);
    }

    private static ObjectNode PrepareObject(JsonObject obj)
    {
        var properties = obj.Where(p => !ReservedKeys.Contains(p.Key))
            .Select(p => KeyValuePair.Create(p.Key, Prepare(p.Value)))
            .ToList();
        var data = obj.TryGetPropertyValue("$data", out var dataNode) ? PrepareData(dataNode) : null;
        var when = obj.TryGetPropertyValue("$when", out var whenNode) ? Prepare(whenNode) : null;
        return new ObjectNode(properties, data, when);
    }

    // The npm engine would bind to its own prepared copy of a literal $data; plain JSON is all we need.
    private static Node PrepareData(JsonNode? data) => data switch
    {
        null or JsonValue => Prepare(data),
        _ when data.ToJsonString() is var json && !json.Contains("${", StringComparison.Ordinal) => new LiteralDataNode(json),
        _ => throw new CardTemplateException("A literal $data object or array with bindings inside is not supported.", data.GetPath()),
    };

    private static Expanded Expand(Node node, TemplateScope scope) => node switch
    {
        LiteralNode literal => new(literal.Value?.DeepClone(), false),
        BindingNode binding => FromValue(Value(binding.Expression, scope)),
        InterpolationNode interpolation => new(JsonValue.Create(Interpolate(interpolation, scope)), false),
        ArrayNode array => new(ExpandArray(array, scope), false),
        ObjectNode obj => ExpandObject(obj, scope),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static Expanded FromValue(object? value) => value is Undefined ? Expanded.Missing : new(JsValues.ToNode(value), false);

    private static object? Value(TemplateExpression expression, TemplateScope scope)
    {
        var result = TemplateExpressionEvaluator.Evaluate(expression, scope, substitute: true);
        return result.Error is null
            ? result.Value
            : throw new CardTemplateException($"The binding ${{{expression}}} failed: {result.Error}");
    }

    // Each part that fails is left as ${expression}; a null or undefined part fails the whole expansion,
    // as it does in the npm engine (which calls toString() on it).
    private static string Interpolate(InterpolationNode node, TemplateScope scope)
    {
        var builder = new StringBuilder();
        foreach (var part in node.Parts)
        {
            var result = TemplateExpressionEvaluator.Evaluate(part, scope, substitute: true);
            if (result.Error is not null)
            {
                builder.Append("${").Append(part).Append('}');
            }
            else if (JsValues.IsNullish(result.Value))
            {
                throw new CardTemplateException($"The binding ${{{part}}} is {JsValues.ToJsString(result.Value)} inside text.");
            }
            else
            {
                builder.Append(JsValues.ToJsString(result.Value));
            }
        }

        return builder.ToString();
    }

    // Items that expand to null are dropped and arrays are spliced in: this is how $data repeats.
    private static JsonArray ExpandArray(ArrayNode node, TemplateScope scope)
    {
        var result = new JsonArray();
        foreach (var item in node.Items)
        {
            var expanded = Expand(item, scope);
            if (expanded.IsUndefined)
            {
                result.Add(null);
            }
            else if (expanded.Node is JsonArray spliced)
            {
                var children = spliced.ToList();
                spliced.Clear();
                children.ForEach(result.Add);
            }
            else if (expanded.Node is not null)
            {
                result.Add(expanded.Node);
            }
        }

        return result;
    }

    private static Expanded ExpandObject(ObjectNode node, TemplateScope scope)
    {
        var data = node.Data is null ? Undefined.Value : DataValue(node.Data, scope);
        var contexts = data is JsonArray array
            ? array.Select((item, i) => (Data: JsValues.FromNode(item), Index: (object?)(double)i)).ToList()
            : [(data, scope.Index)];

        var results = new List<JsonObject>();
        foreach (var (item, index) in contexts)
        {
            var itemScope = scope with { Data = item is Undefined ? scope.Data : item, Index = index };
            if (node.When is not null && !When(node.When, itemScope))
            {
                continue;
            }

            var result = new JsonObject();
            foreach (var (key, value) in node.Properties)
            {
                var expanded = Expand(value, itemScope);
                if (!expanded.IsUndefined)
                {
                    result[key] = expanded.Node;
                }
            }

            results.Add(result);
        }

        return results.Count switch
        {
            0 => new(null, false),
            1 => new(results[0], false),
            _ => new(new JsonArray([.. results]), false),
        };
    }

    private static object? DataValue(Node data, TemplateScope scope) => data switch
    {
        BindingNode binding => Value(binding.Expression, scope),
        InterpolationNode interpolation => Interpolate(interpolation, scope),
        LiteralNode literal => JsValues.FromNode(literal.Value),
        LiteralDataNode literal => JsValues.FromNode(JsonNode.Parse(literal.Json)),
        _ => throw new InvalidOperationException(data.GetType().Name),
    };

    // $when keeps the element only for a binding that is exactly true, evaluated without substitution.
    // A literal $when (no binding) drops the element when it is truthy: the npm engine's rule, kept for parity.
    private static bool When(Node when, TemplateScope scope) => when switch
    {
        BindingNode binding => TemplateExpressionEvaluator.Evaluate(binding.Expression, scope, substitute: false) is { Error: null, Value: true },
        LiteralNode literal => !JsValues.IsTruthy(JsValues.FromNode(literal.Value)),
        _ => false,
    };
}
