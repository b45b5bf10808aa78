namespace CaseCoordinatorBot.Scheduling;

/// <summary>A registered handler: its kind and its type, resolved in a fresh scope for each firing.</summary>
public sealed record TimerHandlerRoute(string Kind, Type HandlerType);

/// <summary>The handlers by kind; a kind registered twice stops start-up.</summary>
public sealed class TimerHandlers
{
    private readonly Dictionary<string, Type> byKind = new(StringComparer.Ordinal);

    public TimerHandlers(IEnumerable<TimerHandlerRoute> routes)
    {
        foreach (var route in routes)
        {
            if (!byKind.TryAdd(route.Kind, route.HandlerType))
                throw new InvalidOperationException(
                    $"Timer kind '{route.Kind}' has two handlers: {byKind[route.Kind].Name} and {route.HandlerType.Name}.");
        }
    }

    public bool Knows(string kind) => byKind.ContainsKey(kind);

    public Type? Find(string kind) => byKind.GetValueOrDefault(kind);
}
