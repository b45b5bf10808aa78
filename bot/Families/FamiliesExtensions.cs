using CaseCoordinatorBot.Protocol.Routing;

namespace CaseCoordinatorBot.Families;

public static class FamiliesExtensions
{
    /// <summary>Parents and carers: <c>contact</c> records a contact or attempt, and consent to share.</summary>
    public static IHostApplicationBuilder AddFamilies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCommand<StartParentContact>("contact", "Record a contact, or attempt, with a parent or carer, and consent to share.");
        builder.Services.AddVerb<SubmitParentContact, SubmitParentContactData>();
        return builder;
    }
}
