using CaseCoordinatorBot.Cases;

namespace CaseCoordinatorBot.Tests.Cases;

public class CaseReferencesTests
{
    [Theory]
    [InlineData("CR-1042", "CR-1042")]
    [InlineData(" cr-1042 ", "CR-1042")]
    [InlineData("1234", "1234")]
    [InlineData("LA7-2026-0091", "LA7-2026-0091")]
    public void References_with_a_number_are_accepted_in_upper_case(string input, string expected)
    {
        Assert.True(CaseReferences.TryNormalise(input, out var caseRef));
        Assert.Equal(expected, caseRef);
    }

    [Theory]
    [InlineData("Jamie")]          // a name: no digit
    [InlineData("Jamie Smith 1")]  // spaces
    [InlineData("-1042")]
    [InlineData("CR/1042")]
    [InlineData("../1042")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("CR-1234567890123456789012345")]
    public void Anything_else_is_refused(string? input)
    {
        Assert.False(CaseReferences.TryNormalise(input, out _));
    }

    [Theory]
    [InlineData("ab", "A.B.")]
    [InlineData("A.B.", "A.B.")]
    [InlineData("j d s", "J.D.S.")]
    [InlineData("X", "X.")]
    public void Initials_are_one_to_three_letters(string input, string expected)
    {
        Assert.True(CaseReferences.TryNormaliseInitials(input, out var initials));
        Assert.Equal(expected, initials);
    }

    [Theory]
    [InlineData("Jamie")]
    [InlineData("")]
    [InlineData("A1")]
    [InlineData("ABCD")]
    public void Anything_longer_than_initials_is_refused(string input)
    {
        Assert.False(CaseReferences.TryNormaliseInitials(input, out _));
    }
}
