using CaseCoordinatorBot.Calendar;
using CaseCoordinatorBot.Cards;
using CaseCoordinatorBot.Cases;
using CaseCoordinatorBot.Channels;
using CaseCoordinatorBot.Common;
using CaseCoordinatorBot.Concerns;
using CaseCoordinatorBot.Conferences;
using CaseCoordinatorBot.Escalations;
using CaseCoordinatorBot.Hosting;
using CaseCoordinatorBot.Referrals;
using CaseCoordinatorBot.Scheduling;
using CaseCoordinatorBot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotTelemetry();
builder.AddBotProtocol();
builder.AddBotStorage();
builder.AddCalendar();
builder.AddScheduling();
builder.AddCards();
builder.AddCases();
builder.AddChannels();
builder.AddConcerns();
builder.AddCommonCommands();
builder.AddReferrals();
builder.AddEscalations();
builder.AddConferences();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapBotEndpoint();
app.MapHealth();

app.Run();

public partial class Program;
