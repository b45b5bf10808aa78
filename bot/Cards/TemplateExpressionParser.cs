using System.Globalization;
using System.Text;

namespace CaseCoordinatorBot.Cards;

/// <summary>
/// Parses the expression inside one <c>${…}</c> as adaptive-expressions does (its ANTLR grammar, reduced to
/// our subset). Anything outside the subset is refused when the template loads rather than rendered
/// differently from the npm engine.
/// </summary>
internal sealed class TemplateExpressionParser
{
    private static readonly Dictionary<string, (int Min, int Max)> Functions = new(StringComparer.Ordinal)
    {
        ["exists"] = (1, 1),
        ["empty"] = (1, 1),
        ["not"] = (1, 1),
        ["count"] = (1, 1),
        ["if"] = (3, 3),
        ["join"] = (2, 3),
    };

    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", "[", "]", ".", ","];
    private static readonly string[] Unsupported = ["<>", "=>", "??", "+", "-", "*", "/", "%", "^", "&", "?", ":", "{", "}", "`"];

    private readonly string _source;
    private readonly List<string> _tokens = [];
    private readonly List<object> _values = [];
    private int _next;

    private TemplateExpressionParser(string source) => _source = source;

    /// <summary>Parses the inside of one <c>${…}</c>.</summary>
    public static TemplateExpression Parse(string expression)
    {
        if (expression.Length == 0)
        {
            return new ConstantExpression("");
        }

        var parser = new TemplateExpressionParser(expression);
        parser.Tokenize();
        var result = parser.ParseBinary(0);
        if (parser.Peek() is not null)
        {
            throw parser.SyntaxError();
        }

        return result;
    }

    // A quoted string: a backslash escapes the quote or a backslash.
    internal static int? StringEnd(string text, int open)
    {
        var quote = text[open];
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == quote || text[i + 1] == '\\'))
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return null;
    }

    private void Tokenize()
    {
        var i = 0;
        while (i < _source.Length)
        {
            var c = _source[i];
            if (c is ' ' or '\t' or '\r' or '\n' or '\ufeff' or '\u00a0')
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < _source.Length && char.IsAsciiDigit(_source[i]))
                {
                    i++;
                }

                if (i + 1 < _source.Length && _source[i] == '.' && char.IsAsciiDigit(_source[i + 1]))
                {
                    i++;
                    while (i < _source.Length && char.IsAsciiDigit(_source[i]))
                    {
                        i++;
                    }
                }

                Add("number", double.Parse(_source[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            }
            else if (c is '\'' or '"')
            {
                var end = StringEnd(_source, i) ?? throw SyntaxError();
                Add("string", Unescape(_source[(i + 1)..end], c));
                i = end + 1;
            }
            else if (char.IsAsciiLetter(c) || c is '_' or '#' or '@' or '$' or '%')
            {
                var start = i;
                i += c == '@' && i + 1 < _source.Length && _source[i + 1] == '@' ? 2 : 1;
                while (i < _source.Length && (char.IsAsciiLetterOrDigit(_source[i]) || _source[i] == '_'))
                {
                    i++;
                }

                Add("identifier", _source[start..i]);
            }
            else if (Unsupported.FirstOrDefault(o => _source.AsSpan(i).StartsWith(o)) is { } unsupported
                && !Operators.Any(o => o.Length > unsupported.Length && _source.AsSpan(i).StartsWith(o)))
            {
                throw new CardTemplateException($"The operator '{unsupported}' is not supported in '{_source}'.");
            }
            else if (Operators.FirstOrDefault(o => _source.AsSpan(i).StartsWith(o)) is { } op)
            {
                Add(op, op);
                i += op.Length;
            }
            else
            {
                throw SyntaxError();
            }
        }
    }

    // adaptive-expressions: \' (or \") becomes the quote, then \r \n \t \\ are unescaped; other pairs stay.
    private static string Unescape(string body, char quote)
    {
        body = body.Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] is 'r' or 'n' or 't' or '\\')
            {
                builder.Append(body[i + 1] switch { 'r' => '\r', 'n' => '\n', 't' => '\t', _ => '\\' });
                i++;
            }
            else
            {
                builder.Append(body[i]);
            }
        }

        return builder.ToString();
    }

    private void Add(string token, object value)
    {
        _tokens.Add(token);
        _values.Add(value);
    }

    private string? Peek() => _next < _tokens.Count ? _tokens[_next] : null;

    private object Take(string expected)
    {
        if (Peek() != expected)
        {
            throw SyntaxError();
        }

        return _values[_next++];
    }

    // Binding strength, weakest first, as in the grammar: ||, &&, comparisons, equality (which binds
    // tighter than < and > in adaptive-expressions), then unary !.
    private static readonly string[][] Levels = [["||"], ["&&"], ["<", "<=", ">", ">="], ["==", "!="]];

    private TemplateExpression ParseBinary(int level)
    {
        if (level == Levels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (Peek() is { } op && Levels[level].Contains(op))
        {
            _next++;
            left = new CallExpression(op, [left, ParseBinary(level + 1)]);
        }

        return left;
    }

    private TemplateExpression ParseUnary()
    {
        if (Peek() != "!")
        {
            return ParsePostfix();
        }

        _next++;
        return new CallExpression("!", [ParseUnary()]);
    }

    private TemplateExpression ParsePostfix()
    {
        var result = ParseAtom();
        while (true)
        {
            switch (Peek())
            {
                case ".":
                    _next++;
                    result = new AccessorExpression((string)Take("identifier"), result);
                    break;
                case "[":
                    _next++;
                    var index = ParseBinary(0);
                    Take("]");
                    result = new ElementExpression(result, index);
                    break;
                case "(":
                    _next++;
                    result = MakeCall(result, ParseArguments());
                    break;
                default:
                    return result;
            }
        }
    }

    private List<TemplateExpression> ParseArguments()
    {
        var arguments = new List<TemplateExpression>();
        if (Peek() == ")")
        {
            _next++;
            return arguments;
        }

        arguments.Add(ParseBinary(0));
        while (Peek() == ",")
        {
            _next++;
            arguments.Add(ParseBinary(0));
        }

        Take(")");
        return arguments;
    }

    private TemplateExpression ParseAtom()
    {
        switch (Peek())
        {
            case "(":
                _next++;
                var inner = ParseBinary(0);
                Take(")");
                return inner;
            case "number":
            case "string":
                return new ConstantExpression(_values[_next++]);
            case "identifier":
                return (string)_values[_next++] switch
                {
                    "true" => new ConstantExpression(true),
                    "false" => new ConstantExpression(false),
                    "null" => new ConstantExpression(null),
                    "undefined" => new ConstantExpression(Undefined.Value),
                    var name => new AccessorExpression(name, null),
                };
            case "[":
                throw new CardTemplateException($"Array literals are not supported in '{_source}'.");
            default:
                throw SyntaxError();
        }
    }

    // adaptive-expressions checks arity and constant argument types when it parses, so we do too.
    private CallExpression MakeCall(TemplateExpression callee, List<TemplateExpression> arguments)
    {
        if (callee is not AccessorExpression { Instance: null, Property: var name } || !Functions.TryGetValue(name, out var arity))
        {
            throw new CardTemplateException($"The function '{callee}' is not supported in '{_source}'.");
        }

        if (arguments.Count < arity.Min || arguments.Count > arity.Max)
        {
            throw new CardTemplateException($"{name} takes {arity.Min}–{arity.Max} arguments, not {arguments.Count}, in '{_source}'.");
        }

        ValueKinds[] expected = name switch
        {
            "count" => [ValueKinds.String | ValueKinds.Array],
            "join" => [ValueKinds.Array, ValueKinds.String, ValueKinds.String],
            _ => [],
        };
        for (var i = 0; i < Math.Min(expected.Length, arguments.Count); i++)
        {
            var actual = arguments[i].ReturnType;
            if (!actual.HasFlag(ValueKinds.Any) && (actual & expected[i]) == 0)
            {
                throw new CardTemplateException($"Argument {i + 1} of {name} has the wrong type in '{_source}'.");
            }
        }

        return new CallExpression(name, arguments);
    }

    private CardTemplateException SyntaxError() => new($"Syntax error in the expression '{_source}'.");
}
