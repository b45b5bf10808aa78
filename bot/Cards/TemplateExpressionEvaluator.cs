using System.Text.Json.Nodes;

namespace CaseCoordinatorBot.Cards;

/// <summary>What a binding can see: the root data, the current <c>$data</c>, and <c>$index</c> inside a repeat.</summary>
internal sealed record TemplateScope(object? Root, object? Data, object? Index);

/// <summary>A value, or the error adaptive-expressions would have reported instead.</summary>
internal readonly record struct Evaluation(object? Value, string? Error)
{
    public static Evaluation Of(object? value) => new(value, null);

    public static Evaluation Fail(string error) => new(null, error);
}

/// <summary>
/// Evaluates expressions with adaptive-expressions' rules. <c>substitute</c> is its
/// "null substitution": a path that resolves to nothing becomes the text <c>${path}</c>. The engine turns
/// it on for values and <c>$data</c> and off for <c>$when</c>; logical operators, comparisons, exists and
/// empty always evaluate their arguments with it off.
/// </summary>
internal static class TemplateExpressionEvaluator
{
    public static Evaluation Evaluate(TemplateExpression expression, TemplateScope scope, bool substitute) => expression switch
    {
        ConstantExpression constant => Evaluation.Of(constant.Value),
        AccessorExpression accessor => TemplatePaths.Evaluate(accessor, scope, substitute),
        ElementExpression element => TemplatePaths.Evaluate(element, scope, substitute),
        CallExpression call => EvaluateCall(call, scope, substitute),
        _ => throw new InvalidOperationException(expression.GetType().Name),
    };

    private static Evaluation EvaluateCall(CallExpression call, TemplateScope scope, bool substitute)
    {
        var args = call.Arguments;
        switch (call.Name)
        {
            case "!" or "not":
                var operand = Evaluate(args[0], scope, substitute: false);
                return Evaluation.Of(operand.Error is not null || !JsValues.IsLogicTrue(operand.Value));
            case "&&":
                return Evaluation.Of(args.All(a => Evaluate(a, scope, false) is { Error: null, Value: var v } && JsValues.IsLogicTrue(v)));
            case "||":
                return Evaluation.Of(args.Any(a => Evaluate(a, scope, false) is { Error: null, Value: var v } && JsValues.IsLogicTrue(v)));
            case "if":
                var condition = Evaluate(args[0], scope, substitute: false);
                var chosen = condition.Error is null && JsValues.IsLogicTrue(condition.Value) ? args[1] : args[2];
                return Evaluate(chosen, scope, substitute);
            case "exists":
                return Evaluation.Of(Evaluate(args[0], scope, false) is { Error: null, Value: var found } && !JsValues.IsNullish(found));
            case "empty":
                return Evaluation.Of(Evaluate(args[0], scope, false) is { Error: null, Value: var e } && IsEmpty(e));
            case "==" or "!=":
                var (a, b, failed) = EvaluatePair(args, scope, rejectNullish: false);
                return Evaluation.Of(!failed && JsValues.CommonEquals(a, b) == (call.Name == "=="));
            case "count":
                return Count(call, scope, substitute);
            case "join":
                return Join(call, scope, substitute);
            default:
                return Compare(call, scope);
        }
    }

    // Comparison arguments are evaluated without substitution; a failed or (for < and >) null argument
    // makes the comparison false rather than an error.
    private static (object? A, object? B, bool Failed) EvaluatePair(IReadOnlyList<TemplateExpression> args, TemplateScope scope, bool rejectNullish)
    {
        var a = Evaluate(args[0], scope, false);
        if (a.Error is not null || (rejectNullish && JsValues.IsNullish(a.Value)))
        {
            return (null, null, true);
        }

        var b = Evaluate(args[1], scope, false);
        return b.Error is not null || (rejectNullish && JsValues.IsNullish(b.Value)) ? (null, null, true) : (a.Value, b.Value, false);
    }

    private static Evaluation Compare(CallExpression call, TemplateScope scope)
    {
        var (a, b, failed) = EvaluatePair(call.Arguments, scope, rejectNullish: true);
        if (failed)
        {
            return Evaluation.Of(false);
        }

        int order;
        if (a is double x && b is double y && !double.IsNaN(x) && !double.IsNaN(y))
        {
            order = x.CompareTo(y);
        }
        else if (a is string s && b is string t)
        {
            order = string.CompareOrdinal(s, t);
        }
        else
        {
            return Evaluation.Fail($"{JsValues.ToJsString(a)} and {JsValues.ToJsString(b)} must be comparable.");
        }

        return Evaluation.Of(call.Name switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            ">=" => order >= 0,
            _ => throw new InvalidOperationException(call.Name),
        });
    }

    // empty() refuses numbers and booleans (an error, so false); null and undefined are empty.
    private static bool IsEmpty(object? value) => value switch
    {
        null or Undefined => true,
        string s => s.Length == 0,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => false,
    };

    private static Evaluation Count(CallExpression call, TemplateScope scope, bool substitute)
    {
        var result = Evaluate(call.Arguments[0], scope, substitute);
        return result switch
        {
            { Error: not null } => result,
            { Value: string s } => Evaluation.Of((double)s.Length),
            { Value: JsonArray array } => Evaluation.Of((double)array.Count),
            { Value: JsonObject obj } => Evaluation.Of((double)obj.Count),
            _ => Evaluation.Fail($"{call.Arguments[0]} must be a string, list, map or object."),
        };
    }

    private static Evaluation Join(CallExpression call, TemplateScope scope, bool substitute)
    {
        var values = new List<object?>();
        foreach (var argument in call.Arguments)
        {
            var result = Evaluate(argument, scope, substitute);
            if (result.Error is not null)
            {
                return result;
            }

            values.Add(result.Value);
        }

        if (values[0] is not JsonArray array)
        {
            return Evaluation.Fail($"{call.Arguments[0]} evaluates to {JsValues.ToJsString(values[0])} which is not a list.");
        }

        var items = array.Select(JsValues.FromNode).ToList();
        if (values.Count == 2)
        {
            return Evaluation.Of(JsValues.Join(items, Separator(values[1])));
        }

        if (items.Count < 3)
        {
            return Evaluation.Of(JsValues.Join(items, Separator(values[2])));
        }

        // join(list, ", ", " and "): String.prototype.concat, so a null last item prints "null".
        return Evaluation.Of(JsValues.Join(items[..^1], Separator(values[1])) + JsValues.ToJsString(values[2]) + JsValues.ToJsString(items[^1]));
    }

    private static string Separator(object? value) => value is Undefined ? "," : JsValues.ToJsString(value);
}
