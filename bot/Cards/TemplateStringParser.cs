using System.Text;

namespace CaseCoordinatorBot.Cards;

/// <summary>
/// Splits a template string into text and <c>${…}</c> bindings with the lexer rules of adaptive-expressions'
/// string interpolation: <c>\${</c> and <c>\`</c> are escapes, and a <c>${</c> that does not close on the
/// same line is plain text.
/// </summary>
internal static class TemplateStringParser
{
    /// <summary>
    /// Splits a string that contains <c>${</c> into its parts: text (as string constants) and expressions.
    /// One part that is not a constant means the string is exactly one binding and keeps the value's type.
    /// </summary>
    public static IReadOnlyList<TemplateExpression> ParseInterpolated(string text)
    {
        var parts = new List<TemplateExpression>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '`' or '$')
            {
                literal.Append(text[i + 1]);
                i += 2;
            }
            else if (c == '`')
            {
                throw new CardTemplateException($"A backtick in a string with bindings is not supported: '{text}'.");
            }
            else if (c == '$' && TemplateEnd(text, i) is { } end)
            {
                if (literal.Length > 0)
                {
                    parts.Add(new ConstantExpression(literal.ToString()));
                    literal.Clear();
                }

                parts.Add(TemplateExpressionParser.Parse(TrimTemplate(text[i..(end + 1)])));
                i = end + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(new ConstantExpression(literal.ToString()));
        }

        return parts;
    }

    // The lexer's TEMPLATE token: '${' (string | any char but CR, LF, braces, quotes, backtick)+ '}'.
    // When it does not match, '$' is plain text, as in the npm engine.
    private static int? TemplateEnd(string text, int start)
    {
        if (start + 1 >= text.Length || text[start + 1] != '{')
        {
            return null;
        }

        var i = start + 2;
        var length = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '}')
            {
                return length > 0 ? i : null;
            }

            if (c == '{')
            {
                throw new CardTemplateException($"Object literals in bindings are not supported: '{text}'.");
            }

            if (c is '\r' or '\n' or '`')
            {
                return null;
            }

            if (c is '\'' or '"')
            {
                if (TemplateExpressionParser.StringEnd(text, i) is not { } close)
                {
                    return null;
                }

                i = close + 1;
            }
            else
            {
                i++;
            }

            length++;
        }

        return null;
    }

    private static string TrimTemplate(string token)
    {
        char[] blanks = [' ', '\t', '\r', '\n', '\ufeff', '\u00a0'];
        var result = token.Trim(blanks);
        result = result.StartsWith('$') ? result[1..].Trim(blanks) : result;
        if (result.StartsWith('{') && result.EndsWith('}'))
        {
            result = result[1..^1];
        }

        return result.Trim(blanks);
    }
}
