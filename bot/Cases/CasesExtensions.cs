using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Cases;

public static class CasesExtensions
{
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CaseStore>();
        builder.Services.AddSingleton<UserCases>();
        builder.Services.AddSingleton<ChannelRoster>();
        builder.Services.AddEventHandler<MembersRemovedEvents>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<AgencyTenants>();
        builder.Services.AddScoped<CaseAccess>();
        builder.Services.AddCommand<ShowRoles>("roles", "See who holds which role in this case; case leads can grant roles.");
        builder.Services.AddVerb<GrantRole, GrantRoleData>();
        return builder;
    }
}
