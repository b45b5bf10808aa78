namespace CaseCoordinatorBot.Calendar;

/// <summary>The bank holidays data cannot be used; the message says which file and why.</summary>
public sealed class CalendarDataException(string message, Exception? inner = null) : Exception(message, inner);
