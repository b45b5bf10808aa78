using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Chat;
using CaseCoordinatorBot.Channels;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Concerns;
using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Exports;
using CaseCoordinatorBot.Families;
using CaseCoordinatorBot.Graph;
using CaseCoordinatorBot.Hosting;
using CaseCoordinatorBot.MyWork;
using CaseCoordinatorBot.Plans;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;
using CaseCoordinatorBot.Summary;

var builder = WebApplication.CreateBuilder(args);

builder.AddTestClock();
builder.AddBotTelemetry();
builder.AddBotProtocol();
builder.AddBotStorage();
builder.AddGraph();
builder.AddCalendar();
builder.AddScheduling();
builder.AddCards();
builder.AddCases();
builder.AddChannels();
builder.AddConcerns();
builder.AddCommonCommands();
builder.AddReferrals();
builder.AddEscalations();
builder.AddStalledWorkDigest();
builder.AddExports();
builder.AddFamilies();
builder.AddConferences();
builder.AddCaseSummary();
builder.AddMyWork();
builder.AddPlans();
builder.AddChat();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapBotEndpoint();
app.MapHealth();
app.MapTestClock();

app.Run();

public partial class Program;
