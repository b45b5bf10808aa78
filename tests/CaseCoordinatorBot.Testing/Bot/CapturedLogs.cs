using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;

namespace CaseCoordinatorBot.Testing.Bot;

/// <summary>
/// Every log record the bot writes, with its formatted message and structured values, so tests can
/// assert what is logged and, above all, what never is (names, concern text).
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> records = new();

    public IReadOnlyList<LogRecord> Records => records.ToArray();

    /// <summary>All that was logged, as one searchable text.</summary>
    public string AllText => string.Join('\n', Records.Select(r => r.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, records);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToArray()
                : [];
            records.Enqueue(new LogRecord(category, logLevel, eventId.Id, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

public sealed record LogRecord(string Category, LogLevel Level, int EventId, string Message, IReadOnlyList<string> Values, string? Exception)
{
    public override string ToString() => $"{Level} {Category} [{EventId}] {Message} | {string.Join("; ", Values)} | {Exception}";
}
