using CaseCoordinatorBot.Storage;

namespace CaseCoordinatorBot.Tests.Storage;

public sealed class StorageKeyTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("cases/CASE-1/concerns/0001.json")]
    [InlineData("dedup/3f2a9c_x.y")]
    public void Keys_of_safe_segments_are_accepted(string key)
    {
        Assert.True(StorageKey.IsSafeKey(key));
        Assert.Equal(key, StorageKey.Validate(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a/..")]
    [InlineData("a/../b")]
    [InlineData("../b")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("a//b")]
    [InlineData("a\\b")]
    [InlineData("a:b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("a%2F")]
    public void Keys_that_could_leave_their_prefix_or_need_escaping_are_refused(string? key)
    {
        Assert.False(StorageKey.IsSafeKey(key));
        Assert.Throws<ArgumentException>(() => StorageKey.Validate(key));
    }

    [Fact]
    public void Key_over_1024_characters_is_refused()
    {
        var key = string.Join('/', Enumerable.Repeat(new string('a', 100), 11));

        Assert.False(StorageKey.IsSafeKey(key));
    }

    [Fact]
    public void Refusal_does_not_repeat_the_key()
    {
        var error = Assert.Throws<ArgumentException>(() => StorageKey.Validate("19:secret@thread.v2/.."));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Join_of_a_hashed_outside_id_is_a_safe_key()
    {
        var key = StorageKey.Join("conversations", StorageKey.Hash("19:abc@thread.tacv2;messageid=1"), "ref");

        Assert.True(StorageKey.IsSafeKey(key));
        Assert.Throws<ArgumentException>(() => StorageKey.Join("conversations", "a/b"));
    }
}
