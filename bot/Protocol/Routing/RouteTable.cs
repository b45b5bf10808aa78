namespace CaseCoordinatorBot.Protocol.Routing;

/// <summary>
/// The declared verbs and commands, built from registrations at start-up. A second route for the same
/// verb or command is a programming error, so it throws rather than letting one silently win.
/// </summary>
public sealed class RouteTable(IEnumerable<VerbRoute> verbs, IEnumerable<CommandRoute> commands)
{
    private readonly Dictionary<string, VerbRoute> _verbs = Index(verbs, v => v.Verb, "verb");
    private readonly Dictionary<string, CommandRoute> _commands = Index(commands, c => c.Command, "command");

    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    public IReadOnlyCollection<string> Commands => _commands.Keys;

    public IEnumerable<CommandRoute> CommandRoutes => _commands.Values;

    public VerbRoute? FindVerb(string verb) => _verbs.GetValueOrDefault(verb);

    public CommandRoute? FindCommand(string command) => _commands.GetValueOrDefault(command);

    private static Dictionary<string, T> Index<T>(IEnumerable<T> routes, Func<T, string> key, string kind)
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var route in routes)
        {
            if (!index.TryAdd(key(route), route))
                throw new InvalidOperationException($"The {kind} '{key(route)}' is routed twice.");
        }
        return index;
    }
}

public sealed record VerbRoute(string Verb, Type DataType,
    Func<IServiceProvider, Turn, object, CancellationToken, Task<TurnReply>> Invoke);

public sealed record CommandRoute(string Command, string Description, Type HandlerType);
