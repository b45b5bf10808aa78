using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Escalations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoordinatorBot.Tests.Escalations;

/// <summary>The policy is chosen by configuration and checked when the host starts, before any escalation needs it.</summary>
public sealed class EscalationStartUpTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"area-policy-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    [Fact]
    public async Task Escalations_Policy_selects_a_shipped_policy_by_name()
    {
        using var host = Build(new() { ["Escalations:Policy"] = "one-day" });
        await host.StartAsync();
        Assert.Equal("one-day", host.Services.GetRequiredService<EscalationPolicy>().Name);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_up_fails_with_a_faulty_policy_file_naming_the_file_the_line_and_the_fault()
    {
        File.WriteAllText(path, "{\n  \"name\": \"area\",\n  \"stages\": [\n    { \"number\": 1, \"raisedBy\": \"DSL\", \"raisedWith\": \"SW\", \"ownerRoles\": [], \"ownerAgency\": \"csc\",\n"
            + "      \"respondWithinWorkingDays\": 2, \"graceWorkingDays\": 1, \"whenStalled\": \"wait\" }\n  ]\n}");
        using var host = Build(new() { ["Escalations:PolicyFile"] = path });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(path, error.Message);
        Assert.Contains("line 5", error.Message);
        Assert.Contains("whenStalled", error.Message);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        builder.AddCalendar();
        builder.AddEscalations();
        return builder.Build();
    }
}
